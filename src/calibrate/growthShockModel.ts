import type { GrowthFit } from './types';

/** Fewest yearly changes that size a range without a warning. */
export const MIN_CHANGES_FOR_RANGE = 5;
/** Fewest yearly changes from which AR(1) persistence is estimated at all. */
export const MIN_CHANGES_FOR_AR1 = 8;

/**
 * The yearly shocks to a series' growth, sized from its own record: what `calibrate --stochastic`
 * writes and what the backtest's ranges use.
 *
 * Model (growth shocks; the level is their running sum, a random walk): with the fitted log
 * growth γ̂ = ln(1 + ĝ), the yearly log change is d_t = γ̂ + δ + x_t, where
 *   x_t = φ·x_{t−1} + u_t,  u_t ~ N(0, σ_u²)   (AR(1) persistence; x_0 = 0 at the forecast origin),
 *   δ ~ N(0, τ²)                                (parameter uncertainty: the rate itself is estimated).
 * Estimates from the m yearly changes of the whole record (residuals r_t = d_t − γ̂, around the
 * method's own growth, so a biased method carries its bias into its range):
 *   σ = √(Σ r_t² / (m − 1)) · c_{m−1}  (the stationary sd of x; σ is itself estimated from ν = m − 1
 *        degrees of freedom, so it is widened by c_ν = t_{0.95,ν} / z_{0.95}, Student's t against the
 *        normal at the 90 % range — between the 80 % and 95 % ranges a single normal sd must serve),
 *   φ̂ = Σ r_t r_{t−1} / Σ r_t²  (from MIN_CHANGES_FOR_AR1 changes; used only when |φ̂| > 1.96/√m, its
 *        approximate 95 % band under no persistence, and clamped to ±0.9; otherwise φ = 0),
 *   σ_u = σ·√(1 − φ²),
 *   τ = σ·√((1 + φ)/(1 − φ) / k)  (the standard error of the mean of the k AR(1) changes the method's
 *        rate rests on: k = m, or the last k for a k-year average).
 * A level-shock series (trend-stationary: ln y_t = a + γt + e_t) shows as φ̂ near −0.5 in its
 * growth residuals, which the formula below turns into ranges that widen less with the horizon.
 */
export interface GrowthShockModel {
  /** Yearly changes the sizes rest on. */
  readonly n: number;
  /** σ: residual sd of yearly log growth, with the small-sample (t-variance) factor. */
  readonly sd: number;
  /** φ used (0 when not estimated or not distinguishable from 0). */
  readonly ar1: number;
  /** φ̂ as estimated, or null with fewer than MIN_CHANGES_FOR_AR1 changes. */
  readonly ar1Estimate: number | null;
  /** σ_u = σ·√(1 − φ²): sd of the yearly innovation. */
  readonly innovationSd: number;
  /** τ: parameter uncertainty of the log growth. */
  readonly parameterSd: number;
  /** True when n < MIN_CHANGES_FOR_RANGE: the range rests on too few years to be trusted. */
  readonly short: boolean;
}

/**
 * c_ν = t_{0.95,ν} / z_{0.95}: how much wider Student's t with ν degrees of freedom is than the normal
 * at its 95th percentile, t from the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5)
 *   t ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²) + (3z⁷ + 19z⁵ + 17z³ − 15z)/(384ν³)
 * (ν = 9: 1.8331 against the exact 1.8331; ν = 3: 2.34 against 2.353).
 * @example smallSampleFactor(9) // ≈ 1.1144
 */
export function smallSampleFactor(nu: number): number {
  const z = 1.6448536269514722;
  const v = Math.max(nu, 2);
  const t = z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v * v) + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3);
  return t / z;
}

/**
 * Sizes the growth shocks of a series from a fit of it (see GrowthShockModel); null when the fit
 * rests on fewer than two yearly changes (no residual sd).
 * @example growthShockModel([100, 110, 120, 135], drift.fit([1, 2, 3, 4], [100, 110, 120, 135]))!.n // 3
 */
export function growthShockModel(values: readonly number[], fit: GrowthFit): GrowthShockModel | null {
  const gamma = Math.log1p(fit.growth);
  const r = values.slice(1).map((v, i) => Math.log(v / values[i]) - gamma);
  const m = r.length;
  if (m < 2) return null;
  const raw = Math.sqrt(r.reduce((a, x) => a + x * x, 0) / (m - 1));
  const sd = raw * smallSampleFactor(m - 1);
  let ar1Estimate: number | null = null;
  let ar1 = 0;
  if (m >= MIN_CHANGES_FOR_AR1) {
    let num = 0;
    let den = 0;
    for (let t = 0; t < m; t++) {
      den += r[t] * r[t];
      if (t > 0) num += r[t] * r[t - 1];
    }
    ar1Estimate = den > 0 ? num / den : 0;
    if (Math.abs(ar1Estimate) > 1.96 / Math.sqrt(m)) ar1 = Math.max(-0.9, Math.min(0.9, ar1Estimate));
  }
  // the rate rests on the changes the method used (all m, or the last k for a k-year average)
  const used = Math.max(1, Math.min(m, fit.n - 1));
  return {
    n: m,
    sd,
    ar1,
    ar1Estimate,
    innovationSd: sd * Math.sqrt(1 - ar1 * ar1),
    parameterSd: sd * Math.sqrt((1 + ar1) / (1 - ar1) / used),
    short: m < MIN_CHANGES_FOR_RANGE,
  };
}

/**
 * Variance of the log forecast error h years ahead under a GrowthShockModel, for a forecast from
 * the observed base (ŷ_{T+h} = y_T·e^{hγ̂}):
 *   ln y_{T+h} − ln ŷ_{T+h} = hδ + Σ_{s=1..h} x_s,  x_s = Σ_{t=1..s} φ^{s−t} u_t,
 * so each u_t enters with weight w_t = Σ_{k=0..h−t} φ^k and
 *   V_h = σ_u² Σ_{t=1..h} w_t² + h²τ².
 * With φ = 0 this is hσ² + h²τ²: the range widens like √h from the yearly shocks (a random walk in
 * the level) and like h from not knowing the rate — not a constant width, which is what sizing
 * shocks by the slope's standard error gave (it covered 11 % at three years).
 * @example horizonVariance({ innovationSd: 0.02, ar1: 0, parameterSd: 0 }, 4) // 0.0016 (= 4 · 0.02²)
 */
export function horizonVariance(model: Pick<GrowthShockModel, 'innovationSd' | 'ar1' | 'parameterSd'>, h: number): number {
  const { innovationSd: su, ar1: phi, parameterSd: tau } = model;
  let v = 0;
  for (let t = 1; t <= h; t++) {
    let w = 0;
    for (let k = 0, p = 1; k <= h - t; k++, p *= phi) w += p;
    v += w * w;
  }
  return su * su * v + h * h * tau * tau;
}
