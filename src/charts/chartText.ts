import { ChartError } from './ChartError';
import type { ChartLang } from './types';

/** Every piece of text the charts draw, in one language. */
export interface ChartText {
  year: string;
  reserveMonths: string;
  band: string;
  amount: string;
  series: string;
  income: string;
  expenditure: string;
  balance: string;
  firstDeficit: string;
  exhaustion: string;
  reserveTitle: (fundName: string) => string;
  balanceTitle: (fundName: string) => string;
  withUnit: (title: string, unit: string) => string;
  /** note drawn where the months axis is cut: "below −D months not shown (from YEAR)". */
  clipped: (depth: number, fromYear: number) => string;
  /** footnote of reserve charts whose bands are the employee-fund standard applied to another fund. */
  extendedBands: string;
  /** footnote of charts with observed years: how observed and projected years are drawn. */
  observedNote: (lastObserved: number) => string;
}

const TEXT: Readonly<Record<ChartLang, ChartText>> = Object.freeze({
  zh: {
    year: '年份',
    reserveMonths: '累计结余可支付月数（月）',
    band: '预警区间',
    amount: '金额',
    series: '项目',
    income: '基金收入',
    expenditure: '基金支出',
    balance: '累计结余',
    firstDeficit: '首次当期赤字',
    exhaustion: '基金穿底',
    reserveTitle: (name: string) => `${name}：累计结余可支付月数`,
    balanceTitle: (name: string) => `${name}：收入、支出与累计结余`,
    withUnit: (title: string, unit: string) => `${title}（${unit}）`,
    clipped: (depth: number, fromYear: number) => `纵轴截至 −${depth} 个月；${fromYear}年起低于此值未画出`,
    extendedBands: '注：预警区间为职工医保统筹基金标准（人社部发〔2009〕67号），此处延伸用于本基金。',
    observedNote: (last: number) => `实线与实心点为实际数（至${last}年），虚线为预测。`,
  },
  en: {
    year: 'Year',
    reserveMonths: 'Reserve (months of expenditure)',
    band: 'Warning band',
    amount: 'Amount',
    series: 'Series',
    income: 'Income',
    expenditure: 'Expenditure',
    balance: 'Cumulative balance',
    firstDeficit: 'First deficit',
    exhaustion: 'Exhausted',
    reserveTitle: (name: string) => `${name}: months of reserve`,
    balanceTitle: (name: string) => `${name}: income, expenditure and balance`,
    withUnit: (title: string, unit: string) => `${title} (${unit})`,
    clipped: (depth: number, fromYear: number) => `Axis cut at −${depth} months; lower values from ${fromYear} not drawn`,
    extendedBands: 'Note: the bands are the employee pooled-fund standard (MOHRSS 2009 No. 67), extended to this fund.',
    observedNote: (last: number) => `Solid line and filled dots: observed (to ${last}); dashed: projected.`,
  },
});

/**
 * The charts' titles, axis titles and legend labels in zh-CN or English.
 *
 * @throws ChartError `charts.options.lang` when lang is neither 'zh' nor 'en'.
 * @example
 * chartText('zh').year; // => '年份'
 */
export function chartText(lang: ChartLang): ChartText {
  if (lang !== 'zh' && lang !== 'en') {
    throw new ChartError('charts.options.lang', { value: JSON.stringify(lang) }, ['lang']);
  }
  return TEXT[lang];
}
