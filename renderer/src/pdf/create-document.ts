import { jsPDF } from 'jspdf';
import type { PdfFonts, PdfFontStyle } from './fonts';
import { PDF_LABELS_NL, type PdfLabels } from './labels';
import type { PdfLanguage } from './format';

/**
 * A printable document: a jsPDF document on A4 with the app's fonts registered, plus the
 * state the layout helpers share (cursor, sections for page numbering). All distances are mm.
 *
 * Registering the fonts is the expensive part of a small PDF (jsPDF parses each TTF again per
 * document), so a batch (30 examendossiers) is one document with one section per student,
 * not 30 documents: see startSection in layout.ts.
 */
export interface PdfMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type PdfOrientation = 'portrait' | 'landscape';

export interface PdfDocumentOptions {
  fonts: PdfFonts;
  /** Document title in the PDF metadata (shown in the viewer's title bar). */
  title: string;
  subject?: string;
  keywords?: readonly string[];
  /** Default 'portrait'. */
  orientation?: PdfOrientation;
  /** Language of the text, for metadata, dates and numbers. Default 'nl'. */
  language?: PdfLanguage;
  margins?: Partial<PdfMargins>;
  /** The date of issue printed in the footer; default now. */
  issuedOn?: Date;
  /** Fixed texts of the page furniture; Dutch by default. */
  labels?: Partial<PdfLabels>;
}

export interface PdfSection {
  /** 1-based page where the section starts. */
  firstPage: number;
  /** Printed left in the footer of every page of the section. */
  footerText: string;
  /** Printed small at the top of the section's second and later pages. */
  runningTitle: string;
}

export interface PdfDocument {
  readonly jspdf: jsPDF;
  readonly fonts: PdfFonts;
  readonly language: PdfLanguage;
  readonly labels: PdfLabels;
  readonly issuedOn: Date;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margins: Readonly<PdfMargins>;
  /** Width between the left and right margins. */
  readonly contentWidth: number;
  /** The vertical position where the next block starts, on the current page. */
  y: number;
  readonly sections: PdfSection[];
  /** Set once the page furniture is stamped (toBytes); drawing after that is a bug. */
  finished: boolean;
}

/** Margins leave room for the running header (top) and the footer (bottom). */
export const DEFAULT_MARGINS: Readonly<PdfMargins> = { top: 15, right: 14, bottom: 17, left: 14 };

export function createPdfDocument(options: PdfDocumentOptions): PdfDocument {
  const orientation = options.orientation ?? 'portrait';
  const language = options.language ?? 'nl';
  const doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });

  for (const style of ['normal', 'bold'] as const satisfies readonly PdfFontStyle[]) {
    const fileName = `${options.fonts.family}-${style}.ttf`;
    doc.addFileToVFS(fileName, options.fonts.files[style]);
    // Identity-H: text is written as glyph ids with a ToUnicode map, so every character the
    // font has prints (ë é ï ö ş ı ł ć) and copies and searches as itself.
    doc.addFont(fileName, options.fonts.family, style, 'Identity-H');
  }
  doc.setFont(options.fonts.family, 'normal');
  doc.setLineHeightFactor(1.22);

  doc.setDocumentProperties({
    title: options.title,
    subject: options.subject ?? '',
    author: 'Vakwerk',
    creator: 'Vakwerk',
    keywords: (options.keywords ?? []).join(', '),
  });
  doc.setLanguage(language);
  doc.viewerPreferences({ DisplayDocTitle: true });

  const margins = { ...DEFAULT_MARGINS, ...options.margins };
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  return {
    jspdf: doc,
    fonts: options.fonts,
    language,
    labels: { ...PDF_LABELS_NL, ...options.labels },
    issuedOn: options.issuedOn ?? new Date(),
    pageWidth,
    pageHeight,
    margins,
    contentWidth: pageWidth - margins.left - margins.right,
    y: margins.top,
    sections: [{ firstPage: 1, footerText: '', runningTitle: '' }],
    finished: false,
  };
}
