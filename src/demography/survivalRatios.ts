import { assertSchedule } from './assertSchedule';
import { DemographyError } from './demographyError';

/**
 * Cohort survival ratios for an annual projection step by single year of age, indexed by the
 * age reached at the end of the step.
 *
 * Life table with a constant force within each year of age (as `lifeTable`, radix 1):
 * l(x+1) = lx·e^(−mx), Lx = (lx − l(x+1)) / mx (lx when mx = 0), Tω = lω / mω. Then
 * S0 = L0 / l0 (births during the year alive at its end, aged 0);
 * Sx = Lx / L(x−1) for x = 1..ω−1 (aged x−1 at the start, alive and aged x at the end);
 * Sω = Tω / (L(ω−1) + Tω) = lω / (lω + mω·L(ω−1)) (aged ω−1 or ω+ at the start, alive and
 * ω+ at the end); this form stays finite when mω = 0 (then Sω = 1: nobody dies).
 *
 * Reference: Preston, Heuveline & Guillot (2001), Demography, §6.2 (cohort-component method,
 * survival of the open group and of births). Unitless, in [0, 1]. Cost: O(ages).
 *
 * @param mx single-year central death rates, ages 0..ω (last = open group), finite and ≥ 0
 * @returns survival ratios, same length as mx
 * @throws DemographyError `demography.invalidInput` if fewer than 2 ages or a rate is negative or not finite
 */
export function survivalRatios(mx: ArrayLike<number>): Float64Array {
  const n = mx.length;
  if (n < 2) throw new DemographyError('demography.invalidInput.survivalRatios', { n });
  assertSchedule(mx, n, 'mx');
  const s = new Float64Array(n);
  let l = 1;
  let previousL = 0;
  for (let x = 0; x < n - 1; x++) {
    const next = l * Math.exp(-mx[x]);
    const L = mx[x] > 0 ? (l - next) / mx[x] : l;
    s[x] = x === 0 ? L : previousL > 0 ? L / previousL : 0;
    previousL = L;
    l = next;
  }
  const open = l + mx[n - 1] * previousL;
  s[n - 1] = open > 0 ? l / open : 0;
  return s;
}
