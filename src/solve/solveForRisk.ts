import type { Assumptions } from '../assumptions/types';
import { FundcastError } from '../errors/FundcastError';
import { applyLever } from './applyLever';
import { findLever } from '../levers/leverRegistry';
import type { SimulateOptions } from '../montecarlo/simulate';
import { failureShare, type RiskTarget } from './riskTarget';

/** Options of a solve under uncertainty: the fund, lever and target, the largest acceptable probability of failure, the first year, bounds and the Monte Carlo settings. */
export interface RiskSolveOptions {
  fund: string;
  lever: string;
  target: RiskTarget;
  /** the largest acceptable probability of failure, e.g. 0.1 */
  probability: number;
  /** first year the lever takes its new value (default: the first projected year) */
  from?: number;
  /** search bounds (default: the lever's natural bounds, capped to ±1 for rates and growths) */
  min?: number;
  max?: number;
  /** Monte Carlo settings: paths (default 5,000), seed, threads, pool … */
  simulation?: SimulateOptions;
}

/** What a solve under uncertainty returns: the least favourable lever value keeping P(failure) within the limit, or why none exists within the bounds. */
export type RiskSolveResult =
  | {
      feasible: true;
      /** the least favourable value of the lever with P(failure) ≤ p: the lowest when a higher value helps */
      value: number;
      /** P(failure) at that value, and on the other side of it (within the search tolerance) */
      probability: number;
      probabilityBeyond: number;
      direction: 'min' | 'max';
      /**
       * Monte Carlo error of the answer, ascending: the values the same search gives for p ∓ 1.96·√(p(1 − p)/N)
       * — where the answer would lie if the true probability at it were at either end of the binomial
       * 95 % interval of the estimate (null where that search has no answer within the bounds).
       */
      interval: [number | null, number | null];
      paths: number;
      evaluations: number;
    }
  | { feasible: false; reason: { en: string; zh: string }; probabilityAtBest: number; best: number; paths: number; evaluations: number };

/**
 * Solver under uncertainty: the lowest value of a lever (the highest, for a lever whose increase
 * hurts the fund, e.g. cost growth) such that the probability that the fund fails the target is at
 * most p, e.g. "the employer rate that keeps the chance of falling below 3 months by 2035 under 10 %".
 *
 * Every candidate value is simulated on the SAME paths (common random numbers: the seed keys the
 * draws, the lever does not), so the failure share F(x) is a step function, monotone when a higher
 * value helps every path, and the search is an exact bisection on it: F is evaluated at the bounds,
 * the direction read off, then the bracket halved until it is narrower than 1e-6 (relative to the
 * value's size). Cost: about 25 simulations per answer, three answers (the estimate and its
 * interval). Without an answer within the bounds it says so, with the best probability reached.
 */
export async function solveForRisk(a: Assumptions, o: RiskSolveOptions): Promise<RiskSolveResult> {
  const p = o.probability;
  if (!(p > 0 && p < 1)) throw new FundcastError('sensitivity.probability', { found: p });
  const fund = a.funds.find((f) => f.id === o.fund);
  if (!fund) throw new FundcastError('sensitivity.fund', { fund: o.fund, funds: a.funds.map((f) => f.id).join(', ') });
  const lever = findLever(o.lever, fund.scheme);
  // rates and growths search within ±1 at most; amounts and levels within the lever's own bounds
  const unitScale = lever.kind === 'rate' || lever.kind === 'growth';
  const min = o.min ?? (unitScale ? Math.max(lever.min, -1) : lever.min);
  const max = o.max ?? (unitScale ? Math.min(lever.max, 1) : lever.max);
  if (!(min < max)) throw new FundcastError('sensitivity.bounds', { lever: o.lever, min, max });
  const sim = { paths: 5000, ...o.simulation };
  let evaluations = 0;
  const cache = new Map<number, number>();
  const share = async (x: number): Promise<number> => {
    const known = cache.get(x);
    if (known !== undefined) return known;
    evaluations++;
    const s = await failureShare(applyLever(a, { fund: o.fund, lever: o.lever, value: x, from: o.from }), o.fund, o.target, sim);
    cache.set(x, s);
    return s;
  };
  const atMin = await share(min);
  const atMax = await share(max);
  const direction: 'min' | 'max' = atMax <= atMin ? 'min' : 'max';
  const N = sim.paths;
  /** the least favourable x with F(x) ≤ q: bisection between a failing and a passing end */
  const search = async (q: number): Promise<{ x: number; fx: number; beyond: number } | null> => {
    let good = direction === 'min' ? max : min;
    let bad = direction === 'min' ? min : max;
    if ((await share(good)) > q) return null;
    if ((await share(bad)) <= q) return { x: bad, fx: await share(bad), beyond: await share(bad) };
    while (Math.abs(good - bad) > 1e-6 * Math.max(1, Math.abs(good))) {
      const mid = (good + bad) / 2;
      if ((await share(mid)) <= q) good = mid;
      else bad = mid;
    }
    return { x: good, fx: await share(good), beyond: await share(bad) };
  };
  const answer = await search(p);
  if (!answer) {
    const bestX = direction === 'min' ? max : min;
    return {
      feasible: false,
      best: bestX,
      probabilityAtBest: await share(bestX),
      paths: N,
      evaluations,
      reason: {
        en: `even at ${bestX} the probability of failure is ${(100 * (await share(bestX))).toFixed(1)} %, above ${(100 * p).toFixed(1)} %: no value within the bounds keeps the risk that low`,
        zh: `即使取 ${bestX}，失败概率仍为 ${(100 * (await share(bestX))).toFixed(1)}%，高于 ${(100 * p).toFixed(1)}%：搜索区间内没有满足要求的取值`,
      },
    };
  }
  const se = Math.sqrt((p * (1 - p)) / N);
  const lo = await search(Math.max(1e-12, p - 1.96 * se));
  const hi = await search(Math.min(1 - 1e-12, p + 1.96 * se));
  return { feasible: true, value: answer.x, probability: answer.fx, probabilityBeyond: answer.beyond, direction, interval: [lo?.x ?? null, hi?.x ?? null].sort((u, v) => (u === null ? 1 : v === null ? -1 : u - v)) as [number | null, number | null], paths: N, evaluations };
}
