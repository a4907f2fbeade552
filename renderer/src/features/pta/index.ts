export { PtaPage } from './PtaPage';
