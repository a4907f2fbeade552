import { describe, expect, it } from 'vitest';
import { checkMasterySettings, DEFAULT_MASTERY_SETTINGS, parseMasteryMethod, parseMasterySources } from '../../../../shared/growth';

describe('checkMasterySettings', () => {
  it('accepts the default and every method with a sensible parameter', () => {
    expect(checkMasterySettings(DEFAULT_MASTERY_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_MASTERY_SETTINGS });
    for (const method of [
      { kind: 'most-recent' },
      { kind: 'highest' },
      { kind: 'mean' },
      { kind: 'decaying-average', newestWeight: 0.01 },
      { kind: 'decaying-average', newestWeight: 0.99 },
      { kind: 'mean-last-n', n: 1 },
      { kind: 'mean-last-n', n: 12 },
    ]) {
      expect(checkMasterySettings({ method, sources: ['examinator'] }).ok, JSON.stringify(method)).toBe(true);
    }
  });

  it('refuses a weight of the newest of 0, 1 or outside, naming the weight', () => {
    for (const newestWeight of [0, 1, -0.2, 1.5, Number.NaN, '0.65']) {
      expect(checkMasterySettings({ method: { kind: 'decaying-average', newestWeight }, sources: ['examinator'] })).toEqual({ ok: false, problems: ['newestWeight'] });
    }
  });

  it('refuses an n that is not a whole number of at least 1, naming n', () => {
    for (const n of [0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(checkMasterySettings({ method: { kind: 'mean-last-n', n }, sources: ['examinator'] })).toEqual({ ok: false, problems: ['n'] });
    }
  });

  it('refuses an unknown method', () => {
    expect(checkMasterySettings({ method: { kind: 'median' }, sources: ['examinator'] })).toEqual({ ok: false, problems: ['method'] });
    expect(checkMasterySettings({ sources: ['examinator'] })).toEqual({ ok: false, problems: ['method'] });
  });

  it('refuses no sources, unknown sources and a source twice', () => {
    for (const sources of [[], ['docent'], ['examinator', 'examinator'], 'examinator']) {
      expect(checkMasterySettings({ method: { kind: 'mean' }, sources })).toEqual({ ok: false, problems: ['sources'] });
    }
  });

  it('names every wrong part at once', () => {
    const check = checkMasterySettings({ method: { kind: 'mean-last-n', n: 0 }, sources: [] });
    expect(check.ok).toBe(false);
    expect(!check.ok && [...check.problems].sort()).toEqual(['n', 'sources']);
  });

  it('drops fields it does not know', () => {
    const check = checkMasterySettings({ method: { kind: 'mean', n: 4 }, sources: ['examinator'], colour: 'red' });
    expect(check).toEqual({ ok: true, settings: { method: { kind: 'mean' }, sources: ['examinator'] } });
  });
});

describe('parseMasteryMethod and parseMasterySources', () => {
  it('give the value when valid and undefined when not', () => {
    expect(parseMasteryMethod({ kind: 'mean-last-n', n: 4 })).toEqual({ kind: 'mean-last-n', n: 4 });
    expect(parseMasteryMethod({ kind: 'mean-last-n', n: 0 })).toBeUndefined();
    expect(parseMasteryMethod(undefined)).toBeUndefined();
    expect(parseMasterySources(['zelf', 'examinator'])).toEqual(['zelf', 'examinator']);
    expect(parseMasterySources(['iedereen'])).toBeUndefined();
  });
});
