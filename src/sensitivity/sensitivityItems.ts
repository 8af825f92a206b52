import type { Scheme } from '../levers/leverRegistry';

/**
 * One assumption of a sensitivity analysis: a lever moved relatively from the first projected year
 * on — `add` to a rate or to an annual growth (growth levers compound), or `multiply` a level — to
 * its low-cost and high-cost values (low cost = better for the fund).
 */
export interface SensitivityItem {
  lever: string;
  move: 'add' | 'multiply';
  /** the favourable (low-cost) change, e.g. −0.01 on excess cost growth */
  lowCost: number;
  /** the unfavourable (high-cost) change */
  highCost: number;
  label: { en: string; zh: string };
}

/**
 * The default assumptions varied, by scheme, and by how much. The sizes follow the spread the
 * trustees' low-cost / high-cost sets use and this project's observed history: ±1 point a year on
 * per-head spending growth and on wage growth (national per-head spending grew 0.4–13 % a year in
 * 2021–2025), ±0.5 point on member growth, ±0.5 point on the interest rate, ±5 % on resident
 * financing. The low-cost set applies every favourable change at once, the high-cost set every
 * unfavourable one — the trustees' alternative sets; the tornado moves one at a time.
 */
export const DEFAULT_SENSITIVITY: Readonly<Record<Scheme, readonly SensitivityItem[]>> = {
  employee: [
    { lever: 'excess_cost_growth', move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'spending growth per head ±1 pt', zh: '人均支出增速±1个百分点' } },
    { lever: 'wage_growth', move: 'add', lowCost: 0.01, highCost: -0.01, label: { en: 'wage (contribution base) growth ±1 pt', zh: '缴费基数增速±1个百分点' } },
    { lever: 'active_growth', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'active contributors growth ±0.5 pt', zh: '在职职工人数增速±0.5个百分点' } },
    { lever: 'retiree_growth', move: 'add', lowCost: -0.005, highCost: 0.005, label: { en: 'retirees growth ±0.5 pt', zh: '退休人员人数增速±0.5个百分点' } },
    { lever: 'interest_rate', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'interest rate ±0.5 pt', zh: '利率±0.5个百分点' } },
  ],
  resident: [
    { lever: 'excess_cost_growth', move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'spending growth per head ±1 pt', zh: '人均支出增速±1个百分点' } },
    { lever: 'insured_growth', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'insured residents growth ±0.5 pt', zh: '参保人数增速±0.5个百分点' } },
    { lever: 'subsidy_per_head', move: 'multiply', lowCost: 1.05, highCost: 0.95, label: { en: 'subsidy per head ±5 %', zh: '人均财政补助±5%' } },
    { lever: 'premium_per_head', move: 'multiply', lowCost: 1.05, highCost: 0.95, label: { en: 'premium per head ±5 %', zh: '人均个人缴费±5%' } },
    { lever: 'interest_rate', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'interest rate ±0.5 pt', zh: '利率±0.5个百分点' } },
  ],
  totals: [
    { lever: 'excess_cost_growth', move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'expenditure growth ±1 pt', zh: '支出增速±1个百分点' } },
    { lever: 'income_growth', move: 'add', lowCost: 0.01, highCost: -0.01, label: { en: 'income growth ±1 pt', zh: '收入增速±1个百分点' } },
    { lever: 'interest_rate', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'interest rate ±0.5 pt', zh: '利率±0.5个百分点' } },
  ],
};
