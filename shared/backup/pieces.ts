/**
 * How many of `rows` make about `bytes` of JSON, at most `max` (and at least 1), going by the
 * biggest of three sample rows. Rows of one table differ little; between tables a thousandfold
 * (a setting; a student's list of observations, ~40 KB). Used to cut work on a table into pieces
 * that each keep the page's main thread well under 200 ms.
 */
export function rowsPerPiece(rows: readonly unknown[], bytes: number, max: number): number {
  if (rows.length === 0) return max;
  const samples = [rows[0], rows[rows.length >> 1], rows[rows.length - 1]];
  const biggest = Math.max(...samples.map((row) => JSON.stringify(row)?.length ?? 0));
  return Math.max(1, Math.min(max, Math.floor(bytes / Math.max(1, biggest))));
}
