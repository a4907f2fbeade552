import { describe, expect, it } from 'vitest';
import { importSlo } from '../../../../shared/frameworks/import-slo';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { problemsOf } from './helpers';

type SloJson = Record<string, Record<string, unknown>[]>;

function sample(): SloJson {
  return JSON.parse(new TextDecoder().decode(fixtureBytes('frameworks/slo-sample.json')));
}

describe('importSlo: the slo-sample.json fixture', () => {
  const draft = importSlo(fixtureBytes('frameworks/slo-sample.json'));
  const count = (type: string) => draft.nodes.filter((node) => node.type === type).length;

  it('reads the programme: title, version, url and id as source', () => {
    expect(draft).toMatchObject({ title: 'Examenprogramma Informatietechnologie vmbo', programme: 'Informatietechnologie vmbo', version: '2020' });
    expect(draft.source).toEqual({
      kind: 'slo',
      label: 'SLO curriculum open data',
      url: 'https://www.examenblad.nl/examenstof/informatietechnologie-vmbo/2020/f=/Examenprogramma_informatietechnologie_vmbo_vanaf2016-2017.pdf',
      sourceId: 'bee7d594-7a6d-4912-a3d8-736325b575ee',
    });
  });

  it('imports the full hierarchy: 8 domeinen, 6 subdomeinen, 73 eindtermen', () => {
    expect(count('domein')).toBe(8);
    expect(count('subdomein')).toBe(6);
    expect(count('eindterm')).toBe(73);
    expect(draft.nodes).toHaveLength(87);
  });

  it('keeps the order of the id arrays: PREAMBULE first, as the programme lists it', () => {
    const domeinen = draft.nodes.filter((node) => node.type === 'domein').map((node) => node.code);
    expect(domeinen).toEqual(['PREAMBULE', 'IT/1', 'IT/2', 'IT/3', 'IT/4', 'IT/5', 'IT/6', 'IT/7']);
    const it2 = draft.nodes.find((node) => node.code === 'IT/2')!;
    const eindtermen = draft.nodes.filter((node) => node.parentKey === it2.key);
    expect(eindtermen.map((node) => node.code)).toEqual(Array.from({ length: 14 }, (_, i) => `IT/2/${i + 3}`));
    expect(eindtermen.map((node) => node.order)).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  it('puts the subdomeinen under PREAMBULE and their eindtermen under them, in reading order', () => {
    const codes = draft.nodes.map((node) => node.code);
    expect(codes.slice(0, 3)).toEqual(['PREAMBULE', 'PREAMBULE/1', 'PREAMBULE/1/1.1']);
    const preambule = draft.nodes[0]!;
    const subdomeinen = draft.nodes.filter((node) => node.parentKey === preambule.key);
    expect(subdomeinen.map((node) => node.code)).toEqual(['PREAMBULE/1', 'PREAMBULE/2', 'PREAMBULE/3', 'PREAMBULE/4', 'PREAMBULE/5', 'PREAMBULE/6']);
    expect(subdomeinen.every((node) => node.type === 'subdomein')).toBe(true);
    const sub6 = subdomeinen[5]!;
    expect(draft.nodes.filter((node) => node.parentKey === sub6.key)).toHaveLength(9);
  });

  it('keeps the SLO uuid as key and sourceId, trims titles and turns their \\r\\n into \\n', () => {
    const preambule = draft.nodes[0]!;
    expect(preambule).toMatchObject({ key: 'a73805a0-3505-44e9-8ecf-2da4b126f740', sourceId: 'a73805a0-3505-44e9-8ecf-2da4b126f740', parentKey: null });
    expect(preambule.text).toBe('Preambule:\nDe zes algemene onderwijsdoelen die voor alle vakken en sectoren in het vmbo');
    expect(draft.nodes.find((node) => node.code === 'IT/2/7')!.text).toBe('De kandidaat kan  samenwerken bij het uitvoeren van werkzaamheden');
    expect(draft.nodes.every((node) => node.textStatus === 'official')).toBe(true);
  });
});

describe('importSlo: bad input', () => {
  it('names each dangling id with its array and where it was referenced', () => {
    expect(problemsOf(() => importSlo(fixtureBytes('frameworks/bad/slo-losse-ids.json')))).toEqual([
      {
        code: 'slo.dangling-id',
        location: { kind: 'json', path: 'examenprogramma_domein[0].examenprogramma_eindterm_id[2]' },
        params: {
          path: 'examenprogramma_domein[0].examenprogramma_eindterm_id[2]',
          array: 'examenprogramma_eindterm',
          id: '7e2d5c4b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
          parent: 'IT/1',
        },
      },
      {
        code: 'slo.dangling-id',
        location: { kind: 'json', path: 'examenprogramma[0].examenprogramma_domein_id[1]' },
        params: {
          path: 'examenprogramma[0].examenprogramma_domein_id[1]',
          array: 'examenprogramma_domein',
          id: '9d1c6f0e-3b7a-4e2c-8f5d-0a1b2c3d4e5f',
          parent: 'IT/vmbo',
        },
      },
    ]);
  });

  it('refuses a file without examenprogramma, or with several', () => {
    expect(problemsOf(() => importSlo({ examenprogramma_domein: [] }))).toEqual([{ code: 'slo.missing-programme', location: { kind: 'file' }, params: {} }]);
    expect(problemsOf(() => importSlo(textBytes('"examenprogramma"')))[0]!.code).toBe('slo.missing-programme');
    const json = sample();
    json.examenprogramma!.push({ ...json.examenprogramma![0]!, id: 'other' });
    expect(problemsOf(() => importSlo(json))).toEqual([{ code: 'slo.several-programmes', location: { kind: 'file' }, params: { count: 2 } }]);
  });

  it('names an eindterm referenced by two parents', () => {
    const json = sample();
    const it1 = json.examenprogramma_domein!.find((domein) => domein.prefix === 'IT/1')!;
    const it3 = json.examenprogramma_domein!.find((domein) => domein.prefix === 'IT/3')!;
    const shared = (it1.examenprogramma_eindterm_id as string[])[0]!;
    (it3.examenprogramma_eindterm_id as string[]).push(shared);
    const it3Index = json.examenprogramma_domein!.indexOf(it3);
    const it1Index = json.examenprogramma_domein!.indexOf(it1);
    expect(problemsOf(() => importSlo(json))).toEqual([
      {
        code: 'slo.two-parents',
        location: { kind: 'json', path: `examenprogramma_domein[${it3Index}].examenprogramma_eindterm_id[4]` },
        params: {
          path: `examenprogramma_domein[${it3Index}].examenprogramma_eindterm_id[4]`,
          id: shared,
          otherPath: `examenprogramma_domein[${it1Index}].examenprogramma_eindterm_id[0]`,
        },
      },
    ]);
  });

  it('names entries without id, prefix or title, duplicate ids and duplicate codes', () => {
    const json = sample();
    const eindtermen = json.examenprogramma_eindterm!;
    delete eindtermen[0]!.prefix; // IT/1/1, referenced
    eindtermen[1]!.title = '  \r\n'; // IT/1/2
    eindtermen[3]!.prefix = eindtermen[2]!.prefix;
    eindtermen.push({ id: eindtermen[5]!.id, prefix: 'X', title: 'dubbel' });
    const problems = problemsOf(() => importSlo(json));
    expect(problems.map((problem) => [problem.code, problem.params])).toEqual([
      ['json.duplicate-id', { path: `examenprogramma_eindterm[${eindtermen.length - 1}]`, id: eindtermen[5]!.id, otherPath: 'examenprogramma_eindterm[5]' }],
      ['json.missing-field', { path: 'examenprogramma_eindterm[0]', field: 'prefix' }],
      ['json.missing-field', { path: 'examenprogramma_eindterm[1]', field: 'title' }],
      ['slo.duplicate-code', { path: 'examenprogramma_eindterm[3]', code: eindtermen[2]!.prefix, otherPath: 'examenprogramma_eindterm[2]' }],
    ]);
  });

  it('ignores entries the programme does not reach, even malformed ones', () => {
    const json = sample();
    json.examenprogramma_eindterm!.push({ id: 'elsewhere', title: '' });
    json.examenprogramma_domein!.push({ id: 'other-programme', prefix: 'XX', title: 'Ander programma', examenprogramma_eindterm_id: ['nowhere'] });
    expect(importSlo(json).nodes).toHaveLength(87);
  });

  it('refuses id lists and tables that are not lists', () => {
    const json = sample();
    (json.examenprogramma![0] as Record<string, unknown>).examenprogramma_domein_id = 'a73805a0';
    expect(problemsOf(() => importSlo(json))).toEqual([
      {
        code: 'json.not-a-list',
        location: { kind: 'json', path: 'examenprogramma[0].examenprogramma_domein_id' },
        params: { path: 'examenprogramma[0].examenprogramma_domein_id' },
      },
    ]);
    const other = sample() as Record<string, unknown>;
    other.examenprogramma_subdomein = {};
    expect(problemsOf(() => importSlo(other)).map((problem) => problem.code)).toContain('json.not-a-list');
  });

  it('refuses a programme without domeinen', () => {
    const json = sample();
    delete json.examenprogramma![0]!.examenprogramma_domein_id;
    expect(problemsOf(() => importSlo(json))).toEqual([
      {
        code: 'json.missing-field',
        location: { kind: 'json', path: 'examenprogramma[0]' },
        params: { path: 'examenprogramma[0]', field: 'examenprogramma_domein_id' },
      },
    ]);
  });
});
