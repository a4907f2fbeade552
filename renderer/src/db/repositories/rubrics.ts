import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import { isLive } from '../../../../shared/domain/record';
import type { Rubric, RubricContent, RubricVersion, ScalePresetId } from '../../../../shared/domain/rubric';
import { createRubricContent, duplicateContent, nextVersionContent, rubricSaveAction, validateRubricContent } from '../../../../shared/rubrics';
import { db } from '../db';
import { newId, now } from '../ids';

export class InvalidRubricError extends Error {
  constructor(readonly problems: ReturnType<typeof validateRubricContent>) {
    super('rubric kan geen geldig cijfer opleveren');
    this.name = 'InvalidRubricError';
  }
}

export async function listRubrics(): Promise<Rubric[]> {
  return (await db.rubrics.toArray()).filter(isLive).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export async function getRubric(id: string): Promise<Rubric | undefined> {
  return db.rubrics.get(id);
}

export async function listRubricVersions(rubricId: string): Promise<RubricVersion[]> {
  return db.rubricVersions.where('[rubricId+version]').between([rubricId, 0], [rubricId, Infinity]).toArray();
}

export async function getRubricVersion(id: string): Promise<RubricVersion | undefined> {
  return db.rubricVersions.get(id);
}

/** The beoordelingen made with a rubric, by the version they are pinned to. */
export async function listBeoordelingenOfRubric(rubricId: string): Promise<Beoordeling[]> {
  return (await db.beoordelingen.where('rubricId').equals(rubricId).toArray()).filter(isLive);
}

/** How many beoordelingen each rubric has, for the list screen. */
export async function countBeoordelingenByRubric(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.beoordelingen.each((b) => {
    if (isLive(b)) counts.set(b.rubricId, (counts.get(b.rubricId) ?? 0) + 1);
  });
  return counts;
}

async function isVersionUsedNow(versionId: string): Promise<boolean> {
  return (await db.beoordelingen.where('rubricVersionId').equals(versionId).filter(isLive).count()) > 0;
}

function assertValid(content: RubricContent): void {
  const problems = validateRubricContent(content);
  if (problems.length > 0) throw new InvalidRubricError(problems);
}

/** Stores a rubric with its first version in one transaction. */
async function insertRubric(title: string, description: string, content: RubricContent): Promise<Rubric> {
  return db.transaction('rw', db.rubrics, db.rubricVersions, async () => {
    const stamp = now();
    const rubricId = newId();
    const version: RubricVersion = { id: newId(), rubricId, version: 1, ...content, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const rubric: Rubric = { id: rubricId, title, description, currentVersionId: version.id, archivedAt: null, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await db.rubrics.add(rubric);
    await db.rubricVersions.add(version);
    return rubric;
  });
}

/**
 * A new rubric from a scale preset, with three empty criteria to fill in. It is stored as a
 * draft: empty criterion titles are refused on saving an edit, not here, so the teacher can
 * start from the editor.
 */
export function createRubric(title: string, preset: ScalePresetId): Promise<Rubric> {
  return insertRubric(title, '', createRubricContent(preset, newId));
}

/** A rubric read from CSV, validated first: nothing is stored when it cannot yield a grade. */
export async function createRubricFromContent(title: string, description: string, content: RubricContent): Promise<Rubric> {
  assertValid(content);
  return insertRubric(title, description, content);
}

export type SaveRubricResult =
  | { kind: 'unchanged' }
  | { kind: 'updated'; version: RubricVersion; previous: RubricVersion; previousRubric: Rubric }
  | { kind: 'new-version'; version: RubricVersion; previousRubric: Rubric };

/**
 * Saves the editor's content. If the current version has been used by a beoordeling it is
 * frozen: the content becomes a new version, which new beoordelingen will use, while the old
 * ones keep theirs. An unused version is simply updated. Refused (InvalidRubricError) when
 * the content cannot yield a valid cijfer.
 */
export async function saveRubric(rubricId: string, fields: { title: string; description: string }, content: RubricContent): Promise<SaveRubricResult> {
  assertValid(content);
  return db.transaction('rw', db.rubrics, db.rubricVersions, db.beoordelingen, async () => {
    const rubric = await db.rubrics.get(rubricId);
    if (!rubric) throw new Error(`rubric ${rubricId} bestaat niet`);
    const current = await db.rubricVersions.get(rubric.currentVersionId);
    if (!current) throw new Error(`versie ${rubric.currentVersionId} bestaat niet`);
    const stamp = now();
    const fieldsChanged = fields.title !== rubric.title || fields.description !== rubric.description;
    const used = new Set((await db.beoordelingen.where('rubricVersionId').equals(current.id).filter(isLive).toArray()).map((b) => b.rubricVersionId));
    const action = rubricSaveAction(current.id, current, content, used);
    if (action === 'unchanged') {
      if (!fieldsChanged) return { kind: 'unchanged' };
      await db.rubrics.update(rubricId, { ...fields, updatedAt: stamp });
      return { kind: 'updated', version: current, previous: current, previousRubric: rubric };
    }
    if (action === 'new-version') {
      const versions = await listRubricVersions(rubricId);
      const version: RubricVersion = {
        id: newId(),
        rubricId,
        version: Math.max(...versions.map((v) => v.version)) + 1,
        ...nextVersionContent(content),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      };
      await db.rubricVersions.add(version);
      await db.rubrics.update(rubricId, { ...fields, currentVersionId: version.id, updatedAt: stamp });
      return { kind: 'new-version', version, previousRubric: rubric };
    }
    const version: RubricVersion = { ...current, ...content, updatedAt: stamp };
    await db.rubricVersions.put(version);
    await db.rubrics.update(rubricId, { ...fields, updatedAt: stamp });
    return { kind: 'updated', version, previous: current, previousRubric: rubric };
  });
}

/** Undo of saveRubric. A new version is removed only while no beoordeling uses it yet. */
export async function undoSaveRubric(result: SaveRubricResult): Promise<void> {
  if (result.kind === 'unchanged') return;
  await db.transaction('rw', db.rubrics, db.rubricVersions, db.beoordelingen, async () => {
    if (result.kind === 'new-version') {
      if (await isVersionUsedNow(result.version.id)) throw new Error('de nieuwe versie is al gebruikt');
      await db.rubricVersions.delete(result.version.id);
    } else {
      await db.rubricVersions.put(result.previous);
    }
    await db.rubrics.put(result.previousRubric);
  });
}

/** A copy with new ids everywhere, starting at version 1, titled "… (kopie)". */
export async function duplicateRubric(rubricId: string, copyTitle: string): Promise<Rubric> {
  const rubric = await db.rubrics.get(rubricId);
  const current = rubric && (await db.rubricVersions.get(rubric.currentVersionId));
  if (!rubric || !current) throw new Error(`rubric ${rubricId} bestaat niet`);
  return db.transaction('rw', db.rubrics, db.rubricVersions, async () => {
    const stamp = now();
    const id = newId();
    const version: RubricVersion = { id: newId(), rubricId: id, version: 1, ...duplicateContent(current, newId), createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const copy: Rubric = { id, title: copyTitle, description: rubric.description, currentVersionId: version.id, archivedAt: null, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await db.rubrics.add(copy);
    await db.rubricVersions.add(version);
    return copy;
  });
}

export async function setRubricArchived(rubricId: string, archived: boolean): Promise<void> {
  await db.rubrics.update(rubricId, { archivedAt: archived ? now() : null, updatedAt: now() });
}

/** Deletes an unused rubric (soft, for undo). A used rubric can only be archived: its beoordelingen need it. */
export async function deleteRubric(rubricId: string): Promise<void> {
  await db.transaction('rw', db.rubrics, db.beoordelingen, async () => {
    const used = (await db.beoordelingen.where('rubricId').equals(rubricId).filter(isLive).count()) > 0;
    if (used) throw new Error('een gebruikte rubric kan alleen worden gearchiveerd');
    await db.rubrics.update(rubricId, { deletedAt: now(), updatedAt: now() });
  });
}

export async function undeleteRubric(rubricId: string): Promise<void> {
  await db.rubrics.update(rubricId, { deletedAt: null, updatedAt: now() });
}
