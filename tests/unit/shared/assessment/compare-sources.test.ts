import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../../shared/assessment/compare-sources';
import { handRubric, makeBeoordeling } from '../grades/helpers';

// Positions in the scale: D = 0, C = 1, B = 2, A = 3.
const content = handRubric();

describe('compareSources', () => {
  const examinator = makeBeoordeling({ id: 'ex', assessor: 'examinator', assessorName: 'M. de Vries', scores: { k1: 'B', k2: 'C', k3: null } });
  const zelf = makeBeoordeling({ id: 'zelf', assessor: 'zelf', assessorName: 'Sem Jansen', ptaToetsId: null, scores: { k1: 'A', k2: 'C', k3: 'B' } });
  const klant = makeBeoordeling({ id: 'klant', assessor: 'opdrachtgever', assessorName: 'Zorgcentrum De Linde', ptaToetsId: null, scores: { k1: 'D', k2: null } });
  const peerSem = makeBeoordeling({ id: 'peer-sem', assessor: 'peer', assessorName: 'Sem', ptaToetsId: null, scores: { k1: 'B', k2: 'C' } });
  const peerAnna = makeBeoordeling({ id: 'peer-anna', assessor: 'peer', assessorName: 'Anna', ptaToetsId: null, scores: { k1: 'C', k2: 'C' } });
  const tweede = makeBeoordeling({ id: 'tweede', assessor: 'tweede-examinator', assessorName: 'J. Bakker', ptaToetsId: null, scores: { k1: 'B', k2: 'B' } });
  const result = compareSources(content, [klant, peerSem, zelf, examinator, tweede, peerAnna]);

  it('one row per criterion, with the examinator\'s level', () => {
    expect(result.map((row) => [row.criterionId, row.examinator])).toEqual([
      ['k1', 'B'],
      ['k2', 'C'],
      ['k3', null],
    ]);
  });

  it('the other sources in a fixed order: tweede examinator, zelf, peers by name, opdrachtgever', () => {
    expect(result[0]!.others.map((source) => source.beoordelingId)).toEqual(['tweede', 'zelf', 'peer-anna', 'peer-sem', 'klant']);
  });

  it('differences in levels: + above, − below the examinator\'s', () => {
    // k1: examinator B (2). tweede B 0, zelf A +1, Anna C −1, Sem B 0, opdrachtgever D −2.
    expect(result[0]!.others.map((source) => [source.name, source.levelId, source.difference])).toEqual([
      ['J. Bakker', 'B', 0],
      ['Sem Jansen', 'A', 1],
      ['Anna', 'C', -1],
      ['Sem', 'B', 0],
      ['Zorgcentrum De Linde', 'D', -2],
    ]);
    expect(result[0]!.differs).toBe(true);
  });

  it('an unscored source has no difference; differs only counts real differences', () => {
    // k2: examinator C (1). tweede B +1, zelf C 0, Anna C 0, Sem C 0, opdrachtgever unscored.
    expect(result[1]!.others.map((source) => source.difference)).toEqual([1, 0, 0, 0, null]);
    expect(result[1]!.differs).toBe(true);
    const agreeing = compareSources(content, [examinator, zelf, klant]);
    // k2: zelf C = C, opdrachtgever unscored: nothing differs.
    expect(agreeing[1]!.others.map((source) => source.difference)).toEqual([0, null]);
    expect(agreeing[1]!.differs).toBe(false);
  });

  it('while the examinator has not scored a criterion, no difference is shown', () => {
    // k3: examinator unscored, zelf B.
    expect(result[2]!.others.map((source) => source.difference)).toEqual([null, null, null, null, null]);
    expect(result[2]!.differs).toBe(false);
  });

  it('without an examinator beoordeling the others are listed without differences', () => {
    const rows = compareSources(content, [zelf]);
    expect(rows[0]).toEqual({
      criterionId: 'k1',
      examinator: null,
      others: [{ assessor: 'zelf', name: 'Sem Jansen', beoordelingId: 'zelf', levelId: 'A', difference: null }],
      differs: false,
    });
  });

  it('a level id this version does not have gives no difference', () => {
    const rows = compareSources(content, [examinator, makeBeoordeling({ id: 'oud', assessor: 'zelf', scores: { k1: 'level-of-v0' } })]);
    expect(rows[0]!.others[0]).toMatchObject({ levelId: 'level-of-v0', difference: null });
  });
});
