import type { Bilingual, SolveTarget } from './types';

/**
 * A target in words, English and Chinese, for messages and reports.
 * @example describeTarget({ kind: 'bandAt', year: 2035, lower: 6, upper: 9 }).en
 * // 'reserve months within [6, 9] in 2035'
 */
export function describeTarget(t: SolveTarget): Bilingual {
  switch (t.kind) {
    case 'minReserveMonths': {
      const period = t.fromYear !== undefined && t.toYear !== undefined ? `${t.fromYear}–${t.toYear}` : null;
      return {
        en: `reserve months ≥ ${t.months} in every year${period ? ` ${period}` : ''}`,
        zh: `${period ? `${period}年` : ''}每年可支付月数不低于${t.months}个月`,
      };
    }
    case 'bandAt':
      return { en: `reserve months within [${t.lower}, ${t.upper}] in ${t.year}`, zh: `${t.year}年可支付月数在${t.lower}至${t.upper}个月之间` };
    case 'stableRatio':
      return {
        en: `balance ÷ expenditure equal in ${t.years[0]} and ${t.years[1]} (stable ratio)`,
        zh: `${t.years[0]}年与${t.years[1]}年累计结余与当年支出之比相等（稳定比率）`,
      };
    case 'payAsYouGo':
      return { en: 'current surplus = 0 in every year (pay-as-you-go)', zh: '每年当期结余为零（现收现付）' };
  }
}
