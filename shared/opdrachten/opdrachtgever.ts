import {
  OPDRACHTGEVER_STATUSES,
  OPDRACHTGEVER_TYPES,
  type Contactpersoon,
  type Opdrachtgever,
  type OpdrachtgeverStatus,
  type OpdrachtgeverType,
} from '../domain/opdrachtgever';
import { isLive } from '../domain/record';
import { searchKey } from '../domain/student';
import { opdrachtProblem, type OpdrachtgeverProblem } from './problems';

/** An opdrachtgever before it is stored (the repository adds the timestamps). */
export type NewOpdrachtgever = Omit<Opdrachtgever, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * Names compare without case, accents and extra spaces: "Zorgcentrum De Linde" and
 * "zorgcentrum  de linde" are the same client, so an import updates it instead of adding a twin.
 */
export function opdrachtgeverNameKey(name: string): string {
  return searchKey(name.trim().replace(/\s+/g, ' '));
}

export function isOpdrachtgeverType(value: string): value is OpdrachtgeverType {
  return (OPDRACHTGEVER_TYPES as readonly string[]).includes(value);
}

export function isOpdrachtgeverStatus(value: string): value is OpdrachtgeverStatus {
  return (OPDRACHTGEVER_STATUSES as readonly string[]).includes(value);
}

/**
 * An e-mail address as a person types it: one @, something before it, and a domain with a dot
 * and a top-level part of two or more letters; no spaces, no two dots in a row, no dot at either
 * end of a part. Deliberately simpler than RFC 5322 (quoted local parts, IP literals): the aim is
 * catching typos such as "jan@", "jan@bedrijf" and "jan@@bedrijf.nl", not judging every valid address.
 */
export function isValidEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (/[\s<>()[\]\\,;:"]/.test(value)) return false;
  const dotsOk = (part: string) => !part.startsWith('.') && !part.endsWith('.') && !part.includes('..');
  if (!dotsOk(local) || !dotsOk(domain)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!/^\p{L}{2,}$/u.test(labels[labels.length - 1]!)) return false;
  return labels.every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(label));
}

/**
 * A phone number, leniently: digits with the separators people write (spaces, -, ., /, brackets),
 * an optional + at the start for a country code, 6 to 15 digits ("06-12345678", "+31 (0)38 123
 * 45 67", "038 - 123 45 67"). Refused: letters ("bel via receptie"), or too few digits ("06-123").
 */
export function isValidPhone(value: string): boolean {
  if (!/^\+?[\d\s\-./()]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

export type OpdrachtgeverInput = Pick<Opdrachtgever, 'name' | 'contacts'> & {
  /** Strings, because a form or a file may hold anything; checked against the enums. */
  type: string;
  status: string;
  id?: string;
};

export interface OpdrachtgeverValidationContext {
  /** Stored clients, to warn about a second client with the same name (the one being edited is skipped by id). */
  existing?: readonly Pick<Opdrachtgever, 'id' | 'name' | 'deletedAt'>[];
}

function contactName(contact: Contactpersoon): { name: string; context?: 'unnamed' } {
  const name = contact.name.trim();
  return name === '' ? { name, context: 'unnamed' } : { name };
}

/**
 * Why an opdrachtgever cannot be saved (errors) or deserves a look (warning):
 * - a name is required; type and status must be one of the enums;
 * - every contact person has a name, and no two the same name (without case and accents);
 * - e-mail and phone are optional (store only what is needed), but when filled in they must
 *   look like an e-mail address and a phone number (isValidEmail, isValidPhone);
 * - another live client with the same name: warning (branches of one chain are separate clients).
 */
export function validateOpdrachtgever(input: OpdrachtgeverInput, context: OpdrachtgeverValidationContext = {}): OpdrachtgeverProblem[] {
  const problems: OpdrachtgeverProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push(opdrachtProblem('client.name-empty', { kind: 'opdrachtgever', field: 'name' }, {}));
  else if (context.existing?.some((other) => isLive(other) && other.id !== input.id && opdrachtgeverNameKey(other.name) === opdrachtgeverNameKey(name))) {
    problems.push(opdrachtProblem('client.name-exists', { kind: 'opdrachtgever', field: 'name' }, { name }));
  }
  if (!isOpdrachtgeverType(input.type)) problems.push(opdrachtProblem('client.type-unknown', { kind: 'opdrachtgever', field: 'type' }, { value: input.type }));
  if (!isOpdrachtgeverStatus(input.status)) {
    problems.push(opdrachtProblem('client.status-unknown', { kind: 'opdrachtgever', field: 'status' }, { value: input.status }));
  }
  const firstByName = new Map<string, number>();
  input.contacts.forEach((contact, index) => {
    const position = index + 1;
    const where = (field: 'name' | 'email' | 'phone') => ({ kind: 'contact' as const, contactId: contact.id, index, field });
    const named = contactName(contact);
    if (named.name === '') problems.push(opdrachtProblem('contact.name-empty', where('name'), { contact: position }));
    else {
      const key = opdrachtgeverNameKey(named.name);
      const first = firstByName.get(key);
      if (first === undefined) firstByName.set(key, position);
      else problems.push(opdrachtProblem('contact.name-duplicate', where('name'), { contact: position, otherContact: first, name: named.name }));
    }
    const email = contact.email.trim();
    if (email !== '' && !isValidEmail(email)) problems.push(opdrachtProblem('contact.email-invalid', where('email'), { contact: position, ...named, email }));
    const phone = contact.phone.trim();
    if (phone !== '' && !isValidPhone(phone)) problems.push(opdrachtProblem('contact.phone-invalid', where('phone'), { contact: position, ...named, phone }));
  });
  return problems;
}
