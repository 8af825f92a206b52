import type { FundAssumptions, Timeline } from '../assumptions/types';
import type { Band, FundResult, FundYearRow } from '../results/types';
import { assertFinite } from './assertFinite';
import { classifyBand } from './classifyBand';
import { employeeFlows } from './employeeFlows';
import { reserveMonths } from './reserveMonths';
import { residentFlows } from './residentFlows';
import { sumValues } from './sumValues';
import type { YearFlows } from './YearFlows';

export interface ProjectFundOptions {
  timeline: Timeline;
  bands: readonly Band[];
  bandBasis: FundResult['bandBasis'];
  reserveMonthsBasis: 'current_year' | 'next_year';
}

/** Flows of year index i for either scheme. */
export function fundFlows(a: FundAssumptions, i: number): YearFlows {
  return a.scheme === 'employee' ? employeeFlows(a, i) : residentFlows(a, i);
}

/**
 * Projects one fund year by year — the single explicit loop over years.
 *
 * For t = base+1 … end, with B₀ the base-year closing balance:
 *   interest_t = r_t · B_{t−1}                    (on the opening balance; a negative balance pays it)
 *   I_t = Σ income items + interest_t,   E_t = Σ expenditure items
 *   S_t = I_t − E_t,                     B_t = B_{t−1} + S_t
 *   M_t = 12 · B_t / E′,  E′ = E_t (current_year) or E_{t+1} (next_year)
 * The base year is reported as the model reproduces it: with S⁰ its surplus before interest,
 * its opening balance is (B₀ − S⁰)/(1 + r₀) and interest r₀ times that.
 */
export function projectFund(a: FundAssumptions, opts: ProjectFundOptions): FundResult {
  const { timeline, bands } = opts;
  const base = fundFlows(a, 0);
  const baseSurplusExInterest = sumValues(base.income) - sumValues(base.expenditure);
  const baseOpening = (a.openingBalance - baseSurplusExInterest) / (1 + a.interestRate[0]);
  const baseInterest = a.interestRate[0] * baseOpening;

  const n = timeline.endYear - timeline.baseYear;
  const rows: FundYearRow[] = [];
  let opening = a.openingBalance;
  let next = fundFlows(a, 1);
  for (let i = 1; i <= n; i++) {
    const year = timeline.baseYear + i;
    const flows = next;
    next = fundFlows(a, i + 1);
    const interest = a.interestRate[i] * opening;
    const incomeItems = { ...flows.income, interest };
    const income = sumValues(incomeItems);
    const expenditure = sumValues(flows.expenditure);
    const surplus = income - expenditure;
    const balance = opening + surplus;
    const denominator = opts.reserveMonthsBasis === 'next_year' ? sumValues(next.expenditure) : expenditure;
    const months = reserveMonths(balance, denominator);
    assertFinite(a.id, year, { ...incomeItems, ...flows.expenditure, ...flows.memo, ...flows.members, balance, denominator });
    rows.push({
      year,
      openingBalance: opening,
      income,
      expenditure,
      surplus,
      balance,
      reserveMonths: months,
      band: classifyBand(months, bands),
      gapRate: income > 0 ? (expenditure - income) / income : null,
      balanceRate: income > 0 ? balance / income : null,
      dependencyRatio: flows.dependencyRatio,
      members: flows.members,
      incomeItems,
      expenditureItems: flows.expenditure,
      memo: flows.memo,
    });
    opening = balance;
  }
  const firstDeficit = rows.find((r) => r.surplus < 0);
  const exhausted = rows.find((r) => r.balance < 0);
  return {
    id: a.id,
    name: a.name,
    nameZh: a.nameZh,
    scheme: a.scheme,
    bandBasis: opts.bandBasis,
    firstDeficitYear: firstDeficit ? firstDeficit.year : null,
    exhaustionYear: exhausted ? exhausted.year : null,
    base: {
      year: timeline.baseYear,
      balance: a.openingBalance,
      modelIncome: sumValues(base.income) + baseInterest,
      modelExpenditure: sumValues(base.expenditure),
      observedIncome: a.observed?.income ?? null,
      observedExpenditure: a.observed?.expenditure ?? null,
    },
    rows,
  };
}
