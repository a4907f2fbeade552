/** Waits for a new task of the event loop, so the page can paint and answer input between two pieces of long work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
