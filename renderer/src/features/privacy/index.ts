export { StudentPrivacyActions } from './StudentPrivacyActions';
