import { FundcastError } from '../errors/FundcastError';
import { bandIndex } from '../indicators/classifyBand';
import type { Band } from '../results/types';
import { BINS, CELLS, EDGES, SUB_BINS, ZERO_BIN, type QuantileGrids } from './quantileGrid';
import type { PathBlock } from './types';

/**
 * The statistics of some paths of a Monte Carlo run, kept so that the partial summaries of any
 * split of the paths merge (mergePartialSummary) into exactly the summary of all of them: counts
 * (integers, added) and, for quantiles, fixed-bin counts and each quantity's exact minimum and
 * maximum (quantileGrid: the bins set from the pilot before counting; extremes merge by min and max).
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
  /** per grid, BINS counts */
  bins: Float64Array;
  /** per grid, the smallest and the largest value counted (±Infinity while none) */
  min: Float64Array;
  max: Float64Array;
}

/** The quantities with per-year quantiles, in grid order. */
export const QUANTITIES = ['balance', 'reserveMonths', 'income', 'expenditure', 'topUp'] as const;

/** Number of grids of a run: 5 quantities × years per fund, and each fund's top-up total. */
export function gridCount(funds: number, years: number): number {
  return funds * (QUANTITIES.length * years + 1);
}

const FIELDS = ['deficits', 'exhaustedBy', 'undefinedMonths', 'below', 'firstDeficit', 'exhaustion', 'anyTopUp', 'bins', 'min', 'max'] as const;

/** The lengths of a partial summary's arrays, in FIELDS order. */
function fieldLengths(funds: number, years: number, bands: number): number[] {
  const G = gridCount(funds, years);
  const fy = funds * years;
  return [fy, fy, fy, fy * bands, funds * (years + 1), funds * (years + 1), funds, G * BINS, G, G];
}

/**
 * The partial summary whose arrays are views of `data` (as partialData gives): a header of four
 * numbers (paths, funds, years, bands), then the arrays in FIELDS order.
 */
export function partialFromData(data: Float64Array): PartialSummary {
  const [paths, funds, years, bands] = data;
  const out = { paths, funds, years, bands } as PartialSummary;
  let at = 4;
  fieldLengths(funds, years, bands).forEach((n, i) => {
    out[FIELDS[i]] = data.subarray(at, at + n);
    at += n;
  });
  return out;
}

/** The one array that holds a partial summary made by emptyPartialSummary, its header brought up to date: sent between threads without a copy (transferred). */
export function partialData(p: PartialSummary): Float64Array {
  const data = new Float64Array(p.bins.buffer);
  data.set([p.paths, p.funds, p.years, p.bands]);
  return data;
}

/** A partial summary of no paths: its arrays views of one buffer (partialData). */
export function emptyPartialSummary(funds: number, years: number, bands: number): PartialSummary {
  const lengths = fieldLengths(funds, years, bands);
  const data = new Float64Array(4 + lengths.reduce((a, b) => a + b, 0));
  data.set([0, funds, years, bands]);
  const p = partialFromData(data);
  p.min.fill(Infinity);
  p.max.fill(-Infinity);
  return p;
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
  const K = QUANTITIES.length;
  const { deficits, exhaustedBy, undefinedMonths, below, firstDeficit, exhaustion, anyTopUp } = into;
  const totals = new Float64Array(count);
  for (let f = 0; f < F; f++) {
    const { income, expenditure, balance, months, topUp } = block.funds[f];
    // the counts, path by path
    for (let p = 0; p < count; p++) {
      let firstDef = -1;
      let exhausted = -1;
      let total = 0;
      for (let y = 0, at = p * Y; y < Y; y++, at++) {
        const fy = f * Y + y;
        if (income[at] - expenditure[at] < 0) {
          deficits[fy]++;
          if (firstDef < 0) firstDef = y;
        }
        if (exhausted < 0 && balance[at] < 0) exhausted = y;
        if (exhausted >= 0) exhaustedBy[fy]++;
        total += topUp[at];
        const m = months[at];
        if (m !== m) undefinedMonths[fy]++;
        else below[fy * B + bandIndex(m, bands)]++;
      }
      firstDeficit[f * (Y + 1) + (firstDef < 0 ? Y : firstDef)]++;
      exhaustion[f * (Y + 1) + (exhausted < 0 ? Y : exhausted)]++;
      if (total > 0) anyTopUp[f]++;
      totals[p] = total;
    }
    // the values into their grids, one grid at a time (its bins stay in cache)
    const columns = [balance, months, income, expenditure, topUp];
    for (let k = 0; k < K; k++) {
      const col = columns[k];
      for (let y = 0; y < Y; y++) countValues(into, grids, (f * K + k) * Y + y, col, y, Y, count);
    }
    countValues(into, grids, F * K * Y + f, totals, 0, 1, count);
  }
  into.paths += count;
}

/** Counts values[first + p·stride], p = 0 … count − 1 (NaN skipped), into grid g's bins: binOf with the grid's constants hoisted. */
function countValues(into: PartialSummary, grids: QuantileGrids, g: number, values: Float64Array, first: number, stride: number, count: number): void {
  const bins = into.bins;
  const at = g * BINS;
  let least = into.min[g];
  let most = into.max[g];
  const { edges, inverseWidth, cells } = grids;
  const o = g * EDGES;
  const n = grids.nEdges[g];
  const lo = edges[o];
  const hi = edges[o + n - 1];
  const scale = grids.cellScale[g];
  // the module's constants as locals: an imported binding may be a getter call in the loop
  const M = SUB_BINS;
  const lastCell = CELLS - 1;
  const zero = ZERO_BIN;
  const co = g * CELLS;
  const above = (n - 1) * M + 1;
  for (let p = 0, i = first; p < count; p++, i += stride) {
    const x = values[i];
    if (x !== x) continue;
    let bin: number;
    if (x === 0) bin = zero;
    else if (x < lo) bin = 0;
    else if (x >= hi) bin = above;
    else {
      let c = ((x - lo) * scale) | 0;
      if (c > lastCell) c = lastCell;
      let s = cells[co + c];
      while (x >= edges[o + s + 1]) s++;
      while (s > 0 && x < edges[o + s]) s--;
      let m = ((x - edges[o + s]) * inverseWidth[o + s]) | 0;
      if (m >= M) m = M - 1;
      bin = 1 + s * M + m;
    }
    bins[at + bin]++;
    if (x < least) least = x;
    if (x > most) most = x;
  }
  into.min[g] = least;
  into.max[g] = most;
}

/** Adds partial summary `from` into `into` (the same run's layout): exact, in any order. */
export function mergePartialSummary(into: PartialSummary, from: PartialSummary): PartialSummary {
  if (into.funds !== from.funds || into.years !== from.years || into.bands !== from.bands) throw new FundcastError('montecarlo.partialMismatch', { expected: `${into.funds} × ${into.years} × ${into.bands}`, found: `${from.funds} × ${from.years} × ${from.bands}` });
  into.paths += from.paths;
  for (const key of FIELDS.slice(0, 7)) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
  const a = into.bins;
  const b = from.bins;
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  for (let g = 0; g < into.min.length; g++) {
    if (from.min[g] < into.min[g]) into.min[g] = from.min[g];
    if (from.max[g] > into.max[g]) into.max[g] = from.max[g];
  }
  return into;
}
