import { describe, expect, it } from 'vitest';
import { mergeSearchParams } from '../../../../renderer/src/hooks/merge-search-params';

describe('mergeSearchParams', () => {
  it('sets, replaces and removes keys, and leaves the original alone', () => {
    const params = new URLSearchParams('cohort=c1&groep=g1&zoek=x');
    expect(mergeSearchParams(params, { cohort: 'c2', groep: null, opdracht: 'o1' }).toString()).toBe('cohort=c2&zoek=x&opdracht=o1');
    expect(params.toString()).toBe('cohort=c1&groep=g1&zoek=x');
  });
});
