import { safeFileName } from '../frameworks/export-framework';

/**
 * A person's name as part of a file name: letters without a decomposable accent (Turkish ı,
 * Polish ł, Danish ø, German ß) are spelled out first, because safeFileName keeps only what
 * Unicode decomposition turns into ASCII: "Işıl Łukaszewicz" → "isil-lukaszewicz", not "is-l-ukaszewicz".
 */
const SPELLED: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };

export function personFileName(name: string): string {
  return safeFileName(name.replace(/[ıİłŁøØßđĐæÆœŒ]/g, (char) => SPELLED[char] ?? char));
}
