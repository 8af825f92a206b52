import { checkSeries } from './checkSeries';
import { growthResidualSd } from './growthResidualSd';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Drift (平均增速/随机游走漂移; the random walk with drift): the average yearly log change over
 * the whole series, γ̂ = (ln y_n − ln y_1) / (n − 1), projected from the last observation:
 * ŷ_{T+h} = y_T · e^{γ̂h}; growth e^{γ̂} − 1.
 *
 * What it estimates: the mean growth of a series whose yearly growth is a constant plus
 * independent shocks (ln y_t = ln y_{t−1} + γ + u_t) — for that process the efficient, unbiased
 * estimator. `growthSd` s = √(Σ(d_t − γ̂)² / (m − 1)) (m = n − 1 changes) is the yearly shock;
 * `se` = s / √m the standard error of γ̂ (null below three points). Needs 2 points. Cost O(n).
 * @example drift.fit([2020, 2021, 2022], [100, 110, 121]).growth // 0.1 (to rounding)
 */
export const drift: GrowthMethod = {
  id: 'drift',
  name: { en: 'drift (average growth)', zh: '平均增速（漂移）' },
  minPoints: 2,
  fit(years, values): GrowthFit {
    checkSeries('drift', years, values, 2);
    const n = values.length;
    const m = n - 1;
    const gamma = Math.log(values[n - 1] / values[0]) / m;
    const growth = Math.expm1(gamma);
    const growthSd = growthResidualSd(values, growth);
    const residuals = values.slice(1).map((v, i) => Math.log(v / values[i]) - gamma);
    const last = values[n - 1];
    return {
      method: 'drift',
      period: [years[0], years[n - 1]],
      n,
      growth,
      se: growthSd === null ? null : growthSd / Math.sqrt(m),
      growthSd,
      residuals,
      forecast: (h) => last * Math.exp(gamma * h),
    };
  },
};
