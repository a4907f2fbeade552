import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '../../../../shared/frameworks/builtin';
import { draftTree } from './helpers';

const byTitle = (fragment: string) => BUILTIN_FRAMEWORKS.find((draft) => draft.title.includes(fragment))!;

describe('BUILTIN_FRAMEWORKS', () => {
  it('ships four frameworks, each marked builtin with a source label', () => {
    expect(BUILTIN_FRAMEWORKS.map((draft) => [draft.family, draft.source.kind])).toEqual([
      ['vmbo-pgv', 'builtin'],
      ['vmbo-pgv', 'builtin'],
      ['lob', 'builtin'],
      ['school', 'builtin'],
    ]);
    for (const draft of BUILTIN_FRAMEWORKS) expect(draft.source.label.length).toBeGreaterThan(10);
  });

  it('has the three domeinen of the definitive 2024 programme and no invented eindtermen', () => {
    const draft = byTitle('definitief');
    expect(draft.version).toBe('2024');
    expect(draftTree(draft)).toEqual([
      ['A', 'Praktijkgerichte opdrachten', 'domein', null, 0],
      ['B', 'Programmaoverstijgende vaardigheden', 'domein', null, 1],
      ['C', 'Programmaspecifieke vaardigheden', 'domein', null, 2],
    ]);
  });

  it('has the six pilot domeinen with the named skills of A as subdomeinen', () => {
    const tree = draftTree(byTitle('pilot'));
    expect(tree.filter(([, , type]) => type === 'domein').map(([code]) => code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(tree.filter(([, , , parent]) => parent === 'A').map(([, text, type]) => `${type}: ${text}`)).toEqual([
      'subdomein: Communiceren',
      'subdomein: Samenwerken',
      'subdomein: Reken-/wiskundige vaardigheden',
      'subdomein: Digitale technologie',
      'subdomein: Informatievaardigheden',
      'subdomein: Analytisch, kritisch en creatief denken',
    ]);
    expect(tree.some(([, , type]) => type === 'eindterm')).toBe(false);
  });

  it('has the five loopbaancompetenties in the LOB framework', () => {
    const draft = byTitle('LOB');
    expect(draft.nodes.map((node) => `${node.type}: ${node.text}`)).toEqual([
      'competentie: Kwaliteitenreflectie',
      'competentie: Motievenreflectie',
      'competentie: Werkexploratie',
      'competentie: Loopbaansturing',
      'competentie: Netwerken',
    ]);
  });

  it('marks the school skills as school text, never official', () => {
    const draft = byTitle('school');
    expect(draft.nodes.map((node) => node.text.split(':')[0])).toEqual(['Samenwerken', 'Plannen', 'Presenteren', 'Reflecteren', 'Zelfstandig werken', 'Communiceren']);
    expect(draft.nodes.every((node) => node.type === 'vaardigheid' && node.textStatus === 'school')).toBe(true);
  });

  it('marks as official only the names the public sources give, and has no empty texts', () => {
    for (const draft of BUILTIN_FRAMEWORKS) {
      for (const node of draft.nodes) {
        expect(node.text).not.toBe('');
        if (node.textStatus === 'official') expect(node.text.length).toBeLessThan(60);
      }
    }
  });

  it('uses keys and codes that are unique within each framework, with known parents', () => {
    for (const draft of BUILTIN_FRAMEWORKS) {
      const keys = new Set(draft.nodes.map((node) => node.key));
      expect(keys.size).toBe(draft.nodes.length);
      expect(new Set(draft.nodes.map((node) => node.code)).size).toBe(draft.nodes.length);
      expect(draft.nodes.every((node) => node.parentKey === null || keys.has(node.parentKey))).toBe(true);
    }
  });
});
