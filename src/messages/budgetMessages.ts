import { template } from './template';

/** Messages of src/budget/ (budget drafts, checks and principle tests), keyed by code. */
export const budgetMessages = {
  'budget.noSuchFund': template<{ fund: string; funds: readonly string[] }>({
    en: (p) => `no fund "${p.fund}" in the scenario; its funds are ${p.funds.join(', ')}`,
    zh: (p) => `情景中没有基金"${p.fund}"；现有基金为 ${p.funds.join('、')}`,
  }),
  'budget.yearNotProjected': template<{ year: number; first: number; last: number }>({
    en: (p) => `the budget year ${p.year} is not a projected year of the scenario (${p.first}–${p.last}); choose --year within it`,
    zh: (p) => `预算年度 ${p.year} 不在情景的预测年份（${p.first}–${p.last}）内；请在此范围内选择 --year`,
  }),
  'budget.unmappedItem': template<{ item: string; scheme: string; fund: string }>({
    en: (p) => `fund ${p.fund}: the engine item ${p.item} (${p.scheme} scheme) has no line in the budget layout`,
    zh: (p) => `基金 ${p.fund}：预算表样式中没有承接测算项目 ${p.item}（${p.scheme} 险种）的行`,
  }),
  'budget.check.partsSum': template<{ column: string; lineEn: string; lineZh: string; value: number; sum: number; partsEn: string; partsZh: string }>({
    en: (p) => `${p.column}: ${p.lineEn} is ${p.value} yuan but its parts (${p.partsEn}) sum to ${p.sum} yuan`,
    zh: (p) => `${p.column === 'draft' ? '预算数' : p.column === 'executed' ? '执行数' : '上年预算数'}：${p.lineZh} 为 ${p.value} 元，但其组成项（${p.partsZh}）合计为 ${p.sum} 元`,
  }),
  'budget.check.ofWhich': template<{ column: string; lineEn: string; lineZh: string; value: number; parentEn: string; parentZh: string; parent: number }>({
    en: (p) => `${p.column}: "of which" ${p.lineEn} (${p.value} yuan) exceeds ${p.parentEn} (${p.parent} yuan)`,
    zh: (p) => `${p.column === 'draft' ? '预算数' : p.column === 'executed' ? '执行数' : '上年预算数'}：其中项 ${p.lineZh}（${p.value} 元）大于 ${p.parentZh}（${p.parent} 元）`,
  }),
  'budget.check.chain': template<{ column: string; opening: number; income: number; expenditure: number; closing: number; expected: number }>({
    en: (p) => `${p.column}: balance brought forward ${p.opening} + income ${p.income} − expenditure ${p.expenditure} = ${p.expected} yuan, but the balance carried forward is ${p.closing} yuan`,
    zh: (p) => `${p.column === 'draft' ? '预算数' : p.column === 'executed' ? '执行数' : '上年预算数'}：上年结余 ${p.opening} ＋ 本年收入合计 ${p.income} － 本年支出合计 ${p.expenditure} ＝ ${p.expected} 元，但年末滚存结余为 ${p.closing} 元`,
  }),
  'budget.check.identity': template<{ column: string; lineEn: string; lineZh: string; value: number; expected: number; partsEn: readonly string[]; partsZh: readonly string[]; minus: boolean }>({
    en: (p) => `${p.column}: ${p.partsEn.join(p.minus ? ' − ' : ' + ')} = ${p.expected} yuan, but ${p.lineEn} is ${p.value} yuan`,
    zh: (p) => `${p.column === 'draft' ? '预算数' : p.column === 'executed' ? '执行数' : '上年预算数'}：${p.partsZh.join(p.minus ? ' － ' : ' ＋ ')} ＝ ${p.expected} 元，但${p.lineZh}为 ${p.value} 元`,
  }),
  'budget.check.run': template<{ lineEn: string; lineZh: string; value: number; run: number }>({
    en: (p) => `draft ${p.lineEn} is ${p.value} yuan but the projection gives ${p.run} yuan`,
    zh: (p) => `预算数 ${p.lineZh} 为 ${p.value} 元，但测算结果为 ${p.run} 元`,
  }),
  'budget.principle.deficit': template<{ income: number; expenditure: number; gap: number }>({
    en: (p) => `spending exceeds income (收不抵支): expenditure ${p.expenditure} yuan against income ${p.income} yuan, a gap of ${p.gap} yuan`,
    zh: (p) => `收不抵支：本年支出合计 ${p.expenditure} 元，本年收入合计 ${p.income} 元，缺口 ${p.gap} 元`,
  }),
  'budget.principle.surplusRange': template<{ rate: string; low: string; high: string }>({
    en: (p) => `the surplus is ${p.rate} of income, outside the "small surplus" (略有结余) range ${p.low}–${p.high}`,
    zh: (p) => `本年收支结余占收入的 ${p.rate}，超出"略有结余"区间 ${p.low}–${p.high}`,
  }),
  'budget.principle.reserveBand': template<{ months: string; bandEn: string; bandZh: string; low: number; high: number }>({
    en: (p) => `year-end reserve is ${p.months} months (${p.bandEn}), outside the normal band ${p.low}–${p.high} months`,
    zh: (p) => `年末滚存结余可支付 ${p.months} 个月（${p.bandZh}），不在合理区间 ${p.low}–${p.high} 个月内`,
  }),
  'budget.principle.restore': template<{ what: 'income' | 'expenditure'; change: number; targetEn: string; targetZh: string }>({
    en: (p) => `to restore ${p.targetEn}: ${p.what} ${p.change >= 0 ? 'up' : 'down'} by ${Math.abs(p.change)} yuan`,
    zh: (p) => `恢复${p.targetZh}需${p.what === 'income' ? '收入' : '支出'}${p.change >= 0 ? '增加' : '减少'} ${Math.abs(p.change)} 元`,
  }),
  'budget.history.partsSum': template<{ fund: string; year: number; column: 'executed' | 'budgeted'; lineEn: string; lineZh: string; value: string; expected: string; difference: string; partsEn: readonly string[]; partsZh: readonly string[] }>({
    en: (p) => `fund '${p.fund}', ${p.year}, ${p.column} (budget_lines.${p.column}): ${p.lineEn} is ${p.value} but its parts (${p.partsEn.join(' + ')}) sum to ${p.expected} (difference ${p.difference})`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年${COLUMN_ZH[p.column]}：${p.lineZh} 为 ${p.value}，但其组成项（${p.partsZh.join('＋')}）合计为 ${p.expected}（差额 ${p.difference}）`,
  }),
  'budget.history.ofWhich': template<{ fund: string; year: number; column: 'executed' | 'budgeted'; lineEn: string; lineZh: string; value: string; expected: string; difference: string; parentEn: string; parentZh: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}, ${p.column} (budget_lines.${p.column}): "of which" ${p.lineEn} (${p.value}) exceeds ${p.parentEn} (${p.expected}) by ${p.difference}`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年${COLUMN_ZH[p.column]}：其中项 ${p.lineZh}（${p.value}）大于 ${p.parentZh}（${p.expected}），超出 ${p.difference}`,
  }),
  'budget.history.identity': template<{ fund: string; year: number; column: 'executed' | 'budgeted'; lineEn: string; lineZh: string; value: string; expected: string; difference: string; termsEn: readonly string[]; termsZh: readonly string[]; signs: readonly string[] }>({
    en: (p) => `fund '${p.fund}', ${p.year}, ${p.column} (budget_lines.${p.column}): ${p.termsEn.map((t, k) => (k ? ` ${p.signs[k]} ` : '') + t).join('')} = ${p.expected}, but ${p.lineEn} is ${p.value} (difference ${p.difference})`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年${COLUMN_ZH[p.column]}：${p.termsZh.map((t, k) => (k ? ` ${p.signs[k] === '−' ? '－' : '＋'} ` : '') + t).join('')} ＝ ${p.expected}，但${p.lineZh}为 ${p.value}（差额 ${p.difference}）`,
  }),
  'budget.history.totals': template<{ fund: string; year: number; lineEn: string; lineZh: string; value: string; what: 'income' | 'expenditure' | 'balance' | 'previous_balance'; reported: string; difference: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}: executed ${p.lineEn} ${p.value} ≠ ${WHAT[p.what].en} ${p.reported} (difference ${p.difference})`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：执行数${p.lineZh} ${p.value} ≠ ${WHAT[p.what].zh} ${p.reported}（差额 ${p.difference}）`,
  }),
};

const COLUMN_ZH = { executed: '执行数', budgeted: '预算数' } as const;
const WHAT = {
  income: { en: "the year's income (history income)", zh: '该年收入（历史数据 income）' },
  expenditure: { en: "the year's expenditure (history expenditure)", zh: '该年支出（历史数据 expenditure）' },
  balance: { en: "the year's balance (history balance)", zh: '该年累计结余（历史数据 balance）' },
  previous_balance: { en: "the previous year's balance", zh: '上一年累计结余' },
} as const;
