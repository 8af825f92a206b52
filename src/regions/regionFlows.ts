import type { TotalsAssumptions } from '../assumptions/types';
import type { FundResult } from '../results/types';
import type { RegionFlows } from './types';

/**
 * A region's flows before interest from its own projection (one totals fund): own income
 * I_t = income_t − interest_t (the row's `interest` item), expenditure E_t, the fund's interest
 * rate and base-year balance; `insured` in units.persons.
 */
export function regionFlows(fund: TotalsAssumptions, result: FundResult, insured: number): RegionFlows {
  const rows = result.rows;
  return {
    id: fund.id,
    insured,
    openingBalance: fund.openingBalance,
    income: Float64Array.from(rows, (r) => r.income - (r.incomeItems.interest ?? 0)),
    expenditure: Float64Array.from(rows, (r) => r.expenditure),
    interestRate: fund.interestRate.slice(1, rows.length + 1),
  };
}
