import { useEffect, useState } from 'react';

/** Runs `work` at the next idle moment (at the latest after `timeout` ms on a busy machine); returns the cancel. */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 1);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(work, { timeout });
  return () => window.cancelIdleCallback(handle);
}

/**
 * How many of `total` items to draw: `first` at once, then `step` more per idle moment, so what
 * is on screen comes first and the rest follows without holding it up.
 */
export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    return whenIdle(() => setCount((current) => current + step), 100);
  }, [count, total, step]);
  return count;
}

/** False until the first idle moment after `start` became true; true from then on. */
export function useIdleReady(start: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !start) return;
    return whenIdle(() => setReady(true), 100);
  }, [ready, start]);
  return ready;
}
