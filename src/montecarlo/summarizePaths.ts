import { bandIndex } from '../indicators/classifyBand';
import { fundcastVersion } from '../results/fundcastVersion';
import { quantile } from './quantile';
import type { FundPaths, KernelModel, PathBlock } from './types';

/** The default quantiles reported per year: 2.5, 10, 25, 50, 75, 90 and 97.5%. */
export const DEFAULT_QUANTILES: readonly number[] = Object.freeze([0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975]);

/** Quantiles of one quantity, keyed `p2.5`, `p10`, … (null where no path has a value). */
export type Quantiles = Record<string, number | null>;

/** How often an event first happens in each year, and not within the horizon. */
export interface YearDistribution {
  /** share of paths whose event first happens in each projected year (0 where none) */
  byYear: { year: number; share: number }[];
  /** share of paths where it does not happen by the end year */
  notWithinHorizon: number;
  /** quantiles of the year: the earliest year y with P(first year ≤ y) ≥ q; null when that is beyond the horizon */
  quantiles: Quantiles;
}

/**
 * One year of a fund's Monte Carlo summary: quantiles of balance, months of reserve, income,
 * expenditure and top-up.
 */
export interface SimulationYearRow {
  year: number;
  balance: Quantiles;
  reserveMonths: Quantiles;
  income: Quantiles;
  expenditure: Quantiles;
  topUp: Quantiles;
  /** P(current deficit in this year): share of paths with income < expenditure */
  pDeficit: number;
  /** P(the balance has been negative in some year up to this one) */
  pExhaustedBy: number;
  /** for each band but the lowest, P(months of reserve fall in a lower band this year) */
  pBelow: Record<string, number>;
  /** paths whose months are undefined this year (basis expenditure ≤ 0); left out of months' quantiles and pBelow */
  undefinedMonths: number;
  /** the deterministic projection (every shock at zero), for reference */
  deterministic: { balance: number; reserveMonths: number | null };
}

/**
 * One fund's Monte Carlo summary: quantiles by year and the probabilities of deficit, exhaustion
 * and a top-up.
 */
export interface SimulationFund {
  id: string;
  name: string;
  nameZh: string | null;
  /** 'rule': topUp is what the fund's treasury_top_up rule paid; 'floor': the least top-up keeping months ≥ floorMonths */
  topUpBasis: 'rule' | 'floor';
  floorMonths: number;
  rows: SimulationYearRow[];
  firstDeficitYear: YearDistribution;
  exhaustionYear: YearDistribution;
  /** quantiles of the top-ups summed over the horizon, and the share of paths needing any */
  topUpTotal: Quantiles;
  pTopUp: number;
}

/**
 * Summary of a Monte Carlo run, plain data: the JSON of `fundcast simulate --format json`. It
 * depends only on the scenario, the seed and the paths — never on threads or chunking.
 */
export interface SimulationResult {
  /** `hash`: SHA-256 of the resolved scenario (as in `fundcast run`; levers moved change it, the stream key does not use it) */
  scenario: { id: string; name: string; nameZh: string | null; baseYear: number; endYear: number; files: string[]; hash: string };
  fundcastVersion: string;
  /**
   * `quantileMethod` and `quantileRankError` appear only when the quantiles come from the merged
   * histograms of a large run (summarizePartial): the largest rank error of a reported quantile, as
   * a share of the paths. Absent: every quantile is exact (type 7 of the sorted values).
   */
  settings: { paths: number; firstPath: number; seed: string; streamHash: string | null; quantiles: number[]; floorMonths: number; quantileMethod?: 'histogram'; quantileRankError?: number };
  unit: { money: string };
  bands: { id: string; labelEn: string; labelZh: string; lower: number | null }[];
  funds: SimulationFund[];
}

export interface SummarizeOptions {
  seed: string;
  floorMonths: number;
  quantiles?: readonly number[];
  /** the deterministic rows (balance, months) of each fund, by fund and projected year */
  deterministic: { balance: number; reserveMonths: number | null }[][];
}

/** `p2.5`, `p10`, `p50`, … */
export function quantileKey(q: number): string {
  return `p${Number((q * 100).toPrecision(12))}`;
}

/**
 * Statistics of all paths (a PathBlock holding every path of the run). Exact: quantiles sort each
 * year's N values (quantile, type 7); probabilities are counts over N. Memory: the block itself,
 * 5 × funds × years × N doubles (e.g. 14 MB for 5,000 paths, 2 funds, 36 years), plus one sorted
 * copy of one column at a time.
 */
export function summarizePaths(model: KernelModel, block: PathBlock, options: SummarizeOptions): SimulationResult {
  const qs = [...(options.quantiles ?? DEFAULT_QUANTILES)];
  const { timeline, bands } = model;
  const N = block.count;
  const years = block.years;
  const scratch = new Float64Array(N);
  const sortedColumn = (col: Float64Array, y: number): Float64Array => {
    let n = 0;
    for (let p = 0; p < N; p++) {
      const v = col[p * years + y];
      if (!Number.isNaN(v)) scratch[n++] = v;
    }
    return scratch.subarray(0, n).sort();
  };
  const quantiles = (sorted: Float64Array): Quantiles => Object.fromEntries(qs.map((q) => [quantileKey(q), quantile(sorted, q)]));

  const funds = model.funds.map((fund, f): SimulationFund => {
    const cols: FundPaths = block.funds[f];
    const firstDeficit = new Int32Array(N).fill(-1);
    const exhausted = new Int32Array(N).fill(-1);
    const topUpTotal = new Float64Array(N);
    const rows: SimulationYearRow[] = [];
    for (let y = 0; y < years; y++) {
      let deficits = 0;
      let exhaustedBy = 0;
      let undefinedMonths = 0;
      const below = new Int32Array(bands.length);
      for (let p = 0; p < N; p++) {
        const at = p * years + y;
        if (cols.income[at] - cols.expenditure[at] < 0) {
          deficits++;
          if (firstDeficit[p] < 0) firstDeficit[p] = y;
        }
        if (exhausted[p] < 0 && cols.balance[at] < 0) exhausted[p] = y;
        if (exhausted[p] >= 0) exhaustedBy++;
        topUpTotal[p] += cols.topUp[at];
        const m = cols.months[at];
        if (Number.isNaN(m)) undefinedMonths++;
        else below[bandIndex(m, bands)]++;
      }
      const pBelow: Record<string, number> = {};
      let cumulative = 0;
      for (let b = 1; b < bands.length; b++) {
        cumulative += below[b - 1];
        pBelow[bands[b].id] = cumulative / N;
      }
      rows.push({
        year: timeline.baseYear + 1 + y,
        balance: quantiles(sortedColumn(cols.balance, y)),
        reserveMonths: quantiles(sortedColumn(cols.months, y)),
        income: quantiles(sortedColumn(cols.income, y)),
        expenditure: quantiles(sortedColumn(cols.expenditure, y)),
        topUp: quantiles(sortedColumn(cols.topUp, y)),
        pDeficit: deficits / N,
        pExhaustedBy: exhaustedBy / N,
        pBelow,
        undefinedMonths,
        deterministic: options.deterministic[f][y],
      });
    }
    const anyTopUp = topUpTotal.reduce((n, t) => n + (t > 0 ? 1 : 0), 0);
    return {
      ...fundHead(fund, options.floorMonths),
      rows,
      firstDeficitYear: yearDistribution(firstYearCounts(firstDeficit, years), N, timeline.baseYear + 1, qs),
      exhaustionYear: yearDistribution(firstYearCounts(exhausted, years), N, timeline.baseYear + 1, qs),
      topUpTotal: quantiles(topUpTotal.slice().sort()),
      pTopUp: anyTopUp / N,
    };
  });
  return resultEnvelope(model, { paths: N, firstPath: block.from, seed: options.seed, quantiles: qs, floorMonths: options.floorMonths }, funds);
}

/** A fund's names and the basis of its top-up figures: its treasury_top_up rule, else the least top-up keeping `floorMonths`. */
export function fundHead(fund: KernelModel['funds'][number], floorMonths: number): Pick<SimulationFund, 'id' | 'name' | 'nameZh' | 'topUpBasis' | 'floorMonths'> {
  return { id: fund.id, name: fund.name, nameZh: fund.nameZh, topUpBasis: fund.rules.topUp ? 'rule' : 'floor', floorMonths: fund.rules.topUp ? fund.rules.topUp.floorMonths : floorMonths };
}

/** A summary's scenario, settings, unit and bands around its funds' statistics. */
export function resultEnvelope(model: KernelModel, s: { paths: number; firstPath: number; seed: string; quantiles: number[]; floorMonths: number }, funds: SimulationFund[]): SimulationResult {
  const { timeline, bands } = model;
  return {
    scenario: { id: model.scenario.id, name: model.scenario.name, nameZh: model.scenario.nameZh, baseYear: timeline.baseYear, endYear: timeline.endYear, files: model.scenario.files, hash: model.scenario.hash },
    fundcastVersion: fundcastVersion(),
    settings: { paths: s.paths, firstPath: s.firstPath, seed: s.seed, streamHash: model.stochastic?.hash ?? null, quantiles: s.quantiles, floorMonths: s.floorMonths },
    unit: { money: model.units.money },
    bands: bands.map((b) => ({ id: b.id, labelEn: b.labelEn, labelZh: b.labelZh, lower: b.lower })),
    funds,
  };
}

/** Paths whose event first happens in each year index (0 … years − 1), and (last) not within the horizon, from each path's first index (−1: none). */
function firstYearCounts(first: Int32Array, years: number): Float64Array {
  const counts = new Float64Array(years + 1);
  for (let p = 0; p < first.length; p++) counts[first[p] < 0 ? years : first[p]]++;
  return counts;
}

/**
 * Distribution of first years from `counts` (years + 1 values: paths whose event first happens in
 * each year index, the last those where it does not happen within the horizon) of N paths. The
 * q-quantile is the year of the order statistic k = min(N − 1, max(0, ⌈q·N⌉ − 1)) of the first years,
 * "not within the horizon" sorting after every year (then null): the earliest year y with
 * (paths first in a year ≤ y) > k.
 */
export function yearDistribution(counts: Float64Array, N: number, firstYear: number, qs: number[]): YearDistribution {
  const years = counts.length - 1;
  const quantiles: Quantiles = Object.fromEntries(qs.map((q) => {
    const k = Math.min(N - 1, Math.max(0, Math.ceil(q * N) - 1));
    let cumulative = 0;
    for (let y = 0; y < years; y++) {
      cumulative += counts[y];
      if (cumulative > k) return [quantileKey(q), firstYear + y];
    }
    return [quantileKey(q), null];
  }));
  return { byYear: Array.from(counts.subarray(0, years), (c, y) => ({ year: firstYear + y, share: c / N })), notWithinHorizon: counts[years] / N, quantiles };
}
