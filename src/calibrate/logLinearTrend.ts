import { linearRegression, sum } from 'simple-statistics';
import { checkSeries } from './checkSeries';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Log-linear trend (对数线性趋势): ordinary least squares of ln y_t = a + g·t.
 *
 * Growth is e^g − 1; the standard error of g is s / √Σ(t − t̄)², with s² = Σ e_t² / (n − 2)
 * the residual variance (null when n = 2: a line through two points has no residual). The
 * forecast continues the fitted line from the last year: ŷ_{T+h} = exp(a + g·(T + h)).
 * `window` keeps only the last `window` observations (the 5-year trend baseline uses 5).
 * Cost O(n).
 * @example logLinearTrend.fit([2020, 2021, 2022], [100, 110, 121]).growth // 0.1 (to rounding)
 */
export function logLinearTrendMethod(window?: number): GrowthMethod {
  const id = window === undefined ? 'log-linear' : `log-linear-${window}`;
  return {
    id,
    name: window === undefined
      ? { en: 'log-linear trend', zh: '对数线性趋势' }
      : { en: `${window}-year log-linear trend`, zh: `${window}年对数线性趋势` },
    minPoints: 2,
    fit(allYears, allValues): GrowthFit {
      checkSeries(id, allYears, allValues, 2);
      const start = window === undefined ? 0 : Math.max(0, allYears.length - window);
      const years = allYears.slice(start);
      const logs = allValues.slice(start).map(Math.log);
      const { m: g, b: a } = linearRegression(years.map((t, i) => [t, logs[i]]));
      const residuals = logs.map((y, i) => y - (a + g * years[i]));
      const n = years.length;
      const meanT = sum(years) / n;
      const sxx = sum(years.map((t) => (t - meanT) ** 2));
      const se = n > 2 ? Math.sqrt(sum(residuals.map((e) => e * e)) / (n - 2) / sxx) : null;
      const last = years[n - 1];
      return {
        method: id,
        period: [years[0], last],
        n,
        growth: Math.expm1(g),
        se,
        residuals,
        forecast: (h) => Math.exp(a + g * (last + h)),
      };
    },
  };
}

/** The log-linear trend on every observation given. */
export const logLinearTrend: GrowthMethod = logLinearTrendMethod();
