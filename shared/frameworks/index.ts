/**
 * Goal frameworks (doelenkaders): import from CASE 1.1, SLO open data and CSV, export to CASE
 * and CSV, the built-in frameworks, version diffs and the tree helpers of the framework screen.
 * Pure: nothing here touches the database; the repositories store what these functions return.
 */
export { BUILTIN_FRAMEWORKS } from './builtin';
export { CASE_ASSOCIATION_TYPES } from './case-vocabulary';
export { FRAMEWORK_CSV_HEADER } from './csv-columns';
export { detectFrameworkFormat, importFrameworkFile, type FrameworkFormat } from './detect-format';
export { diffFrameworks, type FrameworkChangeField, type FrameworkDiff, type FrameworkNodeChange } from './diff';
export { exportCase, type CaseExportOptions } from './export-case';
export { exportFrameworkCsv } from './export-csv';
export { frameworkFromDraft, type FromDraftOptions } from './from-draft';
export { importCase } from './import-case';
export { importFrameworkCsv } from './import-csv';
export type { FrameworkImportMeta } from './import-options';
export { importSlo } from './import-slo';
export { fileTooLargeProblem, MAX_FRAMEWORK_BYTES } from './json-input';
export { inferNodeType, nodeTypeFromLabel } from './node-types';
export {
  FRAMEWORK_PROBLEM_CODES,
  FRAMEWORK_PROBLEM_PARAMS,
  FrameworkImportError,
  type FrameworkProblem,
  type FrameworkProblemCode,
  type FrameworkProblemParams,
  type ProblemLocation,
} from './problems';
export {
  buildFrameworkTree,
  filterFrameworkNodes,
  filterFrameworkNodesWithMatches,
  nodesInTreeOrder,
  type FrameworkFilterResult,
  type FrameworkTreeNode,
  type TreeNodeFields,
} from './tree';
