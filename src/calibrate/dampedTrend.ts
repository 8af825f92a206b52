import { checkSeries } from './checkSeries';
import type { GrowthFit, GrowthMethod } from './types';

/** Smoothing weights tried for level (α) and trend (β): 0.1, 0.2, …, 0.9. */
const GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Damped trend (阻尼趋势; Gardner & McKenzie 1985, additive damped Holt on logs).
 *
 * On x_t = ln y_t, level ℓ and trend b are updated each year
 *   ℓ_t = α·x_t + (1 − α)(ℓ_{t−1} + φ·b_{t−1}),   b_t = β(ℓ_t − ℓ_{t−1}) + (1 − β)·φ·b_{t−1},
 * starting from ℓ_1 = x_1, b_1 = x_2 − x_1. The forecast damps the trend:
 *   x̂_{T+h} = ℓ_T + (φ + φ² + … + φ^h)·b_T,
 * so growth fades towards zero instead of compounding forever — the reason it wins many
 * forecasting competitions on short yearly series. φ is fixed (default 0.8: few yearly points
 * cannot estimate it); α and β are chosen on a 0.1 grid to minimise the in-sample one-step
 * squared error. The standard error is the root mean square of those one-step errors (null
 * with fewer than two of them). Cost O(81·n).
 */
export function dampedTrendMethod(phi = 0.8): GrowthMethod {
  return {
    id: 'damped-trend',
    name: { en: 'damped trend', zh: '阻尼趋势' },
    minPoints: 3,
    fit(years, values): GrowthFit {
      checkSeries('damped-trend', years, values, 3);
      const x = values.map(Math.log);
      let best: { sse: number; level: number; trend: number; residuals: number[] } | null = null;
      for (const alpha of GRID) {
        for (const beta of GRID) {
          let level = x[0];
          let trend = x[1] - x[0];
          const residuals: number[] = [];
          for (let t = 1; t < x.length; t++) {
            const predicted = level + phi * trend;
            residuals.push(x[t] - predicted);
            const next = alpha * x[t] + (1 - alpha) * predicted;
            trend = beta * (next - level) + (1 - beta) * phi * trend;
            level = next;
          }
          // The first step predicts x_2 from a trend built from x_2 itself: leave it out of the error.
          const sse = residuals.slice(1).reduce((s, e) => s + e * e, 0);
          if (best === null || sse < best.sse) best = { sse, level, trend, residuals: residuals.slice(1) };
        }
      }
      const { level, trend, residuals } = best!;
      const damped = (h: number) => {
        let s = 0;
        for (let j = 1, p = phi; j <= h; j++, p *= phi) s += p;
        return s;
      };
      return {
        method: 'damped-trend',
        period: [years[0], years[years.length - 1]],
        n: values.length,
        growth: Math.expm1(phi * trend),
        se: residuals.length >= 2 ? Math.sqrt(residuals.reduce((s, e) => s + e * e, 0) / residuals.length) : null,
        residuals,
        forecast: (h) => Math.exp(level + damped(h) * trend),
      };
    },
  };
}

/** The damped trend with φ = 0.8. */
export const dampedTrend: GrowthMethod = dampedTrendMethod();
