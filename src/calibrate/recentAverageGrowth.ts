import { mean, sampleStandardDeviation } from 'simple-statistics';
import { checkSeries } from './checkSeries';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Recent-years average growth (近年平均增速): the mean of the last k yearly log changes,
 * ḡ = (1/k) Σ ln(y_t / y_{t−1}), projected from the last observation: ŷ_{T+h} = y_T · e^{ḡh}.
 * The standard error is the sample standard deviation of those k changes ÷ √k (null when k = 1).
 * Residuals are the k changes minus ḡ. With k = 1 this is the "last growth" baseline; with k = 3
 * it is the "3-year drift" baseline. Cost O(k).
 * @example recentAverageGrowth(2).fit([2020, 2021, 2022], [100, 110, 121]).forecast(1) // 133.1
 */
export function recentAverageGrowth(k: number): GrowthMethod {
  const id = k === 1 ? 'last-growth' : `average-${k}`;
  return {
    id,
    name: k === 1 ? { en: 'last year\'s growth', zh: '上年增速' } : { en: `${k}-year average growth`, zh: `${k}年平均增速` },
    minPoints: 2,
    fit(years, values): GrowthFit {
      checkSeries(id, years, values, 2);
      const n = values.length;
      const used = Math.min(k, n - 1);
      const changes: number[] = [];
      for (let i = n - used; i < n; i++) changes.push(Math.log(values[i] / values[i - 1]));
      const g = mean(changes);
      const last = values[n - 1];
      return {
        method: id,
        period: [years[n - 1 - used], years[n - 1]],
        n: used + 1,
        growth: Math.expm1(g),
        se: used > 1 ? sampleStandardDeviation(changes) / Math.sqrt(used) : null,
        residuals: changes.map((c) => c - g),
        forecast: (h) => last * Math.exp(g * h),
      };
    },
  };
}
