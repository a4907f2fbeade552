import { DUTCH_EXCEL_CSV, writeCsv } from '../csv/write-csv';
import type { Framework, FrameworkNode } from '../domain/framework';
import { FRAMEWORK_CSV_HEADER } from './csv-columns';
import { nodesInTreeOrder } from './tree';

/**
 * Writes a framework as the CSV that importFrameworkCsv reads: code; omschrijving; bovenliggende
 * code; type — one row per live node, parents before children, siblings in order. Dutch Excel's
 * dialect (UTF-8 with BOM, `;`, CRLF), and cells that a spreadsheet would run as a formula are
 * neutralised (shared/csv/write-csv.ts). Only the nodes of `framework` are written.
 */
export function exportFrameworkCsv(framework: Framework, nodes: readonly FrameworkNode[]): string {
  const ordered = nodesInTreeOrder(nodes.filter((node) => node.frameworkId === framework.id));
  const codeOf = new Map(ordered.map((node) => [node.id, node.code]));
  const rows = ordered.map((node) => [node.code, node.text, node.parentId === null ? '' : (codeOf.get(node.parentId) ?? ''), node.type]);
  return writeCsv([[FRAMEWORK_CSV_HEADER.code, FRAMEWORK_CSV_HEADER.text, FRAMEWORK_CSV_HEADER.parent, FRAMEWORK_CSV_HEADER.type], ...rows], DUTCH_EXCEL_CSV);
}
