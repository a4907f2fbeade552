import type { StudentName } from '../../../../shared/domain/student';
import { safeFileName } from '../frameworks/export-framework';

/** Letters NFD does not take apart (Turkish dotless i, Polish ł, …), as their plain cousins. */
const PLAIN: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };

/** "Işıklı" → "isikli": file names every file system and zip tool takes, still readable. */
export function plainFileName(text: string): string {
  return safeFileName(text.replace(/[ıİłŁøØđĐßæÆœŒ]/g, (char) => PLAIN[char] ?? char));
}

/** "examendossier-isikli-sukru-104233.pdf": sorted by achternaam in a folder, unique by number. */
export function dossierFileName(prefix: string, student: StudentName & { leerlingnummer: string }): string {
  const name = plainFileName([student.achternaam, student.roepnaam, student.leerlingnummer].filter((part) => part.trim() !== '').join(' '));
  return `${plainFileName(prefix)}-${name}.pdf`;
}

/** Makes every name in the list unique by numbering repeats: a-1.pdf after a.pdf. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return count === 0 ? name : name.replace(/(\.[a-z0-9]+)?$/, (ext) => `-${count + 1}${ext}`);
  });
}
