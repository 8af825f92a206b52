import { DemographyError } from './demographyError';

/**
 * Average annual mortality improvement rates implied by two schedules of death rates observed
 * `yearsApart` years apart: r_x = 1 − (m_later,x / m_earlier,x)^(1 / yearsApart).
 * Inverse of `improveMortality` (improving `earlier` by r for `yearsApart` years gives `later`).
 *
 * Example use: WPP 2015-2020 and 2020-2025 period rates are 5 years apart (mid-points 2017.5 and
 * 2022.5). Unitless, per year; negative where mortality rose.
 *
 * @param earlier death rates at the earlier time (each finite and > 0)
 * @param later death rates at the later time (same length, each finite and > 0)
 * @param yearsApart years between the two (finite, > 0)
 * @returns improvement rate by age
 * @throws DemographyError `demography.invalidInput` for mismatched lengths, rates not > 0, or yearsApart ≤ 0
 */
export function improvementRates(earlier: ArrayLike<number>, later: ArrayLike<number>, yearsApart: number): Float64Array {
  const ok = earlier.length === later.length && yearsApart > 0 && Number.isFinite(yearsApart)
    && Array.from(earlier).every((m) => Number.isFinite(m) && m > 0) && Array.from(later).every((m) => Number.isFinite(m) && m > 0);
  if (!ok) {
    throw new DemographyError('demography.invalidInput.improvementRates', { yearsApart });
  }
  const r = new Float64Array(earlier.length);
  for (let x = 0; x < r.length; x++) r[x] = 1 - (later[x] / earlier[x]) ** (1 / yearsApart);
  return r;
}
