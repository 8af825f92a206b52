import { LEVERS } from '../levers/leverRegistry';
import type { Scenario } from '../scenario/scenarioSchema';
import { adjustLever } from './adjustLever';
import type { ResolutionContext } from './resolutionContext';
import type { FundAssumptions } from './types';

/**
 * Applies the scenario's `adjustments` in order, each a relative lever change phased in (adjustLever),
 * to new fund assumptions (the input is not modified). An adjustment naming an unknown fund or
 * lever, or starting in or before the base year, is skipped here (checkScenarioSemantics reports
 * it); one that moves a lever outside its bounds is reported at its path.
 */
export function applyAdjustments(funds: FundAssumptions[], adjustments: Scenario['adjustments'], ctx: ResolutionContext): FundAssumptions[] {
  let out = funds;
  (adjustments ?? []).forEach((adj, n) => {
    const idx = out.findIndex((f) => f.id === adj.fund);
    const lever = idx < 0 ? undefined : LEVERS.find((l) => l.name === adj.lever && l.scheme === out[idx].scheme);
    if (!lever || adj.from <= ctx.timeline.baseYear) return;
    const result = adjustLever(out[idx], lever, adj, ctx.timeline);
    if (typeof result === 'string') return ctx.fail(['adjustments', n], result, `调整后参数超出允许范围：${result}`);
    out = out.map((f, j) => (j === idx ? result : f));
  });
  return out;
}
