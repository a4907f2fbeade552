/**
 * Passphrase encryption of a backup file: AES-256-GCM with a key derived by PBKDF2-SHA-256
 * (600,000 iterations, OWASP's 2023 advice), a fresh random salt and IV per file.
 *
 * Layout: 8 magic bytes `VKWENC` 0x00 0x01 | header length (uint32, big-endian) | header JSON
 * (algorithm, iterations, salt, IV, ciphertext length) | ciphertext with its 16-byte tag.
 * The magic and header are the cipher's additional authenticated data, so changing any of them
 * (fewer iterations, another IV) fails authentication like a wrong passphrase does. The
 * ciphertext length in the header tells a cut-off file apart from a wrong passphrase.
 */
const MAGIC = new Uint8Array([0x56, 0x4b, 0x57, 0x45, 0x4e, 0x43, 0x00, 0x01]);
export const PBKDF2_ITERATIONS = 600_000;
/** A header asking for more would make opening a (tampered) file take minutes. */
const MAX_ITERATIONS = 5_000_000;
const MAX_HEADER_BYTES = 4096;

interface EncryptionHeader {
  cipher: 'AES-GCM-256';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  length: number;
}

export type DecryptResult =
  | { ok: true; data: Uint8Array }
  | { ok: false; code: 'wrong-passphrase' | 'truncated' | 'damaged' };

export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

export async function encryptBackup(plain: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // GCM adds a 16-byte tag to the ciphertext.
  const header: EncryptionHeader = { cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), iv: toHex(iv), length: plain.length + 16 };
  const prefix = headerPrefix(header);
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix, tagLength: 128 }, key, plain as Uint8Array<ArrayBuffer>),
  );
  const out = new Uint8Array(prefix.length + sealed.length);
  out.set(prefix);
  out.set(sealed, prefix.length);
  return out;
}

export async function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<DecryptResult> {
  const parsed = parseHeader(bytes);
  if (!parsed) return { ok: false, code: 'damaged' };
  const { header, prefixLength } = parsed;
  const ciphertext = bytes.subarray(prefixLength);
  if (ciphertext.length < header.length) return { ok: false, code: 'truncated' };
  if (ciphertext.length > header.length) return { ok: false, code: 'damaged' };
  const key = await deriveKey(passphrase, fromHex(header.salt), header.iterations, 'decrypt');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromHex(header.iv), additionalData: bytes.slice(0, prefixLength), tagLength: 128 },
      key,
      ciphertext as Uint8Array<ArrayBuffer>,
    );
    return { ok: true, data: new Uint8Array(plain) };
  } catch {
    // GCM cannot tell a wrong key from changed bytes; both fail the tag check.
    return { ok: false, code: 'wrong-passphrase' };
  }
}

function headerPrefix(header: EncryptionHeader): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(MAGIC.length + 4 + json.length);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint32(MAGIC.length, json.length);
  prefix.set(json, MAGIC.length + 4);
  return prefix;
}

function parseHeader(bytes: Uint8Array): { header: EncryptionHeader; prefixLength: number } | null {
  if (!isEncryptedBackup(bytes) || bytes.length < MAGIC.length + 4) return null;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length);
  if (length > MAX_HEADER_BYTES || bytes.length < MAGIC.length + 4 + length) return null;
  try {
    const header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + length))) as EncryptionHeader;
    const valid =
      header.cipher === 'AES-GCM-256' &&
      header.kdf === 'PBKDF2-SHA-256' &&
      Number.isInteger(header.iterations) &&
      header.iterations >= 100_000 &&
      header.iterations <= MAX_ITERATIONS &&
      /^[0-9a-f]{32}$/.test(header.salt) &&
      /^[0-9a-f]{24}$/.test(header.iv) &&
      Number.isInteger(header.length) &&
      header.length >= 16;
    return valid ? { header, prefixLength: MAGIC.length + 4 + length } : null;
  } catch {
    return null;
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'encrypt' | 'decrypt') {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let index = 0; index < out.length; index++) out[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return out;
}
