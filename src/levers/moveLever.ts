import type { FundAssumptions, Timeline } from '../assumptions/types';
import { MAX_GROWTH_FACTOR, MIN_GROWTH_FACTOR } from './growthFactorBounds';
import { phaseIn } from './phaseIn';
import { FundcastError } from '../errors/FundcastError';
import { leverArrays, type LeverSpec } from './leverRegistry';

/**
 * How a lever is moved, from an array index on (index i = year − base year):
 * - `set` (solvers, applyLever): the lever's value becomes x from index s on —
 *     rate, amount: a[i] = x;  level: a[i] = a[i]·x/a[s] (a[s] = 0: a[i] = x);  growth: a[i] = a[i]·(1 + x)^(i − s + 1)
 * - `adjust` (scenario adjustments): a relative change phased in, φ(y) = phaseIn(y, from, phase_in_years), for i ≥ 1:
 *     add: a[i] + add·φ;  multiply: a[i]·(1 + (multiply − 1)·φ);
 *     growth levers compound the extra growth e_j = add·φ_j (or (multiply − 1)·φ_j): a[i]·Π_{1 ≤ j ≤ i}(1 + e_j),
 *     each e_j within the lever's [min, max] (−0.5 … 0.5: spending stays positive) and the product
 *     within [MIN_GROWTH_FACTOR, MAX_GROWTH_FACTOR]
 * - `raise` (the rate rule): a[i] = max(a[i], min(a[i] + step, cap)) for i ≥ s, unless a[s] is already at the cap
 *     (a raise never lowers a later year that the scenario already puts above the cap)
 */
export type LeverMove =
  | { kind: 'set'; value: number; fromIndex: number }
  | { kind: 'adjust'; from: number; add?: number; multiply?: number; phaseInYears?: number }
  | { kind: 'raise'; step: number; cap: number; fromIndex: number };

/**
 * The one function that moves a lever: returns a new fund with the lever's arrays moved as `move`
 * says (formulas on LeverMove); only those arrays are copied, the input is never modified. A
 * `raise` at the cap returns the input itself. An `adjust` that leaves the bounds throws
 * FundcastError `levers.outsideBounds` (a value outside [min, max]), `levers.extraGrowthOutside`
 * or `levers.compoundsOutside` (growth levers).
 * @example moveLever(fund, findLever('employer_rate', 'employee'), { kind: 'set', value: 0.06, fromIndex: 2 }, timeline).employerRate // [… a₀, a₁, 0.06, 0.06, …]
 */
export function moveLever(fund: FundAssumptions, lever: LeverSpec, move: LeverMove, timeline: Timeline): FundAssumptions {
  const moved = leverArrays(fund, lever).map((a) => a.slice());
  if (move.kind === 'raise') {
    if (!raiseLeverInPlace(moved, move.step, move.cap, move.fromIndex)) return fund;
  } else {
    for (const a of moved) {
      if (move.kind === 'set') setFrom(a, lever.kind, move.value, move.fromIndex);
      else adjust(a, lever, move, timeline);
    }
  }
  return { ...fund, ...Object.fromEntries(lever.arrays.map((key, k) => [key, moved[k]])) } as FundAssumptions;
}

/**
 * The rate rule's raise, in place on a lever's arrays (the first is its value): unless the value
 * at `fromIndex` is already at the cap, a[i] = max(a[i], min(a[i] + step, cap)) for i ≥ fromIndex in
 * every array. Returns whether it raised. moveLever's `raise` runs it on copies; the Monte Carlo
 * kernel (montecarlo/runPaths) on its per-path copies — one formula for both.
 */
export function raiseLeverInPlace(arrays: readonly Float64Array[], step: number, cap: number, fromIndex: number): boolean {
  if (arrays[0][fromIndex] >= cap) return false;
  for (const a of arrays) for (let i = fromIndex; i < a.length; i++) a[i] = Math.max(a[i], Math.min(a[i] + step, cap));
  return true;
}

function setFrom(a: Float64Array, kind: LeverSpec['kind'], x: number, start: number): void {
  const ref = a[start];
  for (let i = start; i < a.length; i++) {
    if (kind === 'rate' || kind === 'amount') a[i] = x;
    else if (kind === 'level') a[i] = ref === 0 ? x : (a[i] * x) / ref;
    else a[i] = a[i] * Math.pow(1 + x, i - start + 1);
  }
}

function adjust(a: Float64Array, lever: LeverSpec, move: Extract<LeverMove, { kind: 'adjust' }>, timeline: Timeline): void {
  let growth = 1;
  for (let i = 1; i < a.length; i++) {
    const phi = phaseIn(timeline.baseYear + i, move.from, move.phaseInYears ?? 1);
    if (lever.kind === 'growth') {
      const extra = move.add !== undefined ? move.add * phi : ((move.multiply ?? 1) - 1) * phi;
      growth *= 1 + extra;
      if (extra < lever.min || extra > lever.max) throw new FundcastError('levers.extraGrowthOutside', { lever: lever.name, extra, year: timeline.baseYear + i, min: lever.min, max: lever.max });
      if (!(growth >= MIN_GROWTH_FACTOR && growth <= MAX_GROWTH_FACTOR)) {
        throw new FundcastError('levers.compoundsOutside', { lever: lever.name, factor: growth, year: timeline.baseYear + i, min: MIN_GROWTH_FACTOR, max: MAX_GROWTH_FACTOR });
      }
      a[i] *= growth;
    } else if (move.add !== undefined) a[i] += move.add * phi;
    else a[i] *= 1 + ((move.multiply ?? 1) - 1) * phi;
    if (lever.kind !== 'growth' && (a[i] < lever.min || a[i] > lever.max)) {
      throw new FundcastError('levers.outsideBounds', { lever: lever.name, value: a[i], year: timeline.baseYear + i, min: lever.min, max: lever.max });
    }
  }
}
