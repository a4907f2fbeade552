import type { TFunction } from 'i18next';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import { DEFAULT_SCHOOL_SETTINGS, type SchoolSettings } from '../../../../shared/domain/school-settings';
import { platform } from '../../platform';
import { safeFileName } from '../frameworks/export-framework';
import { pageLabels } from '../rubrics/export-rubric';

export interface PrintPtaContext {
  pta: Pta;
  cohort: Cohort;
  nodes: ReadonlyMap<string, FrameworkNode>;
  opdrachten: readonly Opdracht[];
  settings: SchoolSettings | undefined;
}

/** The PTA as a landscape PDF in the usual column layout; returns the saved file's name. */
export async function printPta(t: TFunction, context: PrintPtaContext): Promise<string | null> {
  // jsPDF and the fonts arrive only when the teacher prints.
  const [{ loadPdfFonts }, pdf] = await Promise.all([import('../../pdf'), import('./pdf')]);
  const english = t('pdf.language') === 'en';
  const settings = context.settings ?? DEFAULT_SCHOOL_SETTINGS;
  const bytes = pdf.renderPtaPdf({
    fonts: await loadPdfFonts(),
    pta: context.pta,
    cohort: context.cohort,
    nodes: context.nodes,
    opdrachten: new Map(context.opdrachten.map((opdracht) => [opdracht.id, opdracht.title])),
    rules: settings,
    school: settings.schoolName || undefined,
    teacher: settings.teacherName || undefined,
    labels: english ? pdf.PTA_PDF_LABELS_EN : pdf.PTA_PDF_LABELS_NL,
    language: english ? 'en' : 'nl',
    pageLabels: pageLabels(t),
  });
  const result = await platform.saveFile({ suggestedName: `${t('pta.fileName')}-${safeFileName(context.cohort.name)}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: bytes });
  return result.status === 'saved' ? result.fileName : null;
}
