/**
 * Fixed texts of the page furniture. The PDF modules never import i18next (they run in Node
 * tests and in workers); the caller passes translated labels, Dutch is the default.
 * Parameters arrive formatted for the document's language ("3 maart 2026", "2").
 */
export interface PdfLabels {
  /** Footer, right: "pagina 1 van 2". */
  pageOf: (page: string, pages: string) => string;
  /** Footer, centre: "uitgegeven op 3 maart 2026". */
  issuedOn: (date: string) => string;
}

export const PDF_LABELS_NL: PdfLabels = {
  pageOf: (page, pages) => `pagina ${page} van ${pages}`,
  issuedOn: (date) => `uitgegeven op ${date}`,
};
