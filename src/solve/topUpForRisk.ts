import type { Assumptions } from '../assumptions/types';
import { FundcastError } from '../errors/FundcastError';
import { simulatePaths, type SimulateOptions } from '../montecarlo/simulate';
import { applyLeverPath } from './applyLeverPath';
import { failureShare } from './riskTarget';

/** The answer of topUpForRisk: a yearly top-up path, its total, and the risk that remains. */
export interface RiskTopUp {
  fund: string;
  floorMonths: number;
  toYear: number;
  /** the extra fiscal subsidy by year (units.money), on top of the scenario's own */
  path: { year: number; amount: number }[];
  total: number;
  /** the multiple k of the yearly (1 − p) quantiles of the least top-up that the path is */
  scale: number;
  /** P(months below the floor in some year up to toYear) with the path, and at a 1 % smaller scale */
  probability: number;
  probabilityBelowScale: number | null;
  paths: number;
}

/**
 * The top-up path that keeps a fund's reserve at or above `floorMonths` in every year up to
 * `toYear` with probability at least 1 − p (the treasury's provision under uncertainty).
 *
 * Shape, then size: the Monte Carlo run gives each path's least top-up by year (the least amount
 * keeping the floor, given earlier top-ups — runPaths); q_y is its (1 − p) quantile across paths in
 * year y. The provision is T_y = k·q_y, paid as extra fiscal subsidy (the `fiscal_subsidy` lever,
 * added to the scenario's own), and k is the smallest multiple, found by bisection on the SAME paths
 * (common random numbers), for which the share of paths falling below the floor in some year is
 * at most p. Year-by-year quantiles alone (k = 1) do not guarantee that: a path short in one year
 * need not be short in another, so the joint condition usually needs k > 1. The bisection stops
 * when k is known to 0.1 %. Cost: about 15–25 simulations.
 */
export async function topUpForRisk(a: Assumptions, o: { fund: string; floorMonths?: number; toYear: number; probability: number; simulation?: SimulateOptions }): Promise<RiskTopUp> {
  const p = o.probability;
  if (!(p > 0 && p < 1)) throw new FundcastError('sensitivity.probability', { found: p });
  const floorMonths = o.floorMonths ?? 3;
  const fundIdx = a.funds.findIndex((f) => f.id === o.fund);
  if (fundIdx < 0) throw new FundcastError('sensitivity.fund', { fund: o.fund, funds: a.funds.map((f) => f.id).join(', ') });
  const sim: SimulateOptions = { paths: 5000, ...o.simulation, floorMonths };
  const base = a.timeline.baseYear;
  const last = Math.min(o.toYear, a.timeline.endYear) - base;
  const target = { kind: 'below' as const, months: floorMonths, toYear: o.toYear };

  const block = await simulatePaths(a, sim);
  const cols = block.funds.find((f) => f.id === o.fund)!;
  const q: number[] = [];
  for (let y = 0; y < last; y++) {
    const v = Array.from({ length: block.count }, (_, p0) => cols.topUp[p0 * block.years + y]).sort((x, z) => x - z);
    q.push(v[Math.min(v.length - 1, Math.ceil((1 - p) * v.length) - 1)]);
  }
  const own = a.funds[fundIdx].fiscalSubsidy;
  const withScale = (k: number) => applyLeverPath(a, { fund: o.fund, lever: 'fiscal_subsidy', path: q.map((qy, y) => ({ year: base + 1 + y, value: own[y + 1] + k * qy })) });
  const cache = new Map<number, number>();
  const share = async (k: number) => {
    const known = cache.get(k);
    if (known !== undefined) return known;
    const s = await failureShare(k === 0 ? a : withScale(k), o.fund, target, sim);
    cache.set(k, s);
    return s;
  };
  const result = (k: number, below: number | null): RiskTopUp => {
    const path = q.map((qy, y) => ({ year: base + 1 + y, amount: k * qy }));
    return { fund: o.fund, floorMonths, toYear: o.toYear, path, total: path.reduce((s, x) => s + x.amount, 0), scale: k, probability: cache.get(k)!, probabilityBelowScale: below, paths: block.count };
  };
  if ((await share(0)) <= p || q.every((v) => v === 0)) return result(0, null);
  let hi = 1;
  while ((await share(hi)) > p && hi < 1024) hi *= 2;
  let lo = hi === 1 ? 0 : hi / 2;
  while (hi - lo > 1e-3 * hi) {
    const mid = (lo + hi) / 2;
    if ((await share(mid)) <= p) hi = mid;
    else lo = mid;
  }
  return result(hi, await share(hi * 0.99));
}
