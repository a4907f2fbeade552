import { describe, expect, it } from 'vitest';
import { isValidEmail, isValidPhone, opdrachtgeverNameKey, validateOpdrachtgever } from '../../../../shared/opdrachten/opdrachtgever';
import { makeClient } from './helpers';

const contact = (id: string, name: string, email = '', phone = '') => ({ id, name, role: '', email, phone });

describe('e-mail and phone checks', () => {
  it('accepts ordinary addresses and refuses typos', () => {
    for (const good of ['jan@example.nl', 'anouk.visser@zorg.example.nl', 'j.de-vries+stage@example.co.uk', 'noëlle@café.example.nl']) expect(isValidEmail(good), good).toBe(true);
    for (const bad of ['jan@', '@example.nl', 'jan@example', 'jan@@example.nl', 'jan@example..nl', 'jan.@example.nl', 'jan @example.nl', 'jan@example.n1', 'jan@-x.nl', 'jan;piet@example.nl', '']) {
      expect(isValidEmail(bad), bad).toBe(false);
    }
  });

  it('accepts phone numbers as people write them, and refuses words and stubs', () => {
    for (const good of ['038-1234567', '06 12 34 56 78', '+31 (0)38 123 45 67', '06-12345678', '038 - 123 45 67', '0031.38.1234567']) expect(isValidPhone(good), good).toBe(true);
    for (const bad of ['bel receptie', '06-123', '12345678901234567', '06-1234567 toestel 12', '38+1234567']) expect(isValidPhone(bad), bad).toBe(false);
  });

  it('compares names without case, accents and extra spaces', () => {
    expect(opdrachtgeverNameKey('  Café  Noëlle ')).toBe(opdrachtgeverNameKey('cafe noelle'));
  });
});

describe('validateOpdrachtgever', () => {
  it('accepts a complete client, and one without contacts, e-mail or phone', () => {
    expect(validateOpdrachtgever(makeClient())).toEqual([]);
    expect(validateOpdrachtgever(makeClient({ contacts: [] }))).toEqual([]);
    expect(validateOpdrachtgever(makeClient({ contacts: [contact('k1', 'Anouk')] }))).toEqual([]);
  });

  it('requires a name, and a known type and status', () => {
    expect(validateOpdrachtgever({ ...makeClient({ name: ' ' }), type: 'winkel', status: 'misschien' })).toEqual([
      { code: 'client.name-empty', severity: 'error', location: { kind: 'opdrachtgever', field: 'name' }, params: {} },
      { code: 'client.type-unknown', severity: 'error', location: { kind: 'opdrachtgever', field: 'type' }, params: { value: 'winkel' } },
      { code: 'client.status-unknown', severity: 'error', location: { kind: 'opdrachtgever', field: 'status' }, params: { value: 'misschien' } },
    ]);
  });

  it('checks every contact: name, duplicates, e-mail format and phone, located by contact', () => {
    const problems = validateOpdrachtgever(
      makeClient({ contacts: [contact('k1', 'Jan de Boer', 'jan@'), contact('k2', 'jan de boer'), contact('k3', '', '', 'bel receptie')] }),
    );
    expect(problems).toEqual([
      {
        code: 'contact.email-invalid',
        severity: 'error',
        location: { kind: 'contact', contactId: 'k1', index: 0, field: 'email' },
        params: { contact: 1, name: 'Jan de Boer', email: 'jan@' },
      },
      {
        code: 'contact.name-duplicate',
        severity: 'error',
        location: { kind: 'contact', contactId: 'k2', index: 1, field: 'name' },
        params: { contact: 2, otherContact: 1, name: 'jan de boer' },
      },
      { code: 'contact.name-empty', severity: 'error', location: { kind: 'contact', contactId: 'k3', index: 2, field: 'name' }, params: { contact: 3 } },
      {
        code: 'contact.phone-invalid',
        severity: 'error',
        location: { kind: 'contact', contactId: 'k3', index: 2, field: 'phone' },
        params: { contact: 3, name: '', context: 'unnamed', phone: 'bel receptie' },
      },
    ]);
  });

  it('warns about a second live client with the same name, not about itself or a deleted one', () => {
    const existing = [makeClient({ id: 'c1' }), makeClient({ id: 'c2', name: 'Garage Visser', deletedAt: 5 })];
    expect(validateOpdrachtgever(makeClient({ id: 'c1' }), { existing })).toEqual([]);
    expect(validateOpdrachtgever(makeClient({ id: 'c3', name: 'zorgcentrum de linde' }), { existing })).toEqual([
      { code: 'client.name-exists', severity: 'warning', location: { kind: 'opdrachtgever', field: 'name' }, params: { name: 'zorgcentrum de linde' } },
    ]);
    expect(validateOpdrachtgever(makeClient({ id: 'c3', name: 'Garage Visser' }), { existing })).toEqual([]);
  });
});
