import type { TotalsAssumptions } from '../assumptions/types';
import { shockItems } from './shockItems';
import type { YearFlows } from './YearFlows';

/**
 * A fund known only by its totals (scheme: totals), flows of year index i (before interest).
 *
 * With Y own income (all income but interest and fiscal subsidy) and X expenditure, each its
 * base-year level grown at its own rate, m the income multiplier (1 unless a lever moves it) and
 * M the cost-control multiplier (1 = none):
 *
 *   own income      = Y · m
 *   fiscal subsidy  = as given (money)
 *   spending        = X · M
 *   other income    = spending · o        (recoveries, late fees)
 *   one-off (if any shock) = shock share · spending + shock amount;  one-off income = shock income
 *
 * Income items:      own_income, fiscal_subsidy, other_income [, one_off_income]
 * Expenditure items: spending [, one_off]
 * No members and no dependency ratio: the totals say nothing about who is covered.
 */
export function totalsFlows(a: TotalsAssumptions, i: number): YearFlows {
  const spending = a.spending[i] * a.costMultiplier[i];
  const shock = shockItems(a, i, spending);
  return {
    income: {
      own_income: a.ownIncome[i] * a.incomeMultiplier[i],
      fiscal_subsidy: a.fiscalSubsidy[i],
      other_income: spending * a.otherIncomeShare[i],
      ...shock.income,
    },
    expenditure: { spending, ...shock.expenditure },
    memo: {},
    members: {},
    dependencyRatio: null,
  };
}
