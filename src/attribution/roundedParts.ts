import { roundToTotal } from '../money/roundToTotal';

/**
 * Parts of a change rounded to `decimals` so that the rounded parts add up exactly to the rounded
 * change: the change is rounded once, then handed out over the parts by the largest remainder
 * (roundToTotal, in units of 10^−decimals). What a reconciliation prints, so its lines sum to its total.
 * @example roundedParts([1 / 3, 1 / 3, 1 / 3], 1, 2) // [0.34, 0.33, 0.33]
 */
export function roundedParts(parts: readonly number[], change: number, decimals: number): number[] {
  const scale = 10 ** decimals;
  return roundToTotal(parts.map((p) => p * scale), Math.round(change * scale)).map((u) => u / scale);
}
