export { StudentDossierButton } from './components/StudentDossierButton';
export { GradesExports } from './components/GradesExports';
