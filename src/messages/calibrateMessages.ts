import { template } from './template';

/** Messages of src/calibrate/ (error texts), keyed by error code. */
export const calibrateMessages = {
  'calibrate.series': template<{ method: string; en: string; zh: string }>({
    en: (p) => `${p.method}: ${p.en}`,
    zh: (p) => `${p.method}：${p.zh}`,
  }),
  'calibrate.series.lengths': template<{ years: number; values: number }>({
    en: (p) => `years (${p.years}) and values (${p.values}) differ in length`,
    zh: (p) => `年份（${p.years}个）与数值（${p.values}个）个数不同`,
  }),
  'calibrate.series.tooShort': template<{ minPoints: number; found: number }>({
    en: (p) => `needs at least ${p.minPoints} years of data, found ${p.found}`,
    zh: (p) => `至少需要${p.minPoints}年数据，实际${p.found}年`,
  }),
  'calibrate.series.notPositive': template<{ year: number; found: number }>({
    en: (p) => `value for ${p.year} must be a positive number, found ${p.found}`,
    zh: (p) => `${p.year}年的数值须为正数，实际为${p.found}`,
  }),
  'calibrate.series.gap': template<{ previous: number; year: number }>({
    en: (p) => `years must be consecutive, found ${p.previous} then ${p.year}`,
    zh: (p) => `年份须连续，实际${p.previous}年之后为${p.year}年`,
  }),
  'calibrate.noHistory': template<{ file: string }>({
    en: (p) => `${p.file}: no fund has a history block to calibrate from`,
    zh: (p) => `${p.file}：没有任何基金给出历史数据（history），无法校准`,
  }),
};
