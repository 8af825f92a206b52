/**
 * Residual standard deviation of yearly growth around a fitted growth rate: with the yearly log
 * changes d_t = ln(y_t / y_{t−1}), t = 2 … n (m = n − 1 of them) and the fitted log growth
 * γ = ln(1 + ĝ),
 *   s = √( Σ (d_t − γ)² / (m − 1) ),
 * null when m < 2. This is the size of one year's shock to growth — what a stochastic run draws
 * each year — and is NOT the standard error of ĝ (the uncertainty of the rate itself, which
 * shrinks as years are added; see GrowthFit.se).
 * @example growthResidualSd([100, 110, 121], 0.1) // 0 (every change is exactly ln 1.1)
 */
export function growthResidualSd(values: readonly number[], growth: number): number | null {
  const m = values.length - 1;
  if (m < 2) return null;
  const gamma = Math.log1p(growth);
  let ss = 0;
  for (let t = 1; t < values.length; t++) ss += (Math.log(values[t] / values[t - 1]) - gamma) ** 2;
  return Math.sqrt(ss / (m - 1));
}
