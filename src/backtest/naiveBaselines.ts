import { logLinearTrendMethod } from '../calibrate/logLinearTrend';
import { noChange } from '../calibrate/noChange';
import { recentAverageGrowth } from '../calibrate/recentAverageGrowth';
import { growthForecaster } from './growthForecaster';
import type { Forecaster } from './types';

/**
 * The naive baselines every forecast is scored against (the trustees' and forecasting
 * competitions' practice: a method earns its place only by beating them):
 * no change (ŷ = y_T), last year's growth, the 3-year drift (average log growth of the last
 * three years) and the 5-year log-linear trend, each on the totals.
 */
export const NAIVE_BASELINES: readonly Forecaster[] = [
  growthForecaster(noChange, { baseline: true }),
  growthForecaster(recentAverageGrowth(1), { baseline: true }),
  growthForecaster(recentAverageGrowth(3), { baseline: true, id: 'drift-3', name: { en: '3-year drift', zh: '3年漂移' } }),
  growthForecaster(logLinearTrendMethod(5), { baseline: true }),
];
