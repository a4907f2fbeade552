import type { TFunction } from 'i18next';
import type { DossierContent } from '../../../../shared/dossier/content';
import { readDossierRows, type DossierRows } from '../../db/repositories/dossier';
import { platform } from '../../platform';
import { pageLabels } from '../rubrics/export-rubric';
import { buildDossiers } from './build-dossiers';
import { dossierFileName, plainFileName, uniqueFileNames } from './file-names';
import type { DossierPdfOptions, DossierThumbnail } from './pdf';
import { nextTask } from '../../ui/next-task';

/**
 * Making examendossiers: read a group's rows once, build every dossier's content (pure), then
 * render student after student, handing the event loop back between students so the progress
 * bar moves and Annuleren works. jsPDF and the fonts are loaded only now; the fonts are
 * prepared once per session (loadPdfFonts) and, for one combined PDF, registered once.
 */
export type DossierBatchMode = 'combined' | 'per-student';

export interface DossierExportOptions {
  groupId: string;
  /** Only these students of the group (the student page: one); default every live student. */
  studentIds?: readonly string[];
  /** Evidence thumbnails and the student's reflections. */
  extras: boolean;
}

export interface DossierBatchOptions extends DossierExportOptions {
  mode: DossierBatchMode;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type DossierExportResult =
  | { status: 'saved'; fileName: string; students: number; bytes: number }
  | { status: 'cancelled' }
  | { status: 'empty' };

async function pdfModules() {
  const [{ loadPdfFonts, toBytes }, dossierPdf] = await Promise.all([import('../../pdf'), import('./pdf')]);
  return { loadPdfFonts, toBytes, ...dossierPdf };
}

async function pdfOptions(t: TFunction): Promise<{ options: DossierPdfOptions; modules: Awaited<ReturnType<typeof pdfModules>> }> {
  const modules = await pdfModules();
  const english = t('pdf.language') === 'en';
  return {
    modules,
    options: {
      fonts: await modules.loadPdfFonts(),
      language: english ? 'en' : 'nl',
      labels: english ? modules.DOSSIER_PDF_LABELS_EN : modules.DOSSIER_PDF_LABELS_NL,
      pageLabels: pageLabels(t),
    },
  };
}

/** Thumbnails of one student's evidence, read from their Blobs only when the dossier shows them. */
async function thumbnailsOf(rows: DossierRows, content: DossierContent): Promise<Map<string, DossierThumbnail>> {
  const thumbnails = new Map<string, DossierThumbnail>();
  for (const item of content.evidence) {
    const bewijs = rows.bewijs.find((candidate) => candidate.id === item.id);
    if (!bewijs?.thumbnail || !bewijs.width || !bewijs.height) continue;
    thumbnails.set(item.id, { data: new Uint8Array(await bewijs.thumbnail.arrayBuffer()), width: bewijs.width, height: bewijs.height });
  }
  return thumbnails;
}

/** One student's examendossier, saved as a PDF; the file name, or null when cancelled. */
export async function exportStudentDossier(t: TFunction, groupId: string, studentId: string, extras: boolean): Promise<string | null> {
  const rows = await readDossierRows(groupId, { studentIds: [studentId], includeBewijs: extras });
  const content = rows && buildDossiers(rows, extras)[0];
  if (!rows || !content) return null;
  const { options, modules } = await pdfOptions(t);
  const bytes = modules.renderDossierPdf(content, { ...options, thumbnails: extras ? await thumbnailsOf(rows, content) : undefined });
  const student = rows.students[0]!;
  const result = await platform.saveFile({
    suggestedName: dossierFileName(t('dossier.filePrefix'), student),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data: bytes,
  });
  return result.status === 'saved' ? result.fileName : null;
}

/**
 * The dossiers of a group: one combined PDF (each student a section numbering its own pages),
 * or one PDF per student, into a folder the teacher picks (desktop) or a zip (browser).
 */
export async function exportGroupDossiers(t: TFunction, options: DossierBatchOptions): Promise<DossierExportResult> {
  const { signal } = options;
  // On the desktop the folder is asked first: the teacher should not wait for the work and then be asked.
  let folder: { folderId: string; folderName: string } | null = null;
  if (options.mode === 'per-student' && platform.exportFolder) {
    const chosen = await platform.exportFolder.choose(t('dossier.batch.folderTitle'));
    if (chosen.status !== 'chosen') return { status: 'cancelled' };
    folder = chosen;
  }
  const rows = await readDossierRows(options.groupId, { studentIds: options.studentIds, includeBewijs: options.extras });
  if (!rows || rows.students.length === 0) return { status: 'empty' };
  const contents = buildDossiers(rows, options.extras);
  const { options: pdf, modules } = await pdfOptions(t);
  const total = contents.length;
  const prefix = t('dossier.filePrefix');
  options.onProgress?.(0, total);
  await nextTask();

  if (options.mode === 'combined') {
    const document = modules.createDossierDocument(pdf, `${t('dossier.batch.combinedTitle')} ${rows.group.name}`);
    for (const [index, content] of contents.entries()) {
      if (signal?.aborted) return { status: 'cancelled' };
      modules.drawDossier(document, content, { labels: pdf.labels, thumbnails: options.extras ? await thumbnailsOf(rows, content) : undefined });
      options.onProgress?.(index + 1, total);
      await nextTask();
    }
    if (signal?.aborted) return { status: 'cancelled' };
    const bytes = modules.toBytes(document);
    const result = await platform.saveFile({ suggestedName: `${plainFileName(prefix)}-${plainFileName(rows.group.name)}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: bytes });
    return result.status === 'saved' ? { status: 'saved', fileName: result.fileName, students: total, bytes: bytes.length } : { status: 'cancelled' };
  }

  const names = uniqueFileNames(rows.students.map((student) => dossierFileName(prefix, student)));
  const files: Record<string, Uint8Array> = {};
  let bytes = 0;
  for (const [index, content] of contents.entries()) {
    if (signal?.aborted) return { status: 'cancelled' };
    const pdfBytes = modules.renderDossierPdf(content, { ...pdf, thumbnails: options.extras ? await thumbnailsOf(rows, content) : undefined });
    bytes += pdfBytes.length;
    if (folder) await platform.exportFolder!.write({ folderId: folder.folderId, fileName: names[index]!, data: pdfBytes });
    else files[names[index]!] = pdfBytes;
    options.onProgress?.(index + 1, total);
    await nextTask();
  }
  if (folder) return { status: 'saved', fileName: folder.folderName, students: total, bytes };
  if (signal?.aborted) return { status: 'cancelled' };
  // PDFs are compressed already: store them (level 0), which is fast and as small.
  const { zipSync } = await import('fflate');
  const zip = zipSync(files, { level: 0 });
  const result = await platform.saveFile({ suggestedName: `${plainFileName(prefix)}-${plainFileName(rows.group.name)}.zip`, filters: [{ name: 'Zip', extensions: ['zip'] }], data: zip });
  return result.status === 'saved' ? { status: 'saved', fileName: result.fileName, students: total, bytes } : { status: 'cancelled' };
}
