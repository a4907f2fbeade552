import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { writeObservaties } from '../../../../renderer/src/db/repositories/observaties';
import { readEvidenceOf, readRetiredNodeMapping } from '../../../../renderer/src/db/repositories/evidence';
import { resolverFromMapping } from '../../../../shared/growth';
import { beoordeling, framework, node, observatie, RUBRIC_V1 } from '../../shared/growth/helpers';

describe('evidence recorded on a retired framework version', () => {
  it('has no mapping while no framework has a retired version', async () => {
    await db.frameworks.put(framework('zw-2024'));
    await db.frameworkNodes.put(node('a1', 'zw-2024', 'A1'));
    expect((await readRetiredNodeMapping()).size).toBe(0);
  });

  it('is read under the current version’s goal, with the recorded goal kept', async () => {
    await db.frameworks.bulkPut([
      framework('zw-2020', { status: 'retired', version: '2020' }),
      framework('zw-2024', { previousVersionId: 'zw-2020', createdAt: 2 }),
      framework('ict', { lineageId: 'lin-ict' }),
    ]);
    await db.frameworkNodes.bulkPut([node('old-et', 'zw-2020', 'ET-1'), node('et-1', 'zw-2024', 'ET-1'), node('ict-1', 'ict', 'ET-1')]);
    await writeObservaties([observatie('o-old', { nodeId: 'old-et', date: '2026-09-01' }), observatie('o-new', { date: '2026-10-01' })]);
    await db.rubricVersions.put(RUBRIC_V1);
    await db.beoordelingen.put(beoordeling('b1', { scores: { c1: 'l3' } }));
    await db.rubricVersions.put({ ...RUBRIC_V1, id: 'rv-old', criteria: [{ ...RUBRIC_V1.criteria[0]!, id: 'c-old', nodeIds: ['old-et'] }] });
    await db.beoordelingen.put(beoordeling('b-old', { rubricVersionId: 'rv-old', scores: { 'c-old': 'l1' } }));

    const mapping = await readRetiredNodeMapping();
    expect(Object.fromEntries(mapping)).toEqual({ 'old-et': 'et-1' });
    const points = await readEvidenceOf(['s1'], resolverFromMapping(mapping));
    const onEt1 = points.filter((p) => p.nodeId === 'et-1').map((p) => [p.key, p.recordedNodeId]);
    expect(onEt1.sort()).toEqual([
      ['b-old:c-old:old-et', 'old-et'],
      ['b1:c1:et-1', 'et-1'],
      ['o-new', 'et-1'],
      ['o-old', 'old-et'],
    ]);
  });
});
