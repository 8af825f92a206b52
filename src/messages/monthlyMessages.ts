import { template } from './template';

/** Messages of src/monthly/ (seasonal profiles, monthly figures, the re-estimate of the current year), keyed by error code. */
export const monthlyMessages = {
  'monthly.monthCount': template<{ line: string; year: number; found: number }>({
    en: (p) => `${p.line} ${p.year}: expected 12 monthly figures (January to December), found ${p.found}`,
    zh: (p) => `${p.line} ${p.year}年：应有12个月的数（1月至12月），实有${p.found}个`,
  }),
  'monthly.notFinite': template<{ line: string; year: number; month: number; found: string }>({
    en: (p) => `${p.line} ${p.year}-${String(p.month).padStart(2, '0')}: expected a finite number, found ${p.found}`,
    zh: (p) => `${p.line} ${p.year}年${p.month}月：应为有限数值，实为${p.found}`,
  }),
  'monthly.yearTotal': template<{ line: string; year: number; total: number }>({
    en: (p) => `${p.line} ${p.year}: the year's total must be positive to give monthly shares, found ${p.total}`,
    zh: (p) => `${p.line} ${p.year}年：全年合计须为正数才能计算各月进度，实为${p.total}`,
  }),
  'monthly.duplicateYear': template<{ line: string; year: number }>({
    en: (p) => `${p.line}: the year ${p.year} is given twice`,
    zh: (p) => `${p.line}：${p.year}年重复给出`,
  }),
  'monthly.month': template<{ found: string }>({
    en: (p) => `the number of months observed must be a whole number from 1 to 12, found ${p.found}`,
    zh: (p) => `已观测月数须为1至12的整数，实为${p.found}`,
  }),
  'monthly.coverage': template<{ found: string }>({
    en: (p) => `the coverage of a range must lie strictly between 0 and 1 (0.8 = 80 %), found ${p.found}`,
    zh: (p) => `区间的覆盖概率须在0与1之间（0.8即80%），实为${p.found}`,
  }),
  'monthly.zeroShare': template<{ line: string; month: number; share: number }>({
    en: (p) => `${p.line}: the profile expects no share of the year by month ${p.month} (share ${p.share}), so the months to date cannot be scaled to a year`,
    zh: (p) => `${p.line}：季节性进度显示截至${p.month}月全年进度为${p.share}，无法由已有月份推算全年`,
  }),
};
