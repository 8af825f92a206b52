import { DemographyError } from './demographyError';
import { SPRAGUE_MULTIPLIERS } from './spragueMultipliers';

/**
 * Split consecutive closed 5-year age-group counts into single years of age with Sprague
 * multipliers, keeping every group's total exactly and never returning a negative count.
 *
 * Formula: for group i (ages 5i..5i+4) and row r, n(5i+r) = Σ_j M[r][j] × N_(k+j), where M is
 * the first, second, middle, penultimate or last panel of `SPRAGUE_MULTIPLIERS` and k the first of
 * the 5 groups that panel uses (k = 0 at the ends, k = i−2 in the middle).
 * Negative values (possible where counts change steeply, e.g. at the oldest ages) are handled per
 * group: negatives are set to 0 and the group's remaining single ages are scaled by
 * N_i / (sum of the positive values), so the group total is still N_i exactly (up to rounding).
 *
 * Reference: Shryock & Siegel (1976), The Methods and Materials of Demography, pp. 876–880.
 * Cost: 25 multiply-adds per group.
 *
 * @param groups counts (persons) of n ≥ 5 consecutive 5-year groups, all finite and ≥ 0
 *   (an open last group may be passed as if it were a 5-year group so that the last closed group
 *   uses the penultimate panel; the caller then discards its split, as `splitCensusPopulation` does)
 * @returns Float64Array of 5n single-year counts, in age order from the first group's first age
 * @throws DemographyError `demography.invalidInput` if fewer than 5 groups or a count is negative or not finite
 */
export function spragueSplit(groups: ArrayLike<number>): Float64Array {
  const n = groups.length;
  if (n < 5) {
    throw new DemographyError('demography.invalidInput.spragueSplit', { n });
  }
  for (let i = 0; i < n; i++) {
    if (!(Number.isFinite(groups[i]) && groups[i] >= 0)) {
      throw new DemographyError('demography.invalidInput.groupCount', { i, count: groups[i], index: i, value: groups[i] });
    }
  }
  const out = new Float64Array(5 * n);
  for (let i = 0; i < n; i++) {
    const [panel, first] =
      i === 0 ? [SPRAGUE_MULTIPLIERS.first, 0]
      : i === 1 ? [SPRAGUE_MULTIPLIERS.second, 0]
      : i === n - 2 ? [SPRAGUE_MULTIPLIERS.penultimate, n - 5]
      : i === n - 1 ? [SPRAGUE_MULTIPLIERS.last, n - 5]
      : [SPRAGUE_MULTIPLIERS.middle, i - 2];
    let positive = 0;
    for (let r = 0; r < 5; r++) {
      let v = 0;
      for (let j = 0; j < 5; j++) v += panel[r][j] * groups[first + j];
      out[5 * i + r] = v;
      if (v > 0) positive += v;
    }
    rescaleGroup(out, 5 * i, groups[i], positive);
  }
  return out;
}

/** Clip negatives in out[start..start+4] to 0 and scale the rest so they sum to `total`. */
function rescaleGroup(out: Float64Array, start: number, total: number, positive: number): void {
  for (let r = 0; r < 5; r++) {
    const v = out[start + r];
    out[start + r] = positive > 0 ? (v > 0 ? (v * total) / positive : 0) : total / 5;
  }
}
