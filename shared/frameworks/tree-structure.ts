/**
 * Structure checks shared by the importers, on keys only: every importer reduces its file to
 * "this key's parent is that key" and asks the same two questions.
 */

/**
 * The cycles in a parent relation, each as its keys from child to parent, starting at the key
 * that comes first in `keys` (so the same file always gives the same message). Keys whose
 * parent is null or unknown end a chain. Linear in the number of keys: each key is walked once.
 */
export function findParentCycles(keys: readonly string[], parentOf: ReadonlyMap<string, string | null>): string[][] {
  const position = new Map<string, number>();
  keys.forEach((key, index) => position.set(key, index));
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];

  keys.forEach((start, walk) => {
    if (walkOf.has(start)) return;
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current != null && position.has(current) && !walkOf.has(current)) {
      walkOf.set(current, walk);
      path.push(current);
      current = parentOf.get(current);
    }
    if (current != null && walkOf.get(current) === walk) {
      const cycle = path.slice(path.indexOf(current));
      let first = 0;
      cycle.forEach((key, index) => {
        if (position.get(key)! < position.get(cycle[first]!)!) first = index;
      });
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
  });
  return cycles;
}

/** "A1 → A2 → A1": a cycle for a message, with the first element repeated to close it. */
export function describeCycle(labels: readonly string[]): string {
  return [...labels, labels[0] ?? ''].join(' → ');
}

/**
 * Visits a tree depth-first, parents before children, siblings in the order `childrenOf`
 * returns them. Iterative, so a deep (or degenerate, list-shaped) file cannot overflow the stack.
 */
export function visitPreorder<K>(roots: readonly K[], childrenOf: (key: K) => readonly K[], visit: (key: K, order: number, parent: K | null) => void): void {
  const stack: { key: K; order: number; parent: K | null }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ key: roots[i]!, order: i, parent: null });
  while (stack.length > 0) {
    const { key, order, parent } = stack.pop()!;
    visit(key, order, parent);
    const children = childrenOf(key);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ key: children[i]!, order: i, parent: key });
  }
}
