import { DemographyError } from './demographyError';
import { pchipInterpolate } from './pchipInterpolate';

/**
 * Single-year central death rates mx for ages 0..ω (ω+ open) from abridged rates nmx
 * (groups such as 0, 1-4, 5-9, …, 95-99, ω+), preserving each abridged group's survival exactly.
 *
 * Method: with a constant force of mortality within each abridged group, the cumulative hazard
 * at the group boundaries is H(x_k) = Σ_{j<k} n_j · m_j (and l(x) = exp(−H(x))). H is
 * interpolated at every integer age with a monotone cubic (PCHIP, `pchipInterpolate`), and the
 * single-year rate is mx(a) = H(a+1) − H(a) (constant force within each single year); the open
 * group keeps its abridged rate. Because H is interpolated through the boundary values, each
 * group's survival l(x+n)/l(x) = exp(−n·m) is preserved exactly (to rounding), and H increasing
 * makes every mx > 0. The group's deaths/exposure ratio is preserved only approximately (it
 * would be exact only if the hazard were flat within the group).
 *
 * Reference: interpolation of log survivors, as in Preston, Heuveline & Guillot (2001) §3 and
 * the HMD Methods Protocol (Wilmoth et al. 2021) for abridged-to-complete conversions; monotone
 * interpolation by Fritsch & Carlson (1980).
 *
 * @param mx abridged central death rates (per person-year), finite and > 0, last = open group
 * @param ageStart first age of each group, starting at 0, strictly increasing
 * @returns single-year mx, length ageStart[last] + 1 (101 for WPP groups ending at 100+)
 * @throws DemographyError `demography.invalidRates` for a rate that is not finite and > 0; `demography.invalidInput`
 *   if ageStart does not start at 0, is not increasing, has a length different from mx or fewer
 *   than 3 groups
 */
export function singleYearMortality(mx: ArrayLike<number>, ageStart: ArrayLike<number>): Float64Array {
  const k = mx.length;
  const increasing = Array.from({ length: k - 1 }, (_, i) => Number.isInteger(ageStart[i + 1]) && ageStart[i + 1] > ageStart[i]).every(Boolean);
  if (k < 3 || ageStart.length !== k || ageStart[0] !== 0 || !increasing) {
    throw new DemographyError('demography.invalidInput.singleYearMortality', { k });
  }
  for (let i = 0; i < k; i++) {
    if (!(Number.isFinite(mx[i]) && mx[i] > 0)) {
      throw new DemographyError('demography.invalidRates.singleYearMortality', { i, mx: mx[i], index: i, value: mx[i] });
    }
  }
  const cumulative = new Float64Array(k);
  for (let i = 1; i < k; i++) cumulative[i] = cumulative[i - 1] + (ageStart[i] - ageStart[i - 1]) * mx[i - 1];
  const openAge = ageStart[k - 1];
  const ages = Float64Array.from({ length: openAge + 1 }, (_, a) => a);
  const H = pchipInterpolate(ageStart, cumulative, ages);
  const out = new Float64Array(openAge + 1);
  for (let a = 0; a < openAge; a++) out[a] = H[a + 1] - H[a];
  out[openAge] = mx[k - 1];
  return out;
}
