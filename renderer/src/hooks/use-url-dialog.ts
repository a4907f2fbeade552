import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Dialog state that a link can open: `#/groepen?nieuw=cohort` (from the home screen or Ctrl+K)
 * shows `fromLink` until the dialog changes; otherwise the screen's own state applies.
 * Keeping it in the URL avoids copying the link into state in an effect.
 */
export function useUrlDialog<D>(param: string, value: string, fromLink: D, none: D): [D, (next: D) => void] {
  const [local, setLocal] = useState<D>(none);
  const [searchParams, setSearchParams] = useSearchParams();
  const opened = searchParams.get(param) === value;
  const setDialog = (next: D) => {
    if (opened) {
      const rest = new URLSearchParams(searchParams);
      rest.delete(param);
      setSearchParams(rest, { replace: true });
    }
    setLocal(next);
  };
  return [opened ? fromLink : local, setDialog];
}
