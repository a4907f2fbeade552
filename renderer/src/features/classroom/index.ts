export { ClassroomPage } from './ClassroomPage';
