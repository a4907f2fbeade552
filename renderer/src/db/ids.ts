/** Random UUIDs as keys: data from two machines or a restored backup can be merged. */
export function newId(): string {
  return crypto.randomUUID();
}

export function now(): number {
  return Date.now();
}
