import { assertSchedule } from './assertSchedule';
import { DemographyError } from './demographyError';

/**
 * Apply annual mortality improvement to a schedule of death rates:
 * mx(t) = mx(t0) × (1 − r_x)^(t − t0), with one rate for all ages or a rate per age.
 * A negative rate is a deterioration (rates rise).
 *
 * Reference: the constant-improvement (Lee–Carter-style drift) convention used in actuarial
 * improvement scales, e.g. Society of Actuaries MP-2021 (rates as annual reductions of qx or mx).
 *
 * @param mx death rates by age at the base time t0 (per person-year, finite, ≥ 0)
 * @param years elapsed time t − t0 in years (finite; may be fractional or negative)
 * @param rate annual improvement: a number, or one per age (each finite and < 1)
 * @returns improved rates, a new Float64Array
 * @throws DemographyError `demography.invalidInput` for bad rates, years or improvement rates
 */
export function improveMortality(mx: ArrayLike<number>, years: number, rate: number | ArrayLike<number>): Float64Array {
  assertSchedule(mx, mx.length, 'mx');
  const perAge = typeof rate !== 'number';
  if (perAge) assertSchedule(rate, mx.length, 'rate', { signed: true });
  const bad = !Number.isFinite(years) || (perAge ? Array.from(rate).some((r) => !(r < 1)) : !(Number.isFinite(rate) && rate < 1));
  if (bad) {
    throw new DemographyError('demography.invalidInput.improveMortality', { years });
  }
  const out = new Float64Array(mx.length);
  for (let x = 0; x < mx.length; x++) out[x] = mx[x] * (1 - (perAge ? rate[x] : rate)) ** years;
  return out;
}
