import { useEffect } from 'react';

/** Sets the window title to "<screen> · Vakwerk", which screen readers announce on navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Vakwerk`;
  }, [title]);
}
