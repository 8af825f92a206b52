import { DemographyError } from './demographyError';

/**
 * Piecewise cubic Hermite interpolating polynomial (PCHIP): a C¹ interpolant that keeps the
 * data's monotonicity (no overshoot between nodes), evaluated at the given points.
 *
 * Slopes: at an interior node k with secants δ(k−1), δk of opposite sign or a zero, dk = 0;
 * otherwise the weighted harmonic mean dk = (w1 + w2) / (w1/δ(k−1) + w2/δk), w1 = 2hk + h(k−1),
 * w2 = hk + 2h(k−1). End slopes use the one-sided three-point formula, clipped to keep shape.
 * On [xk, xk+1] with t = (x − xk)/hk the value is the cubic Hermite
 * (2t³−3t²+1)yk + (t³−2t²+t)hk·dk + (−2t³+3t²)yk+1 + (t³−t²)hk·dk+1.
 *
 * Reference: Fritsch & Carlson (1980), SIAM J. Numer. Anal. 17(2); Fritsch & Butland (1984);
 * Moler (2004), Numerical Computing with MATLAB, §3.4 (`pchip`). Cost: O(nodes + points).
 *
 * @param x strictly increasing node abscissae (≥ 3 nodes)
 * @param y node values (finite)
 * @param at points to evaluate, each within [x0, x_last]
 * @returns interpolated values at `at`
 * @throws DemographyError `demography.invalidInput` for fewer than 3 nodes, non-increasing x, non-finite
 *   values or a point outside the node range
 */
export function pchipInterpolate(x: ArrayLike<number>, y: ArrayLike<number>, at: ArrayLike<number>): Float64Array {
  const n = x.length;
  const ok = n >= 3 && y.length === n && Array.from(y).every(Number.isFinite) && Array.from({ length: n - 1 }, (_, k) => x[k + 1] > x[k]).every(Boolean);
  if (!ok) throw new DemographyError('demography.invalidInput.pchipInterpolate', { n });
  const h = new Float64Array(n - 1);
  const delta = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    h[k] = x[k + 1] - x[k];
    delta[k] = (y[k + 1] - y[k]) / h[k];
  }
  const d = new Float64Array(n);
  for (let k = 1; k < n - 1; k++) {
    if (delta[k - 1] * delta[k] <= 0) continue;
    const w1 = 2 * h[k] + h[k - 1];
    const w2 = h[k] + 2 * h[k - 1];
    d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
  }
  d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
  d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
  const out = new Float64Array(at.length);
  let k = 0;
  for (let i = 0; i < at.length; i++) {
    const v = at[i];
    if (!(v >= x[0] && v <= x[n - 1])) throw new DemographyError('demography.invalidInput.pchipOutside', { v, lower: x[0], upper: x[n - 1] });
    while (k > 0 && v < x[k]) k--;
    while (k < n - 2 && v > x[k + 1]) k++;
    const t = (v - x[k]) / h[k];
    const t2 = t * t;
    const t3 = t2 * t;
    out[i] = (2 * t3 - 3 * t2 + 1) * y[k] + (t3 - 2 * t2 + t) * h[k] * d[k] + (-2 * t3 + 3 * t2) * y[k + 1] + (t3 - t2) * h[k] * d[k + 1];
  }
  return out;
}

/** One-sided three-point end slope, shape-preserving (Moler's `pchip`). */
function endSlope(h0: number, h1: number, del0: number, del1: number): number {
  let d = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
  if (Math.sign(d) !== Math.sign(del0)) d = 0;
  else if (Math.sign(del0) !== Math.sign(del1) && Math.abs(d) > Math.abs(3 * del0)) d = 3 * del0;
  return d;
}
