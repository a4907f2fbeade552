/**
 * The keys of an inline edit field inside a grid: Enter saves, Escape cancels, and no key
 * reaches the grid around it (whose arrow keys would move the active cell away mid-edit).
 */
export function handleEditKeys(event: Pick<KeyboardEvent, 'key' | 'preventDefault' | 'stopPropagation'>, actions: { commit: () => void; cancel: () => void }): void {
  event.stopPropagation();
  if (event.key === 'Enter') {
    event.preventDefault();
    actions.commit();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    actions.cancel();
  }
}
