import type { Band } from '../results/types';

/**
 * The id of the band that months of reserve M fall in: the first band (lowest first) with
 * M < upper, or M ≤ upper when the band includes its upper bound; the last band is open.
 * Null M (no expenditure) gives 'no_expenditure'.
 * @example classifyBand(6, DEFAULT_BANDS) // 'normal'   classifyBand(15.0001, DEFAULT_BANDS) // 'excessive'
 */
export function classifyBand(months: number | null, bands: readonly Band[]): string {
  if (months === null) return 'no_expenditure';
  return bands[bandIndex(months, bands)].id;
}

/** The index in `bands` of the band that months M (a number) fall in, as classifyBand. */
export function bandIndex(months: number, bands: readonly Band[]): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.upper === null || months < b.upper || (b.upperInclusive && months === b.upper)) return i;
  }
  return bands.length - 1;
}
