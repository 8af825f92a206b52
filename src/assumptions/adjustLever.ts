import type { LeverSpec } from '../levers/leverRegistry';
import { MAX_GROWTH_FACTOR, MIN_GROWTH_FACTOR } from './growthFactorBounds';
import { phaseIn } from './phaseIn';
import type { FundAssumptions, Timeline } from './types';

/**
 * Applies a relative change to a lever's arrays (scenario `adjustments`), phased in linearly:
 * with φ(y) = phaseIn(y, from, phase_in_years),
 *   add:       a(y) ← a(y) + add·φ(y)                 (rate, level, amount levers)
 *   multiply:  a(y) ← a(y)·(1 + (multiply − 1)·φ(y))
 *   growth levers (excess_cost_growth): the extra growth add·φ(y) compounds: a(y) ← a(y)·Π_{z ≤ y}(1 + add·φ(z))
 * Returns new fund assumptions (only the moved arrays are copied), or a message when the result
 * leaves the lever's bounds: for a growth lever, when the extra growth add·φ (or (multiply − 1)·φ)
 * of a year leaves the lever's [min, max] (−0.5 … 0.5: benefit spending stays positive) or the
 * compounded extra growth leaves [MIN_GROWTH_FACTOR, MAX_GROWTH_FACTOR].
 */
export function adjustLever(
  fund: FundAssumptions,
  lever: LeverSpec,
  adj: { from: number; add?: number; multiply?: number; phase_in_years?: number },
  timeline: Timeline,
): FundAssumptions | string {
  const moved: Record<string, Float64Array> = {};
  for (const key of lever.arrays) {
    const a = (fund as unknown as Record<string, Float64Array>)[key].slice();
    let growth = 1;
    for (let i = 1; i < a.length; i++) {
      const phi = phaseIn(timeline.baseYear + i, adj.from, adj.phase_in_years ?? 1);
      if (lever.kind === 'growth') {
        const extra = adj.add !== undefined ? adj.add * phi : ((adj.multiply ?? 1) - 1) * phi;
        growth *= 1 + extra;
        if (extra < lever.min || extra > lever.max) return `${lever.name} adds ${extra} a year in ${timeline.baseYear + i}, outside ${lever.min}–${lever.max}`;
        if (!(growth >= MIN_GROWTH_FACTOR && growth <= MAX_GROWTH_FACTOR)) return `${lever.name} compounds to a factor of ${growth.toPrecision(3)} by ${timeline.baseYear + i}, outside ${MIN_GROWTH_FACTOR}–${MAX_GROWTH_FACTOR}`;
        a[i] *= growth;
      } else if (adj.add !== undefined) a[i] += adj.add * phi;
      else a[i] *= 1 + ((adj.multiply ?? 1) - 1) * phi;
      if (lever.kind !== 'growth' && (a[i] < lever.min || a[i] > lever.max)) {
        return `${lever.name} becomes ${a[i]} in ${timeline.baseYear + i}, outside ${lever.min}–${lever.max}`;
      }
    }
    moved[key] = a;
  }
  return { ...fund, ...moved } as FundAssumptions;
}
