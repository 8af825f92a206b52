import { DemographyError } from './demographyError';

/**
 * Single-year age-specific fertility rates from a total fertility rate and its percent
 * distribution over 5-year age groups of mother.
 *
 * Formula: fx = TFR × p_g / 100 / 5 for every single age x of group g (a step function: the
 * group's rate is spread evenly over its 5 ages), 0 outside the groups. Σx fx = TFR exactly
 * when the percentages sum to 100.
 *
 * Reference: UN WPP definition of percent ASFR (PPgp/wpp2024 `percentASFR5`). Units: births
 * per woman per year.
 *
 * @param tfr total fertility rate (children per woman), finite and ≥ 0
 * @param percent percent of TFR by group (finite, ≥ 0)
 * @param groupStarts first age of each 5-year group (e.g. 10, 15, …, 50), same length as percent
 * @param ages number of single-age cells of the result (default 101 = ages 0..100+)
 * @returns ASFR by single age 0..ages−1
 * @throws DemographyError `demography.invalidInput` for a bad TFR, percentage, group start (must be ≥ 1
 *   and the group must end below the open age) or mismatched lengths
 */
export function singleYearAsfr(tfr: number, percent: ArrayLike<number>, groupStarts: readonly number[], ages = 101): Float64Array {
  const okGroups = percent.length === groupStarts.length && groupStarts.every((a) => Number.isInteger(a) && a >= 1 && a + 5 < ages);
  const okValues = Number.isFinite(tfr) && tfr >= 0 && Array.from(percent).every((p) => Number.isFinite(p) && p >= 0);
  if (!okGroups || !okValues) {
    throw new DemographyError('demography.invalidInput.singleYearAsfr', { tfr });
  }
  const f = new Float64Array(ages);
  groupStarts.forEach((start, g) => {
    for (let x = start; x < start + 5; x++) f[x] += (tfr * percent[g]) / 100 / 5;
  });
  return f;
}
