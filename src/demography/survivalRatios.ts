import { DemographyError } from './demographyError';
import { lifeTable } from './lifeTable';

/**
 * Cohort survival ratios for an annual projection step by single year of age, indexed by the
 * age reached at the end of the step.
 *
 * Formulas (life table from `lifeTable(mx)`, ω = open age):
 * S0 = L0 / l0 (births during the year alive at its end, aged 0);
 * Sx = Lx / L(x−1) for x = 1..ω−1 (aged x−1 at the start, alive and aged x at the end);
 * Sω = Tω / T(ω−1) (aged ω−1 or ω+ at the start, alive and ω+ at the end).
 *
 * Reference: Preston, Heuveline & Guillot (2001), Demography, §6.2 (cohort-component method,
 * survival of the open group and of births). Unitless, in [0, 1].
 *
 * @param mx single-year central death rates, ages 0..ω (last = open group)
 * @returns survival ratios, same length as mx
 * @throws DemographyError `INVALID_RATES` (from `lifeTable`) for bad rates; `INVALID_INPUT` if
 *   fewer than 2 ages
 */
export function survivalRatios(mx: ArrayLike<number>): Float64Array {
  const n = mx.length;
  if (n < 2) throw new DemographyError('INVALID_INPUT', 'Survival ratios need at least 2 ages', '计算存活比至少需要 2 个年龄', { n });
  const t = lifeTable(mx);
  const s = new Float64Array(n);
  s[0] = t.Lx[0] / t.lx[0];
  for (let x = 1; x < n - 1; x++) s[x] = t.Lx[x - 1] > 0 ? t.Lx[x] / t.Lx[x - 1] : 0;
  s[n - 1] = t.Tx[n - 2] > 0 ? t.Tx[n - 1] / t.Tx[n - 2] : 0;
  return s;
}
