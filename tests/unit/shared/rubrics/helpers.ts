import type { RubricContent } from '../../../../shared/domain/rubric';
import { createRubricContent } from '../../../../shared/rubrics/presets';

/** Deterministic ids: prefix-1, prefix-2, … (the app uses crypto.randomUUID). */
export function idCounter(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/**
 * A filled-in D-C-B-A rubric: two criteria (weights 1 and 2), descriptors everywhere, one
 * voorwaardelijke eis. Level ids l1-l4 (D…A), criteria c1, c2, condition v1.
 */
export function sampleContent(overrides: Partial<RubricContent> = {}): RubricContent {
  const ids = ['l1', 'l2', 'l3', 'l4', 'c1', 'c2'];
  const content = createRubricContent('dcba', () => ids.shift()!, { criteria: 2 });
  const [samenwerken, plannen] = content.criteria as [RubricContent['criteria'][number], RubricContent['criteria'][number]];
  samenwerken.title = 'Samenwerken';
  samenwerken.descriptors = { l1: 'Je werkt alleen.', l2: 'Je helpt als het gevraagd wordt.', l3: 'Je verdeelt taken.', l4: 'Je stuurt de groep bij.' };
  samenwerken.nodeIds = ['eindterm-1'];
  plannen.title = 'Plannen';
  plannen.weight = 2;
  plannen.clientInput = true;
  plannen.descriptors = { l1: 'Geen planning.', l2: 'Een planning; "grof".', l3: 'Planning met tijden; je houdt je eraan.', l4: '=Je stelt bij\nen legt uit.' };
  return { ...content, conditions: [{ id: 'v1', text: 'Je draagt veiligheidsschoenen' }], ...overrides };
}

/** All ids replaced by their position, so two contents can be compared "except ids". */
export function withoutIds(content: RubricContent): unknown {
  const levelIndex = new Map(content.levels.map((level, index) => [level.id, index]));
  return {
    ...content,
    levels: content.levels.map(({ id: _id, ...level }) => level),
    criteria: content.criteria.map(({ id: _id, descriptors, ...criterion }) => ({
      ...criterion,
      descriptors: Object.fromEntries(Object.entries(descriptors).map(([levelId, text]) => [levelIndex.get(levelId) ?? levelId, text])),
    })),
    conditions: content.conditions.map(({ id: _id, ...condition }) => condition),
  };
}
