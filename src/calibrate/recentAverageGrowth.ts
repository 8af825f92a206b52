import { mean, sampleStandardDeviation } from 'simple-statistics';
import { checkSeries } from './checkSeries';
import { growthResidualSd } from './growthResidualSd';
import type { GrowthFit, GrowthMethod } from './types';

/**
 * Recent-years average growth (近年平均增速): the mean of the last k yearly log changes,
 * ḡ = (1/k) Σ ln(y_t / y_{t−1}), projected from the last observation: ŷ_{T+h} = y_T · e^{ḡh}.
 *
 * What it estimates: the drift of a random walk in log levels (growth = a constant plus yearly
 * shocks that persist in the level), from the last k years only. The standard error is the sample
 * standard deviation of those k changes ÷ √k (null when k = 1); `growthSd` is that sample sd
 * (growthResidualSd over the k + 1 points used). Residuals are the k changes minus ḡ. It needs
 * k + 1 points and refuses fewer: a 3-year drift is never a 2-year drift under its name. With
 * k = 1 this is the "last growth" baseline; with k = 3 the "3-year drift" baseline. Cost O(k).
 * @example recentAverageGrowth(2).fit([2020, 2021, 2022], [100, 110, 121]).forecast(1) // 133.1
 */
export function recentAverageGrowth(k: number): GrowthMethod {
  const id = k === 1 ? 'last-growth' : `average-${k}`;
  return {
    id,
    name: k === 1 ? { en: 'last year\'s growth', zh: '上年增速' } : { en: `${k}-year average growth`, zh: `${k}年平均增速` },
    minPoints: k + 1,
    fit(years, values): GrowthFit {
      checkSeries(id, years, values, k + 1);
      const n = values.length;
      const changes: number[] = [];
      for (let i = n - k; i < n; i++) changes.push(Math.log(values[i] / values[i - 1]));
      const g = mean(changes);
      const last = values[n - 1];
      return {
        method: id,
        period: [years[n - 1 - k], years[n - 1]],
        n: k + 1,
        growth: Math.expm1(g),
        se: k > 1 ? sampleStandardDeviation(changes) / Math.sqrt(k) : null,
        growthSd: growthResidualSd(values.slice(n - 1 - k), Math.expm1(g)),
        residuals: changes.map((c) => c - g),
        forecast: (h) => last * Math.exp(g * h),
      };
    },
  };
}
