import { checkSeries } from './checkSeries';
import type { GrowthMethod } from './types';

/**
 * No change (不变预测, the naive random-walk forecast): ŷ_{T+h} = y_T. The baseline every
 * forecasting method must beat to be worth using. Residuals are the yearly log changes.
 * @example noChange.fit([2023, 2024], [100, 104]).forecast(3) // 104
 */
export const noChange: GrowthMethod = {
  id: 'no-change',
  name: { en: 'no change', zh: '保持不变' },
  minPoints: 1,
  fit(years, values) {
    checkSeries('no-change', years, values, 1);
    const n = values.length;
    const last = values[n - 1];
    const residuals = values.slice(1).map((v, i) => Math.log(v / values[i]));
    return { method: 'no-change', period: [years[0], years[n - 1]], n, growth: 0, se: null, growthSd: null, residuals, forecast: () => last };
  },
};
