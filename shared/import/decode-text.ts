/**
 * Turns the bytes of an exported student list into text. Schools hand us UTF-8 with a BOM
 * (Magister, Dutch Excel "CSV UTF-8"), UTF-8 without one, Windows-1252 (SOMtoday and older
 * Excel "CSV (gescheiden door lijstscheidingsteken)"), and now and then UTF-16 ("Unicode-tekst").
 */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/**
 * Windows-1252 puts printable characters (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
 * where ISO-8859-1 has control codes 0x80-0x9F. Chromium decodes them right; Node's
 * TextDecoder (small ICU) returns the control codes, so they are mapped here, in every runtime.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  try {
    // A strict decode fails on the first byte sequence that is not valid UTF-8; Windows-1252
    // text with accents (ë = 0xEB) practically never forms valid UTF-8 sequences by accident.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom: false };
  } catch {
    return { text: fixWindows1252(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252', hadBom: false };
  }
}

/**
 * True when decoded text is not plausibly a text file: it contains NUL characters or more
 * than 1 in 100 control characters other than tab and line breaks.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control > sample.length / 100;
}

/** Zip containers (XLSX) start with "PK\x03\x04". */
export function isZipContainer(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}
