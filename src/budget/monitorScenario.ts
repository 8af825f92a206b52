import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { YUAN_PER_MONEY_UNIT } from '../assumptions/unitFactor';
import { draftBudget } from './draftBudget';
import { project } from '../engine/project';
import type { LoadedScenario } from '../scenario/loadScenario';
import { budgetReference } from '../monthly/budgetReference';
import { monitorFund, type FundMonitor } from '../monthly/monitorFund';
import { resolveMonthly } from '../monthly/resolveMonthly';

/** The scenario without its funds' monthly blocks: the model's own years (what a budget is drafted from before the months are known). */
export function withoutMonthly(loaded: LoadedScenario): LoadedScenario {
  const funds = Object.fromEntries(Object.entries(loaded.scenario.funds).map(([id, f]) => [id, { ...f, monthly: undefined }]));
  return { ...loaded, scenario: { ...loaded.scenario, funds } as LoadedScenario['scenario'] };
}

/**
 * The monthly analysis of every fund of a scenario that has monthly figures (what `fundcast monitor`
 * and the report's monthly section show), as of `month` of the current year (default: the last
 * month given): monitorFund with each line measured against the year's budget (budgetReference) —
 * the approved budget in `monthly.budget`, else the model's draft of the current year made from the
 * scenario WITHOUT its monthly figures (withoutMonthly; the re-estimate itself would make every
 * execution rate equal its expected share). Throws the scenario's errors (ScenarioError) and a
 * MonthlyError when a fund's months cannot be re-estimated. An empty list when no fund has months.
 */
export function monitorScenario(loaded: LoadedScenario, month?: number): FundMonitor[] {
  const { monthly } = resolveMonthly(loaded);
  if (monthly.size === 0) return [];
  const assumptions = resolveAssumptions(loaded);
  const currentYear = loaded.scenario.base_year + 1;
  const model = project(resolveAssumptions(withoutMonthly(loaded)), { demography: false });
  const u = YUAN_PER_MONEY_UNIT[model.unit.money as keyof typeof YUAN_PER_MONEY_UNIT];
  return [...monthly.values()].map((h) => {
    const fund = assumptions.funds.find((f) => f.id === h.fund)!;
    const draft = model.funds.find((f) => f.id === h.fund)!.rows.some((r) => r.year === currentYear) ? draftBudget(model, h.fund, currentYear) : null;
    return monitorFund(h, { scheme: fund.scheme, openingBalance: fund.openingBalance, month, reference: { lines: budgetReference(h, draft, u) } });
  });
}
