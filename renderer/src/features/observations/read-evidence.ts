import { checkEvidenceFile, type EvidenceFileProblem } from '../../../../shared/evidence/files';
import type { BewijsInput } from '../../db/repositories/observaties';
import { PhotoDecodeError, prepareEvidencePhoto } from './store-photo';

/** A chosen file, ready to store: what the dialog still adds is the date, opdracht and caption. */
export type PreparedEvidence = Omit<BewijsInput, 'date' | 'caption' | 'opdrachtId'>;

export type EvidenceProblem = EvidenceFileProblem | { code: 'image-unreadable'; fileName: string };

export type ReadEvidenceResult = { ok: true; evidence: PreparedEvidence } | { ok: false; problem: EvidenceProblem };

/** Bytes enough for every signature sniffFileType knows (BMP needs 18, HEIC 12). */
const HEAD_BYTES = 32;

/**
 * Reads a file the teacher chose (or the camera made) as evidence: checked by its first bytes
 * and size, a photo scaled to ≤ 1600 px JPEG with a thumbnail, anything else kept as it is.
 * Nothing is stored here; a refusal names the file (shown via `evidenceProblems.<code>`).
 */
export async function readEvidenceFile(file: File, asPhoto: boolean): Promise<ReadEvidenceResult> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const check = checkEvidenceFile(file, head, asPhoto);
  if (!check.ok) return { ok: false, problem: check.problem };
  if (check.kind !== 'foto') {
    return { ok: true, evidence: { kind: check.kind, fileName: file.name, mimeType: check.kind === 'pdf' ? 'application/pdf' : file.type || 'application/octet-stream', size: file.size, width: null, height: null, blob: file, thumbnail: null } };
  }
  try {
    const photo = await prepareEvidencePhoto(file);
    return {
      ok: true,
      evidence: { kind: 'foto', fileName: jpegName(file.name), mimeType: 'image/jpeg', size: photo.blob.size, width: photo.width, height: photo.height, blob: photo.blob, thumbnail: photo.thumbnail },
    };
  } catch (error) {
    if (error instanceof PhotoDecodeError) return { ok: false, problem: { code: 'image-unreadable', fileName: file.name } };
    throw error;
  }
}

/** The stored photo is a JPEG whatever it was: its name says so (werkstuk.png → werkstuk.jpg). */
export function jpegName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '');
  return `${base || 'foto'}.jpg`;
}

/** The parameters for a problem's message: sizes in MB, one decimal. */
export function evidenceProblemParams(problem: EvidenceProblem): Record<string, unknown> {
  if (problem.code === 'file-too-large') return { fileName: problem.fileName, sizeMb: Math.round((problem.size / 1024 / 1024) * 10) / 10, maxMb: Math.round(problem.max / 1024 / 1024) };
  return { fileName: problem.fileName };
}
