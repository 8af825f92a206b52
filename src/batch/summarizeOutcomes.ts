import { quantile } from '../montecarlo/quantile';
import { rankRegions, type RankedRegion } from '../regions/rankRegions';
import type { MergedJob } from './mergePartials';

/** The statistics of one (scenario, rule, entity) over its paths. */
export interface OutcomeSummary {
  scenario: string;
  rule: string;
  entity: string;
  paths: number;
  /** share of paths with a current deficit by the end year */
  probabilityOfDeficit: number;
  /** share of paths whose balance is exhausted by the end year */
  probabilityOfExhaustion: number;
  /** the year by which at least half of the paths are exhausted (null: fewer than half by the end) */
  medianExhaustionYear: number | null;
  /** the same for the first deficit */
  medianFirstDeficitYear: number | null;
  /** mean and 95th percentile (type 7) of the top-up per insured person, yuan */
  meanTopUpPerInsured: number;
  p95TopUpPerInsured: number;
  /** P(exhausted by year y) for y = first year … end year */
  exhaustedBy: number[];
}

/** The finished statistics of a merged job: summaries, and per scenario and rule the regions ranked. */
export interface BatchSummary {
  summaries: OutcomeSummary[];
  rankings: { scenario: string; rule: string; ranking: RankedRegion[] }[];
}

/** The smallest year y with P(year ≤ y) ≥ ½, from the sorted years of the paths that have one (n paths in all). */
function medianYear(years: number[], n: number): number | null {
  const k = Math.ceil(n / 2);
  return years.length >= k && k > 0 ? years[k - 1] : null;
}

/**
 * Finalises a merged batch job: groups the outcome rows by (scenario, rule, entity) in the order
 * they first appear and computes each group's statistics (OutcomeSummary), then ranks each
 * scenario's regions under each rule (rankRegions, with the median exhaustion and first-deficit
 * years, the probability of exhaustion and the mean top-up per insured). A function of the rows
 * alone, so any split into shards gives the same summary.
 */
export function summarizeOutcomes(job: MergedJob): BatchSummary {
  const c = job.columns;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < c.path.length; i++) {
    const key = `${c.scenario[i]}\0${c.rule[i]}\0${c.entity[i]}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  const info = new Map(job.scenarios.map((s) => [s.id, s]));
  const summaries: OutcomeSummary[] = [];
  for (const rows of groups.values()) {
    const i0 = rows[0];
    const s = info.get(c.scenario[i0])!;
    const n = rows.length;
    const exhaustion = rows.map((i) => c.exhaustion_year[i]).filter((y): y is number => y !== null).sort((a, b) => a - b);
    const deficit = rows.map((i) => c.first_deficit_year[i]).filter((y): y is number => y !== null).sort((a, b) => a - b);
    const topUps = Float64Array.from(rows, (i) => c.top_up_per_insured[i]).sort();
    let sum = 0;
    for (const i of rows) sum += c.top_up_per_insured[i];
    const exhaustedBy: number[] = [];
    let k = 0;
    for (let y = s.firstYear; y <= s.endYear; y++) {
      while (k < exhaustion.length && exhaustion[k] <= y) k++;
      exhaustedBy.push(k / n);
    }
    summaries.push({
      scenario: c.scenario[i0],
      rule: c.rule[i0],
      entity: c.entity[i0],
      paths: n,
      probabilityOfDeficit: deficit.length / n,
      probabilityOfExhaustion: exhaustion.length / n,
      medianExhaustionYear: medianYear(exhaustion, n),
      medianFirstDeficitYear: medianYear(deficit, n),
      meanTopUpPerInsured: sum / n,
      p95TopUpPerInsured: quantile(topUps, 0.95) ?? 0,
      exhaustedBy,
    });
  }
  const rankings: BatchSummary['rankings'] = [];
  for (const s of job.scenarios) {
    const names = new Map(s.regions.map((r) => [r.id, r]));
    const rules = [...new Set(summaries.filter((x) => x.scenario === s.id).map((x) => x.rule))];
    for (const rule of rules) {
      const regions = summaries.filter((x) => x.scenario === s.id && x.rule === rule && names.has(x.entity));
      rankings.push({
        scenario: s.id,
        rule,
        ranking: rankRegions(regions.map((x) => ({ id: x.entity, name: names.get(x.entity)!.name, nameZh: names.get(x.entity)!.nameZh, firstDeficitYear: x.medianFirstDeficitYear, exhaustionYear: x.medianExhaustionYear, probabilityOfExhaustion: x.probabilityOfExhaustion, topUpPerInsured: x.meanTopUpPerInsured }))),
      });
    }
  }
  return { summaries, rankings };
}

const cell = (x: number | null) => (x === null ? '' : String(x));

/**
 * The merged job's text files, by name: `summary.csv` (one line per scenario, rule and entity),
 * `exhausted-by-year.csv` (P(exhausted by year) per scenario, rule, entity and year) and
 * `ranking.csv` (regions ranked per scenario and rule). Numbers as JavaScript prints them.
 */
export function batchSummaryFiles(job: MergedJob, summary: BatchSummary): Record<string, string> {
  const lines = ['scenario,rule,entity,paths,probability_of_deficit,probability_of_exhaustion,median_exhaustion_year,median_first_deficit_year,mean_top_up_per_insured,p95_top_up_per_insured'];
  const byYear = ['scenario,rule,entity,year,probability_exhausted'];
  const info = new Map(job.scenarios.map((s) => [s.id, s]));
  for (const s of summary.summaries) {
    lines.push([s.scenario, s.rule, s.entity, s.paths, s.probabilityOfDeficit, s.probabilityOfExhaustion, cell(s.medianExhaustionYear), cell(s.medianFirstDeficitYear), s.meanTopUpPerInsured, s.p95TopUpPerInsured].join(','));
    const first = info.get(s.scenario)!.firstYear;
    s.exhaustedBy.forEach((p, t) => byYear.push([s.scenario, s.rule, s.entity, first + t, p].join(',')));
  }
  const ranking = ['scenario,rule,rank,region,probability_of_exhaustion,median_exhaustion_year,median_first_deficit_year,mean_top_up_per_insured'];
  for (const r of summary.rankings) for (const x of r.ranking) ranking.push([r.scenario, r.rule, x.rank, x.id, cell(x.probabilityOfExhaustion), cell(x.exhaustionYear), cell(x.firstDeficitYear), x.topUpPerInsured].join(','));
  return { 'summary.csv': lines.join('\n') + '\n', 'exhausted-by-year.csv': byYear.join('\n') + '\n', 'ranking.csv': ranking.join('\n') + '\n' };
}
