import type { Assumptions, FundAssumptions } from '../assumptions/types';
import { applyShock } from './applyShock';

/**
 * The assumptions of one Monte Carlo path: every shocked array replaced by its moved copy
 * (applyShock), in declaration order of the shocks and their `on` lists. `values` is a
 * ShockDrawer's output (K × timeline.length). Pure: the input is not modified. This is the
 * readable route — `project(shockedAssumptions(a, values))` is what the batch kernel must equal.
 */
export function shockedAssumptions(assumptions: Assumptions, values: Float64Array): Assumptions {
  const model = assumptions.stochastic;
  if (!model) return assumptions;
  const L = assumptions.timeline.length;
  const funds = assumptions.funds.slice();
  model.shocks.forEach((shock, j) => {
    for (const t of shock.targets) {
      const moved: Record<string, Float64Array> = {};
      for (const key of t.arrays) {
        const out = new Float64Array(L);
        applyShock(t, (funds[t.fund] as unknown as Record<string, Float64Array>)[key], values, j * L, out);
        moved[key] = out;
      }
      funds[t.fund] = { ...funds[t.fund], ...moved } as FundAssumptions;
    }
  });
  return { ...assumptions, funds };
}
