import type { FrameworkDraft } from '../../../../shared/domain/framework';
import { fileTooLargeProblem, FrameworkImportError, importFrameworkFile, MAX_FRAMEWORK_BYTES, type FrameworkProblem } from '../../../../shared/frameworks';
import { readFileBytes } from '../../platform';

export type FrameworkFileResult = { ok: true; draft: FrameworkDraft } | { ok: false; problems: readonly FrameworkProblem[] };

/**
 * Reads a CASE JSON, SLO JSON or CSV file into a framework draft; nothing is stored here.
 * The size is checked before the file is read, so a huge file is refused at once.
 */
export async function readFrameworkFile(file: File): Promise<FrameworkFileResult> {
  try {
    if (file.size > MAX_FRAMEWORK_BYTES) return { ok: false, problems: [fileTooLargeProblem(file.size)] };
    return { ok: true, draft: importFrameworkFile(file.name, await readFileBytes(file)) };
  } catch (error) {
    if (error instanceof FrameworkImportError) return { ok: false, problems: error.problems };
    throw error;
  }
}
