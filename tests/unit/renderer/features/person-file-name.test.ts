import { describe, expect, it } from 'vitest';
import { personFileName } from '../../../../renderer/src/features/privacy/file-name';

describe('personFileName', () => {
  it('spells out letters that have no ASCII base, so the name stays readable', () => {
    expect(personFileName('Işıl Łukaszewicz-Ćwik')).toBe('isil-lukaszewicz-cwik');
    expect(personFileName('Şeyma Kołodziej')).toBe('seyma-kolodziej');
    expect(personFileName('Zoë van der Berg')).toBe('zoe-van-der-berg');
  });
});
