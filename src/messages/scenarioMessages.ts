import { template } from './template';

/** Messages of src/scenario/ (error texts), keyed by error code. */
export const scenarioMessages = {
  'scenario.series.empty': template({
    en: () => `a time series needs at least one year`,
    zh: () => `时间序列至少需要一个年份`,
  }),
  'scenario.series.startsLate': template<{ firstKey: number; firstYear: number }>({
    en: (p) => `the first year key (${p.firstKey}) must be at or before the base year ${p.firstYear}, so that every year has a value`,
    zh: (p) => `第一个年份键（${p.firstKey}）必须不晚于基期年 ${p.firstYear}，以保证每一年都有取值`,
  }),
};
