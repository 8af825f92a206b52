import { dampedTrend } from './dampedTrend';
import { greyModel } from './greyModel';
import { logLinearTrend } from './logLinearTrend';
import { recentAverageGrowth } from './recentAverageGrowth';
import type { GrowthMethod } from './types';

/** The methods `fundcast calibrate --method` offers, by id. */
export const CALIBRATION_METHODS: Readonly<Record<string, GrowthMethod>> = {
  'log-linear': logLinearTrend,
  'average-3': recentAverageGrowth(3),
  'damped-trend': dampedTrend,
  gm11: greyModel,
};

/** The default: the damped trend (short yearly series; growth fades rather than compounding a recent spurt). */
export const DEFAULT_CALIBRATION_METHOD = 'damped-trend';
