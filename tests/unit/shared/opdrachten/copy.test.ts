import { describe, expect, it } from 'vitest';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import { copyOpdracht, copyOpdrachtToSchoolYear, copyTeams, copyYear, mapGroupIds, opdrachtFromTemplate } from '../../../../shared/opdrachten/copy';
import { diffDays } from '../../../../shared/opdrachten/dates';
import { validateOpdracht } from '../../../../shared/opdrachten/phases';
import { idCounter, makeOpdracht, makeTeam, phase } from './helpers';

/** What a copy must keep: the links and content that Canvas and Moodle copies lose. */
function links(o: Pick<Opdracht, 'nodeIds' | 'rubricIds' | 'opdrachtgeverId' | 'contactId' | 'deliverables' | 'question' | 'context' | 'specifications' | 'hours' | 'location'>) {
  return {
    nodeIds: o.nodeIds,
    rubricIds: o.rubricIds,
    opdrachtgeverId: o.opdrachtgeverId,
    contactId: o.contactId,
    deliverables: o.deliverables,
    question: o.question,
    context: o.context,
    specifications: o.specifications,
    hours: o.hours,
    location: o.location,
  };
}

describe('copyOpdracht', () => {
  it('keeps every link and the phase names, with new ids and status concept', () => {
    const original = makeOpdracht({ status: 'afgerond' });
    const copy = copyOpdracht(original, { newId: idCounter('n') });
    expect(links(copy)).toEqual(links(original));
    expect(copy.id).toBe('n-1');
    expect(copy.phases.map((p) => p.id)).toEqual(['n-2', 'n-3', 'n-4', 'n-5', 'n-6']);
    expect(copy.phases.map((p) => [p.name, p.start, p.end])).toEqual(original.phases.map((p) => [p.name, p.start, p.end]));
    expect(copy).toMatchObject({ status: 'concept', copiedFromId: 'o1', isTemplate: false, groupIds: ['g1'], schoolYear: '2026-2027' });
    expect(copy).not.toHaveProperty('createdAt');
    expect(copy).not.toHaveProperty('deletedAt');
  });

  it('shares no arrays with the original', () => {
    const original = makeOpdracht();
    const copy = copyOpdracht(original, { newId: idCounter() });
    copy.nodeIds.push('x');
    copy.deliverables.push('x');
    copy.rubricIds.push('x');
    copy.groupIds.push('x');
    copy.phases[0]!.name = 'x';
    expect(original).toEqual(makeOpdracht());
  });

  it('saves as a template without groups, and takes a given title and groups', () => {
    const template = copyOpdracht(makeOpdracht(), { newId: idCounter(), asTemplate: true });
    expect(template).toMatchObject({ isTemplate: true, groupIds: [], status: 'concept' });
    expect(links(template)).toEqual(links(makeOpdracht()));
    const other = copyOpdracht(makeOpdracht(), { newId: idCounter(), title: 'Lunch, deel 2', groupIds: ['g2', 'g2', 'g3'] });
    expect(other).toMatchObject({ title: 'Lunch, deel 2', groupIds: ['g2', 'g3'] });
  });
});

describe('copyOpdrachtToSchoolYear', () => {
  it('moves every date to the same calendar date next year and keeps every link', () => {
    const copy = copyOpdrachtToSchoolYear(makeOpdracht(), '2027-2028', idCounter(), new Map([['g1', 'g9']]));
    expect(copy.schoolYear).toBe('2027-2028');
    expect(copy.phases.map((p) => [p.start, p.end])[2]).toEqual(['2028-03-10', '2028-03-19']);
    expect(links(copy)).toEqual(links(makeOpdracht()));
    expect(copy.groupIds).toEqual(['g9']);
    expect(copy.status).toBe('concept');
    expect(validateOpdracht(copy, { schoolYear: '2027-2028' })).toEqual([]);
  });

  it('turns 29 February into 28 February, and moves backwards too', () => {
    const leap = makeOpdracht({ schoolYear: '2027-2028', phases: [phase('a', 'Uitvoeren', '2028-02-29', '2028-02-29')] });
    expect(copyOpdrachtToSchoolYear(leap, '2028-2029', idCounter()).phases[0]).toMatchObject({ start: '2029-02-28', end: '2029-02-28' });
    expect(copyOpdrachtToSchoolYear(makeOpdracht(), '2024-2025', idCounter()).phases[0]).toMatchObject({ start: '2025-03-01' });
  });

  it('drops groups the map does not know; without a map the groups stay', () => {
    const two = makeOpdracht({ groupIds: ['g1', 'g2'] });
    expect(copyOpdrachtToSchoolYear(two, '2027-2028', idCounter(), new Map([['g2', 'g20']])).groupIds).toEqual(['g20']);
    expect(copyOpdrachtToSchoolYear(two, '2027-2028', idCounter()).groupIds).toEqual(['g1', 'g2']);
    expect(mapGroupIds(['g1', 'g2', 'g3'], new Map([['g1', 'x'], ['g3', 'x']]))).toEqual({ groupIds: ['x'], unmapped: ['g2'] });
  });
});

describe('copyTeams', () => {
  const teams = [makeTeam('t1', 'De Bouwers', ['s1', 's2'], { order: 0 }), makeTeam('t2', 'Team 2', ['s3'], { groupId: 'g2', order: 1 })];

  it('keeps names, members and order for the same groups', () => {
    expect(copyTeams(teams, 'o2', idCounter('t'))).toEqual([
      { id: 't-1', opdrachtId: 'o2', groupId: 'g1', name: 'De Bouwers', studentIds: ['s1', 's2'], order: 0 },
      { id: 't-2', opdrachtId: 'o2', groupId: 'g2', name: 'Team 2', studentIds: ['s3'], order: 1 },
    ]);
  });

  it('drops teams of groups that map to another group or to none, and deleted teams', () => {
    const copied = copyTeams([...teams, makeTeam('t3', 'Weg', ['s9'], { deletedAt: 5 })], 'o2', idCounter(), new Map([['g1', 'g1'], ['g2', 'g20']]));
    expect(copied.map((t) => t.name)).toEqual(['De Bouwers']);
  });
});

describe('copyYear', () => {
  const year = [
    makeOpdracht({ id: 'a', groupIds: ['g1', 'g2'] }),
    makeOpdracht({ id: 'b', groupIds: ['g3'], title: 'Beursstand' }),
    makeOpdracht({ id: 'c', status: 'gearchiveerd' }),
    makeOpdracht({ id: 'tpl', isTemplate: true, groupIds: [] }),
    makeOpdracht({ id: 'old', schoolYear: '2025-2026' }),
    makeOpdracht({ id: 'gone', deletedAt: 9 }),
  ];
  const groupMap = new Map([['g1', 'g1'], ['g2', 'g22']]);

  it('copies the non-template opdrachten of the year with links intact and reports what it could not map', () => {
    const result = copyYear(year, '2026-2027', '2027-2028', idCounter('n'), groupMap, { teams: [makeTeam('t1', 'Team 1', ['s1'], { opdrachtId: 'a' })] });
    expect(result.copies.map((c) => c.copiedFromId)).toEqual(['a', 'b']);
    for (const copy of result.copies) {
      expect(links(copy)).toEqual(links(makeOpdracht()));
      expect(copy).toMatchObject({ schoolYear: '2027-2028', status: 'concept', isTemplate: false });
    }
    expect(result.copies[0]!.groupIds).toEqual(['g1', 'g22']);
    expect(result.idMap.get('a')).toBe(result.copies[0]!.id);
    expect(result.report).toEqual({
      copied: 2,
      skippedArchived: 1,
      alreadyCopied: [],
      unmappedGroupIds: ['g3'],
      withoutGroups: [result.copies[1]!.id],
      teamsCopied: 1,
    });
    expect(result.teams).toEqual([{ id: expect.any(String), opdrachtId: result.copies[0]!.id, groupId: 'g1', name: 'Team 1', studentIds: ['s1'], order: 0 }]);
  });

  it('can include archived opdrachten, and does not copy an opdracht twice', () => {
    const first = copyYear(year, '2026-2027', '2027-2028', idCounter('n'), groupMap, { includeArchived: true });
    expect(first.report.copied).toBe(3);
    const stored = first.copies.map((c) => ({ ...c, createdAt: 2, updatedAt: 2, deletedAt: null }));
    const again = copyYear([...year, ...stored], '2026-2027', '2027-2028', idCounter('m'), groupMap, { includeArchived: true });
    expect(again.copies).toEqual([]);
    expect(again.report.alreadyCopied).toEqual(['a', 'b', 'c']);
  });
});

describe('opdrachtFromTemplate', () => {
  it('starts a new opdracht in one step: links kept, phases laid out from the start date with the same lengths and gaps', () => {
    const template = makeOpdracht({ id: 'tpl', isTemplate: true, groupIds: [], schoolYear: '2024-2025', status: 'concept' });
    const opdracht = opdrachtFromTemplate(template, { newId: idCounter(), schoolYear: '2026-2027', start: '2026-10-05', groupIds: ['g4'] });
    expect(links(opdracht)).toEqual(links(template));
    expect(opdracht).toMatchObject({ isTemplate: false, status: 'concept', schoolYear: '2026-2027', groupIds: ['g4'], copiedFromId: 'tpl' });
    expect(opdracht.phases[0]!.start).toBe('2026-10-05');
    const shape = (o: Pick<Opdracht, 'phases'>) => o.phases.map((p) => [diffDays(o.phases[0]!.start, p.start), diffDays(p.start, p.end)]);
    expect(shape(opdracht)).toEqual(shape(template));
    expect(opdracht.phases.map((p) => p.name)).toEqual(template.phases.map((p) => p.name));
    expect(validateOpdracht(opdracht, { schoolYear: '2026-2027' })).toEqual([]);
  });

  it('keeps undated template phases as they are', () => {
    const template = makeOpdracht({ isTemplate: true, phases: [phase('a', 'Oriënteren', '', '')] });
    const opdracht = opdrachtFromTemplate(template, { newId: idCounter(), schoolYear: '2026-2027', start: '2026-10-05', groupIds: [], title: 'Nieuw' });
    expect(opdracht.phases.map((p) => [p.name, p.start])).toEqual([['Oriënteren', '']]);
    expect(opdracht.title).toBe('Nieuw');
  });
});
