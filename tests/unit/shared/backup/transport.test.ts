import { describe, expect, it } from 'vitest';
import { autoBackupDueAt, fromTransport, isPlainJson, toTransport, UnsupportedValueError, type BinaryAdapter } from '../../../../shared/backup';

class FakeBlob {
  constructor(readonly bytes: string, readonly type: string) {}
}

function adapter(): BinaryAdapter<FakeBlob> & { kept: FakeBlob[] } {
  const kept: FakeBlob[] = [];
  return {
    kept,
    isBinary: (value): value is FakeBlob => value instanceof FakeBlob,
    register: (value) => ({ ref: kept.push(value) - 1, type: value.type }),
  };
}

describe('toTransport / fromTransport', () => {
  it('survives JSON with undefined fields, dates, NaN and binary values intact', () => {
    const binary = adapter();
    const row = {
      id: 'b1',
      deletedAt: undefined,
      note: null,
      when: new Date('2026-12-03T10:00:00Z'),
      score: Number.NaN,
      limit: -Infinity,
      blob: new FakeBlob('jpeg', 'image/jpeg'),
      nested: { list: [1, undefined, new FakeBlob('png', 'image/png')], text: 'Ïlse' },
    };
    const json = JSON.stringify(toTransport(row, binary));
    const back = fromTransport(JSON.parse(json), (ref, type) => ({ ref, type, bytes: binary.kept[ref]!.bytes })) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(Object.keys(row));
    expect(back).toEqual({
      ...row,
      blob: { ref: 0, type: 'image/jpeg', bytes: 'jpeg' },
      nested: { list: [1, undefined, { ref: 1, type: 'image/png', bytes: 'png' }], text: 'Ïlse' },
    });
    expect('deletedAt' in back).toBe(true);
    expect(back.when).toBeInstanceOf(Date);
  });

  it('refuses values it cannot restore rather than losing them, naming where', () => {
    expect(() => toTransport({ id: 'x', tags: new Map() }, adapter())).toThrow(UnsupportedValueError);
    expect(() => toTransport({ id: 'x', n: 10n }, adapter())).toThrow(/\$\.n/);
  });
});

describe('isPlainJson', () => {
  it('lets rows that JSON keeps exactly go into a backup as they are', () => {
    const row = { id: 'o1', level: 3, ok: true, note: null, tags: ['a', { x: 'ë' }], at: 1_700_000_000_000 };
    expect(isPlainJson(row)).toBe(true);
    // Not copied: the row itself goes into the JSON.
    expect(toTransport(row, adapter())).toBe(row);
    expect(isPlainJson(Object.assign(Object.create(null) as object, { id: 'x' }))).toBe(true);
  });

  it('sends every value JSON would lose or change through toTransport', () => {
    for (const value of [
      { id: 'x', deletedAt: undefined },
      { id: 'x', when: new Date(0) },
      { id: 'x', score: Number.NaN },
      { id: 'x', limit: Infinity },
      { id: 'x', list: [1, undefined] },
      { id: 'x', blob: new FakeBlob('jpeg', 'image/jpeg') },
      { id: 'x', tags: new Map() },
      { id: 'x', n: 10n },
      { id: 'x', toJSON: () => 'iets anders' },
    ]) {
      expect(isPlainJson(value)).toBe(false);
    }
  });
});

describe('autoBackupDueAt', () => {
  const minute = 60_000;
  it('backs up a minute after the first change after a quiet spell', () => {
    expect(autoBackupDueAt({ lastBackupAt: null, firstUnsavedChangeAt: 0 })).toBe(minute);
    expect(autoBackupDueAt({ lastBackupAt: -60 * minute, firstUnsavedChangeAt: 0 })).toBe(minute);
  });
  it('while changes keep coming, every 15 minutes and never later than 15 minutes after a change', () => {
    expect(autoBackupDueAt({ lastBackupAt: 0, firstUnsavedChangeAt: 2 * minute })).toBe(15 * minute);
    expect(autoBackupDueAt({ lastBackupAt: 0, firstUnsavedChangeAt: 14.5 * minute })).toBe(15.5 * minute);
  });
});
