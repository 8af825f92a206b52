import type { FundAssumptions } from '../assumptions/types';

const cache = new WeakMap<FundAssumptions, boolean>();

/** Whether the fund has any one-off shock (then its rows carry the one-off items in every year). */
function hasShocks(a: FundAssumptions): boolean {
  let v = cache.get(a);
  if (v === undefined) {
    v = [a.shockExpenditureShare, a.shockExpenditure, a.shockIncome].some((arr) => arr.some((x) => x !== 0));
    cache.set(a, v);
  }
  return v;
}

/**
 * One-off items of year i: expenditure `one_off` = share_i · benefits + amount_i, income
 * `one_off_income` = amount_i. Empty when the fund has no shocks at all.
 */
export function shockItems(a: FundAssumptions, i: number, benefits: number): { income: Record<string, number>; expenditure: Record<string, number> } {
  if (!hasShocks(a)) return { income: {}, expenditure: {} };
  return {
    income: { one_off_income: a.shockIncome[i] },
    expenditure: { one_off: a.shockExpenditureShare[i] * benefits + a.shockExpenditure[i] },
  };
}
