export { OpdrachtgeversPage } from './OpdrachtgeversPage';
