import { bandIndex } from '../indicators/classifyBand';
import type { Band } from '../results/types';
import { BINS, binOf, type QuantileGrids } from './quantileGrid';
import type { PathBlock } from './types';

/**
 * The statistics of some paths of a Monte Carlo run, kept so that the partial summaries of any
 * split of the paths merge (mergePartialSummary) into exactly the summary of all of them: counts
 * (integers, added) and, for quantiles, fixed-bin counts with each bin's smallest and largest value
 * (quantileGrid: the bins set from the pilot before counting; extremes merge by min and max).
 * Its size is O(funds × years × BINS), never O(paths). Plain data (typed arrays): it crosses to
 * and from worker threads by structured cloning.
 *
 * Per fund f and projected year y (index f·years + y): paths with a current deficit, exhausted by
 * the year (a balance below zero in this year or an earlier one), with undefined months, and in
 * each band (index (f·years + y)·bands + b); per fund the first-deficit and exhaustion year counts
 * (years + 1 slots, the last = not within the horizon) and the paths with any top-up. Quantities,
 * grid g = (f·5 + k)·years + y with k = balance, months, income, expenditure, top-up, and
 * g = funds·5·years + f for the top-up summed over the horizon.
 */
export interface PartialSummary {
  paths: number;
  funds: number;
  years: number;
  bands: number;
  deficits: Float64Array;
  exhaustedBy: Float64Array;
  undefinedMonths: Float64Array;
  below: Float64Array;
  firstDeficit: Float64Array;
  exhaustion: Float64Array;
  anyTopUp: Float64Array;
  /** BINS counts per grid (a bin holds at most 2³² − 1 values) */
  counts: Uint32Array;
  /** the smallest and largest value counted in each bin (±Infinity while empty) */
  lows: Float64Array;
  highs: Float64Array;
}

/** The quantities with per-year quantiles, in grid order. */
export const QUANTITIES = ['balance', 'reserveMonths', 'income', 'expenditure', 'topUp'] as const;

/** Number of grids of a run: 5 quantities × years per fund, and each fund's top-up total. */
export function gridCount(funds: number, years: number): number {
  return funds * (QUANTITIES.length * years + 1);
}

/** A partial summary of no paths. */
export function emptyPartialSummary(funds: number, years: number, bands: number): PartialSummary {
  const G = gridCount(funds, years);
  const fy = funds * years;
  return {
    paths: 0,
    funds,
    years,
    bands,
    deficits: new Float64Array(fy),
    exhaustedBy: new Float64Array(fy),
    undefinedMonths: new Float64Array(fy),
    below: new Float64Array(fy * bands),
    firstDeficit: new Float64Array(funds * (years + 1)),
    exhaustion: new Float64Array(funds * (years + 1)),
    anyTopUp: new Float64Array(funds),
    counts: new Uint32Array(G * BINS),
    lows: new Float64Array(G * BINS).fill(Infinity),
    highs: new Float64Array(G * BINS).fill(-Infinity),
  };
}

/**
 * Adds the paths of a block (a chunk of a run: `count` paths from `block`'s first) to a partial
 * summary: the counts above, each value into its grid. The definitions are summarizePaths': a
 * deficit is income − expenditure < 0; exhausted by year y when the balance was < 0 in y or before;
 * the band by bandIndex; months NaN (undefined) count apart and stay out of the months' grid.
 */
export function accumulatePaths(into: PartialSummary, block: PathBlock, count: number, grids: QuantileGrids, bands: readonly Band[]): void {
  const Y = into.years;
  const F = into.funds;
  const B = into.bands;
  const { deficits, exhaustedBy, undefinedMonths, below, firstDeficit, exhaustion, anyTopUp, counts, lows, highs } = into;
  const add = (g: number, x: number) => {
    const i = g * BINS + binOf(grids, g, x);
    counts[i]++;
    if (x < lows[i]) lows[i] = x;
    if (x > highs[i]) highs[i] = x;
  };
  for (let f = 0; f < F; f++) {
    const { income, expenditure, balance, months, topUp } = block.funds[f];
    const g0 = f * QUANTITIES.length * Y;
    const gTotal = F * QUANTITIES.length * Y + f;
    for (let p = 0; p < count; p++) {
      let firstDef = -1;
      let exhausted = -1;
      let total = 0;
      const row = p * Y;
      for (let y = 0; y < Y; y++) {
        const at = row + y;
        const fy = f * Y + y;
        const inc = income[at];
        const exp = expenditure[at];
        const bal = balance[at];
        const m = months[at];
        const t = topUp[at];
        if (inc - exp < 0) {
          deficits[fy]++;
          if (firstDef < 0) firstDef = y;
        }
        if (exhausted < 0 && bal < 0) exhausted = y;
        if (exhausted >= 0) exhaustedBy[fy]++;
        total += t;
        if (m !== m) undefinedMonths[fy]++;
        else {
          below[fy * B + bandIndex(m, bands)]++;
          add(g0 + Y + y, m);
        }
        add(g0 + y, bal);
        add(g0 + 2 * Y + y, inc);
        add(g0 + 3 * Y + y, exp);
        add(g0 + 4 * Y + y, t);
      }
      firstDeficit[f * (Y + 1) + (firstDef < 0 ? Y : firstDef)]++;
      exhaustion[f * (Y + 1) + (exhausted < 0 ? Y : exhausted)]++;
      if (total > 0) anyTopUp[f]++;
      add(gTotal, total);
    }
  }
  into.paths += count;
}

/** Adds partial summary `from` into `into` (the same run's layout): exact, in any order. */
export function mergePartialSummary(into: PartialSummary, from: PartialSummary): PartialSummary {
  if (into.funds !== from.funds || into.years !== from.years || into.bands !== from.bands) throw new Error('partial summaries of different runs');
  into.paths += from.paths;
  for (const key of ['deficits', 'exhaustedBy', 'undefinedMonths', 'below', 'firstDeficit', 'exhaustion', 'anyTopUp', 'counts'] as const) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
  const { lows, highs } = into;
  for (let i = 0; i < lows.length; i++) {
    if (from.lows[i] < lows[i]) lows[i] = from.lows[i];
    if (from.highs[i] > highs[i]) highs[i] = from.highs[i];
  }
  return into;
}
