import { describe, expect, it } from 'vitest';
import { decodeText, isZipContainer, looksBinary } from '../../../../shared/import/decode-text';
import { fixtureBytes } from '../../../fixtures/read-fixture';

describe('decodeText', () => {
  it('strips the UTF-8 byte order mark of a Magister export and keeps the accents', () => {
    const decoded = decodeText(fixtureBytes('leerlingen-magister.csv'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(decoded.text.startsWith('Stamnr;')).toBe(true);
    expect(decoded.text).toContain('Zoë');
    expect(decoded.text).toContain('Yılmaz');
  });

  it('reads a Windows-1252 SOMtoday export as Windows-1252', () => {
    const decoded = decodeText(fixtureBytes('leerlingen-somtoday.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('"Daniël"');
    expect(decoded.text).toContain('"Öztürk"');
  });

  it('reads the Windows-1252 punctuation Excel puts in names and notes (’ “ ” – €)', () => {
    const bytes = new Uint8Array([0x64, 0x92, 0x53, 0x6f, 0x75, 0x7a, 0x61, 0x20, 0x93, 0x96, 0x94, 0x20, 0x80, 0xeb]);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252', text: 'd’Souza “–” €ë' });
  });

  it('reads UTF-8 without a BOM as UTF-8', () => {
    const decoded = decodeText(new TextEncoder().encode('Roepnaam\nNoëlle'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: false, text: 'Roepnaam\nNoëlle' });
  });

  it('reads UTF-16 little endian ("Unicode-tekst" from Excel)', () => {
    const text = 'Stamnr\tRoepnaam\n1\tZoë';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toMatchObject({ encoding: 'utf-16le', text });
  });
});

describe('looksBinary', () => {
  it('accepts ordinary text with tabs and line breaks', () => {
    expect(looksBinary('a\tb\r\nc;d\n')).toBe(false);
  });

  it('flags NUL bytes and a high share of control characters', () => {
    expect(looksBinary('abc\u0000def')).toBe(true);
    const garbage = Array.from({ length: 1000 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    expect(looksBinary(garbage)).toBe(true);
  });
});

describe('isZipContainer', () => {
  it('recognises the zip signature of an XLSX file', () => {
    expect(isZipContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(isZipContainer(new TextEncoder().encode('Stamnr;'))).toBe(false);
  });
});
