import { linearRegression } from 'simple-statistics';
import { checkSeries } from './checkSeries';
import { growthResidualSd } from './growthResidualSd';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Grey model GM(1,1) (灰色预测模型; Deng Julong 1982), the short-horizon method most Chinese
 * fund studies use.
 *
 * With the accumulated series x¹(k) = Σ_{i≤k} x⁰(i) and the background values
 * z¹(k) = ½(x¹(k) + x¹(k−1)), k = 2…n, least squares fits the grey equation
 * x⁰(k) + a·z¹(k) = b (a regression of x⁰(k) on z¹(k): slope −a, intercept b). The whitened
 * solution x̂¹(k+1) = (x⁰(1) − b/a)·e^{−ak} + b/a, differenced, gives the forecasts
 * x̂⁰(k+1) = x̂¹(k+1) − x̂¹(k); the implied growth is e^{−a} − 1 (a growth model, like the
 * log-linear trend, but fitted on levels). When a = 0 the solution is the line x̂⁰ = b.
 * Residuals are ln x⁰(k) − ln x̂⁰(k) for k = 2…n; their root mean square is `parameters.rmse` (the
 * method gives no standard error of its growth: `se` null); `growthSd` the residual sd of yearly growth around e^{−a} − 1.
 * What it estimates: a constant growth fitted on levels (the accumulated series). Needs at least 4 points (GM(1,1)'s usual minimum). Cost O(n).
 * @example greyModel.fit([2020, 2021, 2022, 2023], [100, 110, 121, 133.1]).growth // ≈ 0.1
 */
export const greyModel: GrowthMethod = {
  id: 'gm11',
  name: { en: 'grey model GM(1,1)', zh: '灰色模型GM(1,1)' },
  minPoints: 4,
  fit(years, values): GrowthFit {
    checkSeries('gm11', years, values, 4);
    const n = values.length;
    const x1: number[] = [];
    values.reduce((s, v, i) => (x1[i] = s + v), 0);
    const pairs = values.slice(1).map((v, i) => [0.5 * (x1[i + 1] + x1[i]), v]);
    const { m, b } = linearRegression(pairs);
    const a = -m;
    /** x̂¹ at index k (0-based): the accumulated forecast after k steps. */
    const accumulated = (k: number) => (Math.abs(a) < 1e-12 ? values[0] + b * k : (values[0] - b / a) * Math.exp(-a * k) + b / a);
    const level = (k: number) => accumulated(k) - accumulated(k - 1);
    const residuals: number[] = [];
    for (let k = 1; k < n; k++) residuals.push(Math.log(values[k] / level(k)));
    return {
      method: 'gm11',
      period: [years[0], years[n - 1]],
      n,
      growth: Math.expm1(-a),
      growthSd: growthResidualSd(values, Math.expm1(-a)),
      se: null,
      parameters: { a, b, ...(residuals.length >= 2 ? { rmse: Math.sqrt(residuals.reduce((s, e) => s + e * e, 0) / residuals.length) } : {}) },
      residuals,
      forecast: (h) => level(n - 1 + h),
    };
  },
};
