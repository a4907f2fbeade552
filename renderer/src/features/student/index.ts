export { StudentPage } from './StudentPage';
