import { FundcastError } from '../errors/FundcastError';
import { roundToTotal } from './roundToTotal';

/**
 * Splits a whole amount (integer yuan, or fen) in proportion to weights so that the parts are whole
 * units and sum EXACTLY to `total` — largest-remainder apportionment (Hamilton's method, 最大余额法):
 *
 *   quota q_i = total · w_i / Σ w,   part_i = ⌊q_i⌋ + (1 if i is among the
 *   total − Σ⌊q⌋ parts with the largest remainders q_i − ⌊q_i⌋; ties to the lower index).
 *
 * Every money split of fundcast goes through here (budget lines, months, providers), so a split
 * always sums to what it splits. Weights must be finite and ≥ 0 with a positive sum; a zero weight
 * gets 0. A total of 0 gives zeros whatever the weights. A negative total is split the same way
 * (the parts are then ≤ 0 and still sum exactly).
 *
 * Cost O(n log n). Throws FundcastError `money.notWholeUnits` (total not a safe integer),
 * `money.badWeight` (a weight negative or not finite) and `money.noWeight` (all weights 0 with a
 * non-zero total).
 *
 * @example
 * apportion(100, [1, 1, 1]) // [34, 33, 33]
 * apportion(7, [0.5, 0.3, 0.2]) // [4, 2, 1]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new FundcastError('money.notWholeUnits', { value: String(total) });
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new FundcastError('money.badWeight', { index: i, value: String(w) });
  });
  if (total === 0) return weights.map(() => 0);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw new FundcastError('money.noWeight', { total, n: weights.length });
  // a single weight takes the whole total exactly (no division error)
  const quotas = weights.map((w) => (w === sum ? total : (total * w) / sum));
  return roundToTotal(quotas, total);
}
