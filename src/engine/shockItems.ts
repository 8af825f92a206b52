import type { FundAssumptions } from '../assumptions/types';

/**
 * One-off items of year i: expenditure `one_off` = share_i · benefits + amount_i, income
 * `one_off_income` = amount_i. Empty when the fund has no shocks at all (`hasShocks`).
 */
export function shockItems(a: FundAssumptions, i: number, benefits: number): { income: Record<string, number>; expenditure: Record<string, number> } {
  if (!a.hasShocks) return { income: {}, expenditure: {} };
  return {
    income: { one_off_income: a.shockIncome[i] },
    expenditure: { one_off: a.shockExpenditureShare[i] * benefits + a.shockExpenditure[i] },
  };
}
