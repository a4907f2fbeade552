import { describe, expect, it } from 'vitest';
import { rowsPerPiece } from '../../../../shared/backup';

describe('rowsPerPiece', () => {
  it('cuts big rows into pieces of about the bytes asked for, by their JSON size', () => {
    const big = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, note: 'x'.repeat(990) }));
    // {"id":"s49","note":"x…"}: 1,012 characters; 10 such rows in 10,120, 9 in 10,119.
    expect(rowsPerPiece(big, 10_120, 1000)).toBe(10);
    expect(rowsPerPiece(big, 10_119, 1000)).toBe(9);
  });

  it('goes by the biggest sample (first, middle, last), never above max, never below one', () => {
    const rows = [{ a: 'x' }, { a: 'x' }, { a: 'x'.repeat(5000) }];
    expect(rowsPerPiece(rows, 10_000, 1000)).toBe(1);
    expect(rowsPerPiece([{ a: 1 }], 1_000_000, 250)).toBe(250);
    expect(rowsPerPiece([{ a: 'x'.repeat(50_000) }], 1000, 100)).toBe(1);
    expect(rowsPerPiece([], 1000, 100)).toBe(100);
  });
});
