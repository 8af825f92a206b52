/** Display labels (English / Chinese) for result items, columns and members. */
export const LABELS: Record<string, { en: string; zh: string }> = {
  year: { en: 'Year', zh: '年份' },
  openingBalance: { en: 'Opening balance', zh: '年初累计结余' },
  income: { en: 'Income', zh: '基金收入' },
  expenditure: { en: 'Expenditure', zh: '基金支出' },
  surplus: { en: 'Current surplus', zh: '当期结余' },
  balance: { en: 'Cumulative balance', zh: '累计结余' },
  reserveMonths: { en: 'Months of reserve', zh: '可支付月数' },
  band: { en: 'Band', zh: '预警区间' },
  gapRate: { en: 'Gap rate', zh: '缺口率' },
  balanceRate: { en: 'Balance rate', zh: '累计结余率' },
  dependencyRatio: { en: 'Actives per retiree', zh: '在职退休比' },
  // income items
  employer_contributions: { en: 'Employer contributions (pooled)', zh: '单位缴费（划入统筹）' },
  retiree_contributions: { en: 'Retiree contributions', zh: '退休人员缴费' },
  fiscal_subsidy: { en: 'Fiscal subsidy', zh: '财政补助' },
  other_income: { en: 'Other income', zh: '其他收入' },
  interest: { en: 'Interest', zh: '利息收入' },
  fiscal_subsidies_per_head: { en: 'Per-head fiscal subsidies', zh: '财政人均补助' },
  individual_premiums: { en: 'Individual premiums', zh: '个人缴费' },
  treasury_top_up: { en: 'Treasury top-up (rule)', zh: '财政兜底补助（规则）' },
  one_off_income: { en: 'One-off income', zh: '一次性收入' },
  own_income: { en: 'Own income (contributions)', zh: '基金自身收入（缴费）' },
  // expenditure items
  one_off: { en: 'One-off expenditure', zh: '一次性支出' },
  benefits_actives: { en: 'Benefits, actives', zh: '在职职工待遇支出' },
  benefits_retirees: { en: 'Benefits, retirees', zh: '退休人员待遇支出' },
  retiree_account_credits: { en: 'Retiree account credits', zh: '退休人员个人账户划入' },
  benefits: { en: 'Benefits', zh: '待遇支出' },
  critical_illness_purchase: { en: 'Critical-illness insurance purchase', zh: '大病保险支出' },
  spending: { en: 'Spending', zh: '基金支出（总额）' },
  // memo
  contribution_base_total: { en: 'Contribution base, total', zh: '缴费基数总额' },
  employee_contributions_to_accounts: { en: 'Employee contributions to accounts', zh: '个人缴费（划入个人账户）' },
  employer_contributions_to_accounts: { en: 'Employer contributions to accounts', zh: '单位缴费划入个人账户' },
  // members
  actives: { en: 'Active contributors', zh: '在职职工' },
  retirees: { en: 'Retirees', zh: '退休人员' },
  insured: { en: 'Insured residents', zh: '参保居民' },
  // units
  yuan: { en: 'yuan', zh: '元' },
  '10k yuan': { en: '10k yuan', zh: '万元' },
  '100m yuan': { en: '100m yuan', zh: '亿元' },
  persons: { en: 'persons', zh: '人' },
  '10k persons': { en: '10k persons', zh: '万人' },
  // bands without a configured label
  no_expenditure: { en: 'no expenditure (months undefined)', zh: '无支出（月数无定义）' },
};

import type { Lang } from '../messages/template';

export type { Lang };

/** The label of `key` in `lang`, or the key itself when none is defined. */
export function label(key: string, lang: Lang): string {
  return LABELS[key]?.[lang] ?? key;
}
