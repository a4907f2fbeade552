/**
 * Rounding for cijfers without floating-point surprises. A weighted average that is exactly
 * 5.45 on paper may be computed as 5.4499999999999993; rounding that naively gives 5.4. The
 * value is first snapped to whole billionths (real differences between grades are far larger),
 * and the rounding is done on integers. Grades are small positive numbers, so the integers stay
 * far below 2^53.
 */
const SNAP = 1e9;

function snapped(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  return Math.round(value * SNAP);
}

/** Half up to `decimals` places: 5.45 → 5.5 (one decimal), 5.5 → 6 (none). */
export function roundHalfUp(value: number, decimals: number): number {
  const unit = SNAP / 10 ** decimals;
  const units = Math.floor((snapped(value) + unit / 2) / unit);
  return units / 10 ** decimals;
}

/** Cut off after `decimals` places: 5.49 → 5.4 (one decimal). */
export function truncate(value: number, decimals: number): number {
  const unit = SNAP / 10 ** decimals;
  const units = Math.floor(snapped(value) / unit);
  return units / 10 ** decimals;
}

/** How many decimals a number has as typed (6.75 → 2), after snapping away float noise. */
export function decimalsOf(value: number): number {
  let units = snapped(value);
  let decimals = 9;
  while (decimals > 0 && units % 10 === 0) {
    units /= 10;
    decimals--;
  }
  return decimals;
}
