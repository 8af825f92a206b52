import { accumulatePaths, emptyPartialSummary, gridCount, QUANTITIES, type PartialSummary } from './partialSummary';
import { emptyGrids, setGrid, type QuantileGrids } from './quantileGrid';
import { emptyPathBlock, runPaths } from './runPaths';
import type { KernelModel, PathOptions } from './types';

/** Paths of the pilot that sets the quantile grids: paths 0 … PILOT_PATHS − 1 of the seed, whatever the run's first path. */
export const PILOT_PATHS = 4096;
/** Paths the kernel computes at a time into the block that is then counted (about 10 MB for 2 funds × 30 years: each grid counts 4,096 values at a visit, so its bins are fetched into the cache once for many values). */
export const SUMMARY_STEP = 4096;
const STEP = SUMMARY_STEP;

/**
 * The quantile grids of a run (quantileGrid): from the pilot, paths 0 … PILOT_PATHS − 1 of the seed
 * computed by the kernel — the same paths for every share of a run (firstPath), every thread and
 * every machine, so that their partial summaries merge.
 */
export function pilotGrids(model: KernelModel, seed: string, floorMonths: number): QuantileGrids {
  const block = runPaths(model, { seed, from: 0, to: PILOT_PATHS, floorMonths });
  const Y = block.years;
  const F = block.funds.length;
  const grids = emptyGrids(gridCount(F, Y));
  const column = new Float64Array(PILOT_PATHS);
  block.funds.forEach((cols, f) => {
    [cols.balance, cols.months, cols.income, cols.expenditure, cols.topUp].forEach((col, k) => {
      for (let y = 0; y < Y; y++) {
        for (let p = 0; p < PILOT_PATHS; p++) column[p] = col[p * Y + y];
        setGrid(grids, (f * QUANTITIES.length + k) * Y + y, column);
      }
    });
    for (let p = 0; p < PILOT_PATHS; p++) {
      let total = 0;
      for (let y = 0; y < Y; y++) total += cols.topUp[p * Y + y];
      column[p] = total;
    }
    setGrid(grids, F * QUANTITIES.length * Y + f, column);
  });
  return grids;
}

/**
 * The partial summary of paths [from, to) (partialSummary): the kernel (runPaths) runs STEP paths at
 * a time into one reused block, which is counted into the summary — memory O(STEP + the summary),
 * whatever the number of paths. Added into `into` when given; the paths done are added to `done[0]`
 * (shared memory, read by the calling thread for a progress bar) as they are.
 */
export function summarizeRange(model: KernelModel, grids: QuantileGrids, options: PathOptions, into?: PartialSummary, done?: Uint32Array): PartialSummary {
  const years = model.timeline.endYear - model.timeline.baseYear;
  const out = into ?? emptyPartialSummary(model.funds.length, years, model.bands.length);
  const block = emptyPathBlock(model, options.from, Math.min(STEP, options.to - options.from));
  for (let from = options.from; from < options.to; from += STEP) {
    const to = Math.min(from + STEP, options.to);
    block.from = from;
    runPaths(model, { ...options, from, to }, block);
    accumulatePaths(out, block, to - from, grids, model.bands);
    if (done) Atomics.add(done, 0, to - from);
  }
  return out;
}
