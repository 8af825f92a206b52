import { template } from './template';

type Basis = { label: string; value: string };

/** Messages of src/history/ (the checks of reported figures and combined pools), keyed by code. */
export const historyMessages = {
  'history.reported.figure': template<{ figure: string }>({
    en: (p) => ({ reserve_months: 'months of reserve', gap_rate: 'gap rate', surplus_rate: 'current surplus rate', balance_rate: 'balance rate' } as Record<string, string>)[p.figure],
    zh: (p) => ({ reserve_months: '可支付月数', gap_rate: '缺口率', surplus_rate: '当期结余率', balance_rate: '累计结余率' } as Record<string, string>)[p.figure],
  }),
  'history.reported.basis': template<{ basis: string }>({
    en: (p) => ({
      current_year: "balance × 12 ÷ the year's expenditure",
      next_year: "balance × 12 ÷ next year's expenditure",
      of_income: 'as a share of income',
      of_expenditure: 'as a share of expenditure',
      of_income_excluding_interest: 'as a share of income without interest',
    } as Record<string, string>)[p.basis],
    zh: (p) => ({
      current_year: '累计结余 × 12 ÷ 当年支出',
      next_year: '累计结余 × 12 ÷ 下年支出',
      of_income: '占收入之比',
      of_expenditure: '占支出之比',
      of_income_excluding_interest: '占不含利息收入之比',
    } as Record<string, string>)[p.basis],
  }),
  'history.reported.otherBasis': template<{ fund: string; year: number; figure: string; figureZh: string; reported: string; by: Basis[]; own: Basis | null; scope: string | null }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the reported ${p.figure} ${p.reported} is reproduced ${p.by.map((b) => `${b.label} (${b.value})`).join(' and ')}${p.own ? ` — not on this scenario's basis, ${p.own.label} (${p.own.value})` : ''}${p.scope ? `; figures on the ${p.scope} scope` : ''}`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：报告的${p.figureZh} ${p.reported} 按${p.by.map((b) => `${b.label}（${b.value}）`).join('及')}可以复现${p.own ? `——而非本情景的口径${p.own.label}（${p.own.value}）` : ''}${p.scope ? `；数据口径为${p.scope}` : ''}`,
  }),
  'history.reported.noBasis': template<{ fund: string; year: number; figure: string; figureZh: string; reported: string; tried: Basis[]; percent: boolean; scope: string | null }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the reported ${p.figure} ${p.reported} is reproduced by no basis fundcast knows: ${p.tried.map((b) => `${b.label} = ${b.value}`).join('; ')}${p.percent ? ` — it matches as a percentage: write it as a share (${p.reported} % → ${Number(p.reported) / 100})` : ''}${p.scope ? `; the figures here are on the ${p.scope} scope, and a figure on another scope (e.g. with individual accounts) cannot be reproduced from them` : ''}`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：报告的${p.figureZh} ${p.reported} 按 fundcast 已知的任何口径都无法复现：${p.tried.map((b) => `${b.label} = ${b.value}`).join('；')}${p.percent ? `——按百分数理解则一致：请写成比例（${p.reported}% → ${Number(p.reported) / 100}）` : ''}${p.scope ? `；此处数据为${p.scope}口径，其他口径（如含个人账户）的数字无法由此复现` : ''}`,
  }),
  'history.reported.unchecked': template<{ fund: string; year: number; figure: string; figureZh: string; reported: string; needs: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the reported ${p.figure} ${p.reported} cannot be checked: the history does not give ${p.needs}`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：报告的${p.figureZh} ${p.reported} 无法核对：历史数据未给出${p.needs}`,
  }),
  'history.reported.scope': template<{ scope: string }>({
    en: (p) => (p.scope === 'pooled' ? 'pooled-fund (统筹基金)' : 'with-accounts (含个人账户)'),
    zh: (p) => (p.scope === 'pooled' ? '统筹基金' : '含个人账户'),
  }),
  'history.pool.sum': template<{ fund: string; year: number; field: string; combined: string; parts: { fund: string; value: string }[]; sum: string; difference: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the combined pool's ${p.field} ${p.combined} ≠ the sum of its parts ${p.parts.map((x) => `${x.fund} ${x.value}`).join(' + ')} = ${p.sum} (difference ${p.difference})`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：合计基金的${({ income: '收入', expenditure: '支出', surplus: '当期结余', balance: '累计结余' } as Record<string, string>)[p.field] ?? p.field} ${p.combined} ≠ 各组成基金之和 ${p.parts.map((x) => `${x.fund} ${x.value}`).join(' + ')} = ${p.sum}（差额 ${p.difference}）`,
  }),
};
