import { describe, expect, it } from 'vitest';
import { detectFrameworkFormat, importFrameworkFile } from '../../../../shared/frameworks/detect-format';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { problemsOf } from './helpers';

describe('detectFrameworkFormat', () => {
  it('recognises the fixtures by content', () => {
    expect(detectFrameworkFormat('kader-case.json', fixtureBytes('frameworks/kader-case.json'))).toBe('case');
    expect(detectFrameworkFormat('slo-sample.json', fixtureBytes('frameworks/slo-sample.json'))).toBe('slo');
    expect(detectFrameworkFormat('kader.csv', fixtureBytes('frameworks/kader-windows-1252.csv'))).toBe('csv');
  });

  it('looks at the content, not the name', () => {
    expect(detectFrameworkFormat('export.txt', fixtureBytes('frameworks/kader-case.json'))).toBe('case');
    expect(detectFrameworkFormat('kader.json', textBytes('code;omschrijving\nA;Domein\n'))).toBe('csv');
    expect(detectFrameworkFormat('pakket.json', textBytes(`\uFEFF${JSON.stringify({ CFPackage: { CFDocument: {} } })}`))).toBe('case');
  });

  it('returns null for what no importer reads', () => {
    expect(detectFrameworkFormat('leeg.csv', new Uint8Array())).toBeNull();
    expect(detectFrameworkFormat('ander.json', textBytes('{"students": []}'))).toBeNull();
    expect(detectFrameworkFormat('kapot.json', textBytes('{"CFDocument": '))).toBeNull();
    expect(detectFrameworkFormat('kader.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
    expect(detectFrameworkFormat('foto.jpg', new Uint8Array(2048).map((_, i) => (i * 37) % 256))).toBeNull();
  });
});

describe('importFrameworkFile', () => {
  it('imports each format with the file name as fallback source label', () => {
    expect(importFrameworkFile('kader-case.json', fixtureBytes('frameworks/kader-case.json')).nodes).toHaveLength(11);
    expect(importFrameworkFile('slo-sample.json', fixtureBytes('frameworks/slo-sample.json')).nodes).toHaveLength(87);
    const csv = importFrameworkFile('kader.csv', fixtureBytes('frameworks/kader-windows-1252.csv'), { family: 'vmbo-pgv' });
    expect(csv).toMatchObject({ title: 'kader', family: 'vmbo-pgv', source: { kind: 'csv', label: 'kader.csv' } });
  });

  it('says why a file cannot be read', () => {
    expect(problemsOf(() => importFrameworkFile('kapot.json', textBytes('{"CFDocument": ')))[0]!.code).toBe('file.not-json');
    expect(problemsOf(() => importFrameworkFile('leeg.json', new Uint8Array()))[0]!.code).toBe('file.empty');
    expect(problemsOf(() => importFrameworkFile('foto.jpg', new Uint8Array(2048).map((_, i) => (i * 37) % 256)))[0]!.code).toBe('file.binary');
    expect(problemsOf(() => importFrameworkFile('ander.json', textBytes('{"students": []}')))).toEqual([
      { code: 'file.unknown-format', location: { kind: 'file' }, params: { fileName: 'ander.json' } },
    ]);
    expect(problemsOf(() => importFrameworkFile('cyclus.json', fixtureBytes('frameworks/bad/case-cyclus.json')))[0]!.code).toBe('case.cycle');
  });
});
