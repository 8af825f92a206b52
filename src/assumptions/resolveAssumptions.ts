import { applyHistories } from '../history/applyHistories';
import { checkMonthly } from '../monthly/checkMonthly';
import { resolveMonthly } from '../monthly/resolveMonthly';
import { applyReEstimates } from '../monthly/applyReEstimates';
import { resolveHistories } from '../history/resolveHistory';
import type { LoadedScenario } from '../scenario/loadScenario';
import { listParameters, type ScenarioParameter } from '../scenario/listParameters';
import { ScenarioError } from '../scenario/ScenarioError';
import { scenarioHash } from '../scenario/scenarioHash';
import { ageDetailedMembers } from './ageDetailedMembers';
import { applyAdjustments } from './applyAdjustments';
import { checkRateRuleCap } from './checkRateRuleCap';
import { checkScenarioSemantics } from './checkScenarioSemantics';
import { resolveFund } from './resolveFund';
import { resolutionContext } from './resolutionContext';
import { resolveBands } from './resolveBands';
import type { Assumptions } from './types';
import { unitFactor } from './unitFactor';
import { resolveStochastic } from '../stochastic/resolveStochastic';

/**
 * Turns a validated scenario into per-year assumption arrays (the "validated assumptions" stage),
 * one job per module:
 *   checkScenarioSemantics    values that pass the schema but not the rest of the scenario
 *   ageDetailedMembers        age-detailed funds: member counts from the membership projection
 *   employee/resident/totalsAssumptions   series → arrays (resolutionContext), growth compounded into
 *                             levels (growthPath), base-year spending split (splitBaseYearSpending),
 *                             contribution base (contributionBasePath), age mix (withAgeMix)
 *   applyAdjustments          relative lever changes, phased in (levers/moveLever)
 *   checkRateRuleCap          a rate rule whose cap its lever already reaches in every year (a warning)
 *   resolveBands              warning bands on months of reserve
 *   applyHistories            each fund's history: base-year balance and observed totals from its
 *                             last year, consistency warnings (docs/history.md)
 *   resolveMonthly, checkMonthly   each fund's monthly figures: read, located errors and consistency
 *                             warnings (docs/monthly.md)
 *   applyReEstimates          the current year re-estimated from its months (reEstimateFund) replaces
 *                             the model's year, so the projection starts from it
 *   resolveStochastic         the shock processes of Monte Carlo runs (docs/stochastic.md)
 * Every problem found on the way is collected; then one ScenarioError (file, path, line for each)
 * is thrown.
 */
export function resolveAssumptions(loaded: LoadedScenario): Assumptions {
  const s = loaded.scenario;
  const ctx = resolutionContext(loaded);
  // the parameter list walks the scenario's JSON Schema (built once per process, ~40 ms): only when asked
  let parameters: ScenarioParameter[] | undefined;
  const listed = () => (parameters ??= listParameters(s));
  checkScenarioSemantics(s, ctx, listed);
  const k = unitFactor(s.units);
  const detailed = ageDetailedMembers(s, ctx);
  const histories = resolveHistories(loaded);
  const funds = Object.entries(s.funds).map(([id, spec]) => resolveFund(id, spec, k, ctx, { detailed: detailed.get(id), history: histories.histories.get(id) }));
  const adjusted = applyAdjustments(funds, s.adjustments, ctx);
  checkRateRuleCap(adjusted, ctx);
  const withHistory = applyHistories(loaded, adjusted, histories);
  ctx.issues.push(...withHistory.issues);
  const monthly = resolveMonthly(loaded);
  ctx.issues.push(...monthly.issues);
  const monthlyWarnings = [...monthly.monthly.values()].flatMap((m) => checkMonthly(m, histories.histories.get(m.fund)));
  const fed = monthly.issues.length ? { funds: withHistory.funds, warnings: [] } : applyReEstimates(withHistory.funds, monthly.monthly);
  const stochastic = resolveStochastic(s, fed.funds, ctx.timeline, ctx.fail);
  if (ctx.issues.length) throw new ScenarioError(ctx.issues);
  const assumptions: Omit<Assumptions, 'parameters'> = {
    scenario: { id: s.id, name: s.name, nameZh: s.name_zh ?? null, files: loaded.files, overlays: loaded.overlays, hash: scenarioHash(s) },
    timeline: ctx.timeline,
    units: { ...s.units },
    reserveMonthsBasis: s.settings?.reserve_months_basis ?? 'current_year',
    ...resolveBands(s.settings),
    funds: fed.funds,
    warnings: [...ctx.warnings, ...withHistory.warnings, ...monthlyWarnings, ...fed.warnings],
    stochastic,
  };
  // enumerable, so a copy ({...a}) carries the list (computed then)
  return Object.defineProperty(assumptions, 'parameters', { enumerable: true, configurable: true, get: listed }) as Assumptions;
}
