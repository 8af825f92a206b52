import type { FundAssumptions } from '../assumptions/types';
import { fundFlows } from '../engine/projectFund';
import { sumValues } from '../engine/sumValues';
import { FundcastError } from '../errors/FundcastError';
import type { ScenarioWarning } from '../history/types';
import { messages } from '../messages/message';
import type { CurrentYearEstimate } from '../results/types';
import { reEstimateFund } from './reEstimateFund';
import type { MonthlyHistory } from './types';

/**
 * The re-estimate of the current year as the start of the projection (docs/monthly.md, "The current
 * year in the projection"). For each fund whose monthly figures give months of the current year
 * (base year + 1, timeline index 1), the year's re-estimated income Î and expenditure Ê
 * (reEstimateFund, opening from the fund's base-year balance B₀) replace the model's figures of that
 * year: with I⁽ᵐ⁾ = Σ income items + r₁·B₀ and E⁽ᵐ⁾ = Σ expenditure items the model's own year,
 *
 *   one-off income₁ += Î − I⁽ᵐ⁾,   one-off expenditure₁ += Ê − E⁽ᵐ⁾
 *
 * so that the projected year has income Î and expenditure Ê (up to floating-point addition) and
 * closes at B₀ + Î − Ê; every later year runs from that balance, and every engine (projectFund, the
 * Monte Carlo kernel) reads the same arrays. A treasury top-up rule from that year may still add
 * its top-up. The figures used are stated as the fund's `currentYear` (CurrentYearEstimate).
 * With all twelve months given Î and Ê are the months' sums exactly. A fund whose months of the
 * current year cannot be re-estimated (a year to date unknown) keeps the model's year, with a
 * located warning. Returns new fund assumptions (the input is not changed) and the warnings.
 */
export function applyReEstimates(funds: FundAssumptions[], monthly: ReadonlyMap<string, MonthlyHistory>): { funds: FundAssumptions[]; warnings: ScenarioWarning[] } {
  const warnings: ScenarioWarning[] = [];
  const out = funds.map((f) => {
    const h = monthly.get(f.id);
    if (!h || !h.years.get(h.currentYear)?.some((r) => r !== null) || f.interestRate.length < 2) return f;
    let r;
    try {
      r = reEstimateFund(h, { scheme: f.scheme, openingBalance: f.openingBalance });
    } catch (e) {
      if (!(e instanceof FundcastError)) throw e;
      const first = h.years.get(h.currentYear)!.find((m) => m !== null)!;
      const path = ['funds', f.id, 'monthly', 'months', first.period];
      warnings.push({ code: 'monthly_not_re_estimated', ...h.locate(first.period, []), path, figures: { year: h.currentYear }, difference: null, message: messages('monthly.warning.notReEstimated', { fund: f.id, year: h.currentYear, reason: e.en, reasonZh: e.zh }) });
      return f;
    }
    const flows = fundFlows(f, 1);
    const modelIncome = sumValues(flows.income) + f.interestRate[1]! * f.openingBalance;
    const modelExpenditure = sumValues(flows.expenditure);
    const income = r.lines.find((l) => l.line === 'income')!.estimate;
    const expenditure = r.lines.find((l) => l.line === 'expenditure')!.estimate;
    const shockIncome = Float64Array.from(f.shockIncome);
    const shockExpenditure = Float64Array.from(f.shockExpenditure);
    shockIncome[1] = shockIncome[1]! + (income - modelIncome);
    shockExpenditure[1] = shockExpenditure[1]! + (expenditure - modelExpenditure);
    const last = r.lines[0]!;
    const currentYear: CurrentYearEstimate = {
      year: r.year,
      throughMonth: r.month,
      income,
      expenditure,
      modelIncome,
      modelExpenditure,
      months: last.month === 12 ? 'all' : 'partial',
      coverage: r.coverage,
      balance: r.balance,
    };
    return { ...f, shockIncome, shockExpenditure, hasShocks: true, currentYear };
  });
  return { funds: out, warnings };
}
