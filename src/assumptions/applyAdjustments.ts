import { FundcastError } from '../errors/FundcastError';
import { lookupLever } from '../levers/leverRegistry';
import { moveLever } from '../levers/moveLever';
import type { Scenario } from '../scenario/scenarioSchema';
import type { ResolutionContext } from './resolutionContext';
import type { FundAssumptions } from './types';

/**
 * Applies the scenario's `adjustments` in order, each a relative lever change phased in (moveLever's `adjust` move),
 * to new fund assumptions (the input is not modified). An adjustment naming an unknown fund or
 * lever, or starting in or before the base year, is skipped here (checkScenarioSemantics reports
 * it); one that moves a lever outside its bounds is reported at its path.
 */
export function applyAdjustments(funds: FundAssumptions[], adjustments: Scenario['adjustments'], ctx: ResolutionContext): FundAssumptions[] {
  let out = funds;
  (adjustments ?? []).forEach((adj, n) => {
    const idx = out.findIndex((f) => f.id === adj.fund);
    const lever = idx < 0 ? undefined : lookupLever(adj.lever, out[idx].scheme);
    if (!lever || adj.from <= ctx.timeline.baseYear) return;
    try {
      const moved = moveLever(out[idx], lever, { kind: 'adjust', from: adj.from, add: adj.add, multiply: adj.multiply, phaseInYears: adj.phase_in_years }, ctx.timeline);
      out = out.map((f, j) => (j === idx ? moved : f));
    } catch (e) {
      if (!(e instanceof FundcastError && ['levers.outsideBounds', 'levers.extraGrowthOutside', 'levers.compoundsOutside'].includes(e.code))) throw e;
      ctx.fail(['adjustments', n], e.en, e.zh);
    }
  });
  return out;
}
