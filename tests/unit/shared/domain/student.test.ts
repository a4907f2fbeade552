import { describe, expect, it } from 'vitest';
import { compareStudentNames, fullName, searchKey, sortableName } from '../../../../shared/domain/student';

const daniel = { roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg' };

describe('student names', () => {
  it('writes the full name with the tussenvoegsel in the middle', () => {
    expect(fullName(daniel)).toBe('Daniël van der Berg');
    expect(fullName({ roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker' })).toBe('Zoë Bakker');
  });

  it('writes the list form "Berg, Daniël van der"', () => {
    expect(sortableName(daniel)).toBe('Berg, Daniël van der');
  });

  it('sorts by achternaam, ignoring the tussenvoegsel, then roepnaam', () => {
    const names = [
      { roepnaam: 'Sven', tussenvoegsel: '', achternaam: 'Bakker' },
      daniel,
      { roepnaam: 'Anna', tussenvoegsel: 'de', achternaam: 'Berg' },
      { roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker' },
    ];
    expect(names.sort(compareStudentNames).map(fullName)).toEqual(['Sven Bakker', 'Zoë Bakker', 'Anna de Berg', 'Daniël van der Berg']);
  });

  it('makes search keys without accents, so "ozturk" finds Öztürk and "yilmaz" finds Yılmaz', () => {
    expect(searchKey('Öztürk')).toBe('ozturk');
    expect(searchKey('Yılmaz')).toBe('yilmaz');
    expect(searchKey('Zoë')).toBe('zoe');
  });
});
