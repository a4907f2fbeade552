export { ObservationDialogHost } from './ObservationDialogHost';
export { useObservationDialog } from './store';
