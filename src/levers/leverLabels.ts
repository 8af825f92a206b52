import type { Lang } from '../messages/template';
import type { LeverName } from './leverName';

/** The display name of every lever in English and Chinese (one entry per LeverName, checked by the type). */
export const LEVER_LABELS: Readonly<Record<LeverName, { en: string; zh: string }>> = {
  employer_rate: { en: 'employer contribution rate', zh: '单位缴费率' },
  employee_rate: { en: 'employee contribution rate', zh: '个人缴费率' },
  retiree_rate: { en: 'retiree contribution rate', zh: '退休人员缴费率' },
  collection_rate: { en: 'collection rate', zh: '征缴率' },
  retiree_credit_share: { en: 'retiree account credit share', zh: '退休人员个人账户划入比例' },
  premium_per_head: { en: 'resident premium per head', zh: '居民人均个人缴费' },
  subsidy_per_head: { en: 'fiscal subsidy per head', zh: '财政人均补助' },
  excess_cost_growth: { en: 'excess cost growth', zh: '人均待遇超额增长率' },
  fiscal_subsidy: { en: 'fiscal subsidy', zh: '财政补助' },
  income_multiplier: { en: 'income multiplier', zh: '收入调整系数' },
  income_growth: { en: 'income growth', zh: '收入增长率' },
  wage_growth: { en: 'wage growth', zh: '工资增长率' },
  active_growth: { en: 'growth of active contributors', zh: '在职职工人数增长率' },
  retiree_growth: { en: 'growth of retirees', zh: '退休人员人数增长率' },
  insured_growth: { en: 'growth of insured residents', zh: '参保居民人数增长率' },
  interest_rate: { en: 'interest rate', zh: '利率' },
};

/**
 * A lever's name for a reader: in Chinese its Chinese name with the id the command line takes
 * (`单位缴费率（employer_rate）`); in English the id itself; an unknown name as given.
 */
export function leverLabel(name: string, lang: Lang): string {
  const l = (LEVER_LABELS as Record<string, { en: string; zh: string } | undefined>)[name];
  return l && lang === 'zh' ? `${l.zh}（${name}）` : name;
}
