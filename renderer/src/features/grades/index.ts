export { GradesPage } from './GradesPage';
