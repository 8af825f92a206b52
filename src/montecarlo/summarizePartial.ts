import { BINS, orderStatistics, type QuantileGrids } from './quantileGrid';
import { QUANTITIES, type PartialSummary } from './partialSummary';
import { DEFAULT_QUANTILES, fundHead, quantileKey, resultEnvelope, yearDistribution, type Quantiles, type SimulationFund, type SimulationResult, type SimulationYearRow, type SummarizeOptions } from './summarizePaths';
import type { KernelModel } from './types';

/**
 * The Monte Carlo summary of a run from the merged partial summary of all its paths
 * (partialSummary): the same statistics as summarizePaths. Probabilities, counts and the
 * first-deficit and exhaustion years are exact (the same numbers as summarizePaths gives); each
 * quantile is type 7 (h = (n − 1)·q, x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎)) of the grids' estimates
 * of the two order statistics (quantileGrid), the 0 and 1 quantiles exact. `settings` states
 * `quantileMethod: 'histogram'` and `quantileRankError`: the largest rank error of any quantile
 * reported, as a share of the values — (the order statistics' rank error, + 1 when interpolating
 * between two)/n — so each reported value lies between the exact order statistics at ranks
 * (n − 1)·q ∓ that share × n.
 */
export function summarizePartial(model: KernelModel, partial: PartialSummary, grids: QuantileGrids, firstPath: number, options: SummarizeOptions): SimulationResult {
  const qs = [...(options.quantiles ?? DEFAULT_QUANTILES)];
  const { timeline, bands } = model;
  const N = partial.paths;
  const Y = partial.years;
  const B = partial.bands;
  let worst = 0;
  const quantiles = (g: number, n: number): Quantiles => {
    if (n === 0) return Object.fromEntries(qs.map((q) => [quantileKey(q), null]));
    const ranks = new Set<number>();
    const hs = qs.map((q) => {
      const h = (n - 1) * q;
      const lo = Math.floor(h);
      ranks.add(lo).add(Math.min(lo + 1, n - 1));
      return h;
    });
    const sorted = [...ranks].sort((a, b) => a - b);
    const stats = orderStatistics(grids, g, partial.bins, g * BINS, partial.min[g], partial.max[g], sorted);
    const at = new Map(sorted.map((r, i) => [r, stats[i]]));
    return Object.fromEntries(qs.map((q, i) => {
      const h = hs[i];
      const lo = Math.floor(h);
      const a = at.get(lo)!;
      const b = at.get(Math.min(lo + 1, n - 1))!;
      worst = Math.max(worst, (Math.max(a.error, h > lo ? b.error : 0) + (h > lo ? 1 : 0)) / n);
      return [quantileKey(q), a.value + (h - lo) * (b.value - a.value)];
    }));
  };
  const funds = model.funds.map((fund, f): SimulationFund => {
    const g0 = f * QUANTITIES.length * Y;
    const rows: SimulationYearRow[] = [];
    for (let y = 0; y < Y; y++) {
      const fy = f * Y + y;
      const pBelow: Record<string, number> = {};
      let cumulative = 0;
      for (let b = 1; b < B; b++) {
        cumulative += partial.below[fy * B + b - 1];
        pBelow[bands[b].id] = cumulative / N;
      }
      const undefinedMonths = partial.undefinedMonths[fy];
      rows.push({
        year: timeline.baseYear + 1 + y,
        balance: quantiles(g0 + y, N),
        reserveMonths: quantiles(g0 + Y + y, N - undefinedMonths),
        income: quantiles(g0 + 2 * Y + y, N),
        expenditure: quantiles(g0 + 3 * Y + y, N),
        topUp: quantiles(g0 + 4 * Y + y, N),
        pDeficit: partial.deficits[fy] / N,
        pExhaustedBy: partial.exhaustedBy[fy] / N,
        pBelow,
        undefinedMonths,
        deterministic: options.deterministic[f][y],
      });
    }
    const slice = (a: Float64Array) => a.subarray(f * (Y + 1), (f + 1) * (Y + 1));
    return {
      ...fundHead(fund, options.floorMonths),
      rows,
      firstDeficitYear: yearDistribution(slice(partial.firstDeficit), N, timeline.baseYear + 1, qs),
      exhaustionYear: yearDistribution(slice(partial.exhaustion), N, timeline.baseYear + 1, qs),
      topUpTotal: quantiles(model.funds.length * QUANTITIES.length * Y + f, N),
      pTopUp: partial.anyTopUp[f] / N,
    };
  });
  const result = resultEnvelope(model, { paths: N, firstPath, seed: options.seed, quantiles: qs, floorMonths: options.floorMonths }, funds);
  result.settings.quantileMethod = 'histogram';
  result.settings.quantileRankError = worst;
  return result;
}
