import type { TFunction } from 'i18next';
import type { RubricContent, RubricVersion } from '../../../../shared/domain/rubric';
import { rubricToCsv } from '../../../../shared/rubrics';
import type { PdfLabels } from '../../pdf';
import { platform } from '../../platform';
import { safeFileName } from '../frameworks/export-framework';
import type { RubricPdfLabels, RubricPdfNode } from './pdf';

/** The PDF texts in the interface language (the PDF module itself does not use i18next). */
export function rubricPdfLabels(t: TFunction): RubricPdfLabels {
  return {
    kicker: t('rubrics.pdf.kicker'),
    version: (version) => t('rubrics.pdf.version', { version }),
    maxPoints: (points) => t('rubrics.pdf.maxPoints', { points }),
    criterion: t('rubrics.editor.criterion'),
    levelPoints: (points) => t(points === '1' ? 'rubrics.pdf.levelPointsOne' : 'rubrics.pdf.levelPoints', { points }),
    criterionWeight: (weight, maxPoints) => t('rubrics.pdf.criterionWeight', { weight, maxPoints }),
    linkedNodes: t('rubrics.pdf.linkedNodes'),
    conditionsTitle: t('rubrics.editor.conditionsTitle'),
    conditionsIntro: t('rubrics.pdf.conditionsIntro'),
    conversionTitle: t('rubrics.editor.conversionTitle'),
    conversionLinear: (values) => t('rubrics.pdf.conversionLinear', values),
    conversionTable: (maxPoints) => t('rubrics.pdf.conversionTable', { maxPoints }),
    conversionTableRow: (minPoints, grade) => t('rubrics.pdf.conversionTableRow', { minPoints, grade }),
  };
}

export function pageLabels(t: TFunction): PdfLabels {
  return {
    pageOf: (page, pages) => t('pdf.pageOf', { page, pages }),
    issuedOn: (date) => t('pdf.issuedOn', { date }),
  };
}

/** Saves the rubric as CSV (criteria, levels with points, descriptors, conditions, conversion). */
export async function exportRubricCsv(t: TFunction, title: string, content: RubricContent): Promise<string | null> {
  const result = await platform.saveFile({
    suggestedName: `${safeFileName(title) || t('rubrics.title').toLowerCase()}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: new TextEncoder().encode(rubricToCsv(title, content)),
  });
  return result.status === 'saved' ? result.fileName : null;
}

interface PrintableRubric {
  title: string;
  description: string;
  version: RubricContent & Pick<RubricVersion, 'version'>;
}

/** Renders the rubric as a landscape PDF for students and clients and saves it. */
export async function printRubricPdf(t: TFunction, rubric: PrintableRubric, nodeLabel: (id: string) => string | null): Promise<string | null> {
  // jsPDF and the fonts are loaded only when the teacher prints (they are most of the bundle).
  const [{ loadPdfFonts }, { renderRubricPdf }] = await Promise.all([import('../../pdf'), import('./pdf')]);
  const fonts = await loadPdfFonts();
  const language = t('pdf.language') === 'en' ? 'en' : 'nl';
  const nodes = (id: string): RubricPdfNode | null => {
    const label = nodeLabel(id);
    if (!label) return null;
    const space = label.indexOf(' ');
    return space < 0 ? { code: label, text: '' } : { code: label.slice(0, space), text: label.slice(space + 1) };
  };
  const bytes = renderRubricPdf({
    fonts,
    language,
    title: rubric.title,
    description: rubric.description,
    version: rubric.version,
    nodes,
    labels: rubricPdfLabels(t),
    pageLabels: pageLabels(t),
  });
  const result = await platform.saveFile({
    suggestedName: `${safeFileName(rubric.title)}-v${rubric.version.version}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data: bytes,
  });
  return result.status === 'saved' ? result.fileName : null;
}
