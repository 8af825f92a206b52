/**
 * Fixed, mergeable histograms for quantiles of many values (a Monte Carlo run's per-year balances,
 * months, flows): the bins of each quantity are set once from a pilot sample, before any value is
 * counted, so two partial counts of the same grids add up exactly — in any order, on any thread or
 * machine — to the count of the whole.
 *
 * Bins of one quantity (G grids side by side in flat typed arrays, plain data for worker threads):
 *   edges e₀ < e₁ < … < e_n: the pilot's values at ranks i·(P − 1)/S (i = 0 … S, S = SEGMENTS) of the
 *   non-zero pilot values, its ends pushed out by a quarter of the pilot's range, 0 (always an
 *   edge: exact zeros — no top-up, say — are counted apart, as an atom), and around each of the
 *   largest runs of pilot values within 1e-12 of each other (a fund pinned at its floor) an edge
 *   below and one just above, so that such a run is one bin;
 *   each segment [e_i, e_{i+1}) split into M = SUB_BINS equal sub-bins; a tail below e₀ and one at or
 *   above e_n; beside the counts, the exact minimum and maximum of the values.
 * Lookup: a 512-cell table over [e₀, e_n] gives the segment of a cell's left end, a step or two
 * corrects it, then the sub-bin is ⌊(x − e_i)·M/(e_{i+1} − e_i)⌋ — a few operations per value.
 *
 * Estimate of the order statistic x₍ⱼ₎ (j = 0 … n − 1, ascending): the bin holding rank j (the bins
 * walked in value order, the zero atom at edge 0); in a bin [a, b) of c values after C smaller ones,
 * a + (j − C + ½)/c·(b − a), within [min, max] (the tails run from the minimum and to the maximum).
 * Exact: x₍₀₎ and x₍ₙ₋₁₎ (the minimum and maximum), the atom, and a bin of a cluster's segment
 * (width ≤ 1e-12 relative: the kernel's own agreement with the reference engine). Otherwise the
 * estimate and x₍ⱼ₎ lie in the same bin, so the estimate's rank is off by at most c − 1: the rank
 * error reported with each estimate.
 */
export interface QuantileGrids {
  /** number of grids */
  count: number;
  /** edges of grid g: edges[g·EDGES + i], i < nEdges[g] */
  edges: Float64Array;
  nEdges: Int32Array;
  /** M / (e_{i+1} − e_i), 0 for a segment of zero width: at g·EDGES + i */
  inverseWidth: Float64Array;
  /** the lookup table: cells[g·CELLS + c] = the segment holding the left end of cell c */
  cells: Uint8Array;
  /** CELLS / (e_n − e₀) (0 when e_n = e₀) */
  cellScale: Float64Array;
}

/** Pilot-quantile segments per grid. */
export const SEGMENTS = 64;
/** Equal sub-bins per segment. */
export const SUB_BINS = 64;
/** Pilot clusters given a segment of their own (the largest first). */
const CLUSTERS = 4;
/** Edge slots per grid: SEGMENTS + 1 pilot points, the two padded ends, the zero edge and two per cluster. */
export const EDGES = SEGMENTS + 4 + 2 * CLUSTERS;
/** Values within this relative distance count as one point (the kernel's agreement with the reference engine). */
const POINT = 1e-12;
/** Cells of the lookup table per grid. */
export const CELLS = 512;
/** Counts per grid: below tail, (EDGES − 1)·SUB_BINS sub-bins, the tail above, the zero atom. */
export const BINS = (EDGES - 1) * SUB_BINS + 3;
/** Index of the zero atom within a grid's counts. */
export const ZERO_BIN = BINS - 1;

/** Room for `count` grids, zero-filled (fill each with setGrid). */
export function emptyGrids(count: number): QuantileGrids {
  return { count, edges: new Float64Array(count * EDGES), nEdges: new Int32Array(count), inverseWidth: new Float64Array(count * EDGES), cells: new Uint8Array(count * CELLS), cellScale: new Float64Array(count) };
}

/** Sets grid g from a pilot sample (NaN values skipped; `pilot` is sorted in place). */
export function setGrid(grids: QuantileGrids, g: number, pilot: Float64Array): void {
  const sorted = pilot.sort();
  const values: number[] = [];
  for (const v of sorted) if (v === v && v !== 0) values.push(v); // NaN and exact zeros left out
  const points = [0];
  if (values.length) {
    const lo = values[0];
    const hi = values[values.length - 1];
    const pad = hi > lo ? (hi - lo) / 4 : Math.abs(hi) / 100;
    points.push(lo - pad, lo, hi, hi + pad);
    for (let i = 1; i < SEGMENTS; i++) points.push(values[Math.round((i * (values.length - 1)) / SEGMENTS)]);
    // runs of pilot values within POINT of each other (a fund pinned at its top-up floor: months
    // 6 ± a few units in the last place) get a segment of their own, so their bin is one point
    const runs: { lo: number; hi: number; n: number }[] = [];
    for (let i = 0; i < values.length; ) {
      let j = i;
      while (j + 1 < values.length && values[j + 1] - values[i] <= POINT * Math.max(Math.abs(values[i]), Math.abs(values[j + 1]))) j++;
      if (j > i) runs.push({ lo: values[i], hi: values[j], n: j - i + 1 });
      i = j + 1;
    }
    for (const r of runs.sort((x, y) => y.n - x.n).slice(0, CLUSTERS)) points.push(r.lo, r.hi + (POINT / 2) * Math.abs(r.hi));
  }
  const edges = [...new Set(points.sort((a, b) => a - b))].filter((e) => Number.isFinite(e));
  const o = g * EDGES;
  grids.nEdges[g] = edges.length;
  edges.forEach((e, i) => (grids.edges[o + i] = e));
  for (let i = 0; i + 1 < edges.length; i++) grids.inverseWidth[o + i] = SUB_BINS / (edges[i + 1] - edges[i]);
  const span = edges[edges.length - 1] - edges[0];
  grids.cellScale[g] = span > 0 ? CELLS / span : 0;
  let s = 0;
  for (let c = 0; c < CELLS; c++) {
    const left = edges[0] + (c * span) / CELLS;
    while (s + 2 < edges.length && edges[s + 1] <= left) s++;
    grids.cells[g * CELLS + c] = s;
  }
}

/** The bin of x (not NaN) in grid g (partialSummary's countValues is the same lookup, its constants hoisted). */
export function binOf(grids: QuantileGrids, g: number, x: number): number {
  if (x === 0) return ZERO_BIN;
  const o = g * EDGES;
  const n = grids.nEdges[g];
  const edges = grids.edges;
  if (x < edges[o]) return 0;
  if (x >= edges[o + n - 1]) return (n - 1) * SUB_BINS + 1;
  let c = Math.floor((x - edges[o]) * grids.cellScale[g]);
  if (c >= CELLS) c = CELLS - 1;
  let s = grids.cells[g * CELLS + c];
  while (x >= edges[o + s + 1]) s++;
  while (s > 0 && x < edges[o + s]) s--;
  let m = Math.floor((x - edges[o + s]) * grids.inverseWidth[o + s]);
  if (m >= SUB_BINS) m = SUB_BINS - 1;
  return 1 + s * SUB_BINS + m;
}

/**
 * The estimates of the order statistics `ranks` (ascending, each 0 … n − 1, n = the grid's count)
 * from grid g's BINS counts (from `bins[at]`) and the exact minimum and maximum, each with its rank
 * error (0 where exact).
 */
export function orderStatistics(grids: QuantileGrids, g: number, bins: Float64Array, at: number, min: number, max: number, ranks: readonly number[]): { value: number; error: number }[] {
  const o = g * EDGES;
  const n = grids.nEdges[g];
  const e = grids.edges;
  let total = 0;
  for (let b = 0; b < BINS; b++) total += bins[at + b];
  const out: { value: number; error: number }[] = [];
  let k = 0;
  let before = 0;
  // the bins in value order
  const visit = (bin: number, a: number, b: number) => {
    const c = bins[at + bin];
    const point = b - a <= POINT * Math.max(Math.abs(a), Math.abs(b));
    while (k < ranks.length && ranks[k] < before + c) {
      const j = ranks[k++];
      if (j === 0) out.push({ value: min, error: 0 });
      else if (j === total - 1) out.push({ value: max, error: 0 });
      else {
        const v = a + ((j - before + 0.5) / c) * (b - a);
        out.push({ value: v < min ? min : v > max ? max : v, error: point ? 0 : c - 1 });
      }
    }
    before += c;
  };
  visit(0, min, e[o]);
  for (let s = 0; s + 1 < n && k < ranks.length; s++) {
    if (e[o + s] === 0) visit(ZERO_BIN, 0, 0);
    const lo = e[o + s];
    const w = (e[o + s + 1] - lo) / SUB_BINS;
    for (let m = 0; m < SUB_BINS; m++) visit(1 + s * SUB_BINS + m, lo + m * w, m + 1 === SUB_BINS ? e[o + s + 1] : lo + (m + 1) * w);
  }
  if (e[o + n - 1] === 0) visit(ZERO_BIN, 0, 0);
  visit((n - 1) * SUB_BINS + 1, e[o + n - 1], max);
  return out;
}
