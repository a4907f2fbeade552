import { lazy, Suspense } from 'react';
import { useObservationDialog } from './store';

// Loaded on first use: the dialog, its pickers and the photo scaling are not needed to start.
const ObservationDialog = lazy(async () => ({ default: (await import('./components/ObservationDialog')).ObservationDialog }));

/** Mounted once in the layout: the observation dialog, whenever something opened it. */
export function ObservationDialogHost() {
  const prefill = useObservationDialog((state) => state.prefill);
  const close = useObservationDialog((state) => state.close);
  if (!prefill) return null;
  return (
    <Suspense fallback={null}>
      <ObservationDialog prefill={prefill} onClose={close} />
    </Suspense>
  );
}
