import { describe, expect, it } from 'vitest';
import { isUuid, uuidV5 } from '../../../../shared/frameworks/uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it("matches the RFC 9562 example and Python's uuid.uuid5", () => {
    expect(uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it("hashes names longer than one SHA-1 block and non-ASCII names (values from Python's uuid.uuid5)", () => {
    expect(uuidV5(DNS_NAMESPACE, 'x'.repeat(200))).toBe('ddcc691a-b8e2-53e5-b059-6a232874b2eb');
    expect(uuidV5(DNS_NAMESPACE, 'Oriëntatie')).toBe('fcf685df-3542-5416-9187-b051f37feb22');
  });

  it('gives version-5 UUIDs that isUuid accepts', () => {
    const id = uuidV5(DNS_NAMESPACE, 'A1');
    expect(id[14]).toBe('5');
    expect(isUuid(id)).toBe(true);
    expect(isUuid('A1')).toBe(false);
    expect(isUuid(null)).toBe(false);
  });
});
