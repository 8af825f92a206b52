import { linearRegression, sum } from 'simple-statistics';
import { checkSeries } from './checkSeries';
import { growthResidualSd } from './growthResidualSd';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Log-linear trend (对数线性趋势): ordinary least squares of ln y_t = a + g·t.
 *
 * What it estimates: the average growth of a series that moves around a fixed exponential trend
 * (level shocks that do not persist). Growth is e^g − 1. Two different spreads are reported, each
 * for what it is:
 * - `se`, the standard error of the slope, s / √Σ(t − t̄)² with s² = Σ e_t² / (n − 2) the residual
 *   variance of the LEVELS around the line (null when n = 2) — how uncertain the rate is;
 * - `growthSd`, the residual sd of yearly growth, √(Σ(Δln y_t − g)² / (n − 2)) — the size of one
 *   year's shock to growth (growthResidualSd), which a stochastic run draws every year.
 * The forecast continues the fitted line from the last year: ŷ_{T+h} = exp(a + g·(T + h)) (a
 * scenario applies its growth from the observed base, y_T·e^{gh}).
 * `window` fits the last `window` observations only and refuses a shorter series (the 5-year trend
 * baseline is never a 3-year trend under its name). Cost O(n).
 * @example logLinearTrend.fit([2020, 2021, 2022], [100, 110, 121]).growth // 0.1 (to rounding)
 */
export function logLinearTrendMethod(window?: number): GrowthMethod {
  const id = window === undefined ? 'log-linear' : `log-linear-${window}`;
  const minPoints = window ?? 2;
  return {
    id,
    name: window === undefined
      ? { en: 'log-linear trend', zh: '对数线性趋势' }
      : { en: `${window}-year log-linear trend`, zh: `${window}年对数线性趋势` },
    minPoints,
    fit(allYears, allValues): GrowthFit {
      checkSeries(id, allYears, allValues, minPoints);
      const start = window === undefined ? 0 : allYears.length - window;
      const years = allYears.slice(start);
      const used = allValues.slice(start);
      const logs = used.map(Math.log);
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
        growthSd: growthResidualSd(used, Math.expm1(g)),
        residuals,
        forecast: (h) => Math.exp(a + g * (last + h)),
      };
    },
  };
}

/** The log-linear trend on every observation given. */
export const logLinearTrend: GrowthMethod = logLinearTrendMethod();
