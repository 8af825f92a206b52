import { FundcastError } from '../errors/FundcastError';

/**
 * Rounds real amounts to whole units (yuan, or fen when the caller passes fen) so that they sum
 * EXACTLY to `total` — the largest-remainder method (Hamilton's method, 最大余额法):
 *
 *   f_i = ⌊v_i⌋,  R = total − Σ f_i  (0 ≤ R ≤ n, the units still to hand out),
 *   the R parts with the largest remainders v_i − f_i get one unit more.
 *
 * Ties between equal remainders go to the earlier part (lower index), so the result is the same
 * on every machine and run. `total` defaults to the sum rounded once (Math.round of Σ v_i), the
 * rule for a budget: round the total once, then split it. Parts may be negative (a negative item
 * of a budget); the method is the same.
 *
 * Cost O(n log n). Throws FundcastError `money.notWholeUnits` when `total` is not a safe integer,
 * `money.notFinite` for a non-finite amount, and `money.cannotReach` when the total is more
 * than n units away from the floors (rounding alone cannot reach it: apportion instead).
 *
 * @example
 * roundToTotal([1.5, 1.5, 1.5, 1.5]) // [2, 2, 1, 1]
 * roundToTotal([0.4, 0.4, 0.2], 1)   // [1, 0, 0]
 */
export function roundToTotal(values: readonly number[], total?: number): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new FundcastError('money.notFinite', { index: i, value: String(v) });
  });
  const target = total ?? Math.round(values.reduce((s, v) => s + v, 0));
  if (!Number.isSafeInteger(target)) throw new FundcastError('money.notWholeUnits', { value: String(target) });
  const floors = values.map(Math.floor);
  const short = target - floors.reduce((s, f) => s + f, 0);
  if (short < 0 || short > values.length) throw new FundcastError('money.cannotReach', { total: target, n: values.length, short });
  const order = values.map((v, i) => i).sort((a, b) => values[b] - floors[b] - (values[a] - floors[a]) || a - b);
  for (let k = 0; k < short; k++) floors[order[k]] += 1;
  return floors;
}
