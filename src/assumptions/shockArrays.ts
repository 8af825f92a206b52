import type { FundSpec } from '../scenario/scenarioSchema';
import type { Timeline } from './types';

/**
 * One-off shocks as arrays by year (index i = year − base year): extra expenditure as a share of
 * benefits, extra expenditure and extra income (units.money); shocks in the same year add up.
 * Shocks outside the projection are skipped here (checkScenarioSemantics reports them).
 */
export function shockArrays(spec: FundSpec, timeline: Timeline) {
  const share = new Float64Array(timeline.length);
  const expenditure = new Float64Array(timeline.length);
  const income = new Float64Array(timeline.length);
  for (const s of spec.shocks ?? []) {
    const i = s.year - timeline.baseYear;
    if (i < 1 || i >= timeline.length) continue;
    share[i] += s.expenditure_share ?? 0;
    expenditure[i] += s.expenditure_amount ?? 0;
    income[i] += s.income_amount ?? 0;
  }
  const hasShocks = [share, expenditure, income].some((arr) => arr.some((x) => x !== 0));
  return { shockExpenditureShare: share, shockExpenditure: expenditure, shockIncome: income, hasShocks };
}
