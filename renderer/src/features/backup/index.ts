export { BackupPage } from './BackupPage';
