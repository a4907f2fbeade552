export { CoveragePage } from './CoveragePage';
