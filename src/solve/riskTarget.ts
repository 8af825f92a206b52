import type { Assumptions } from '../assumptions/types';
import { FundcastError } from '../errors/FundcastError';
import { simulatePaths, type SimulateOptions } from '../montecarlo/simulate';

/**
 * A failure a path can suffer, for solvers under uncertainty:
 * - `below`: months of reserve below `months` in some year up to `toYear` (a year whose months are
 *   undefined — no expenditure — does not count);
 * - `exhaustion`: a negative balance in some year up to `byYear`.
 */
export type RiskTarget = { kind: 'below'; months: number; toYear: number } | { kind: 'exhaustion'; byYear: number };

/** Parses `below:3:2035` or `exhaustion:2035`. */
export function parseRiskTarget(text: string): RiskTarget {
  let m = /^below:(\d+(?:\.\d+)?):(\d{4})$/.exec(text);
  if (m) return { kind: 'below', months: Number(m[1]), toYear: Number(m[2]) };
  m = /^exhaustion:(\d{4})$/.exec(text);
  if (m) return { kind: 'exhaustion', byYear: Number(m[1]) };
  throw new FundcastError('sensitivity.target', { found: text });
}

/**
 * Whether each path of a fund's simulated block fails the target: failed[p] = 1 when, in some
 * projected year y ≤ the target year, months_{p,y} < m (below) or balance_{p,y} < 0 (exhaustion).
 */
export function pathFailures(columns: { balance: Float64Array; months: Float64Array }, count: number, years: number, baseYear: number, target: RiskTarget): Uint8Array {
  const last = Math.min(years, (target.kind === 'below' ? target.toYear : target.byYear) - baseYear);
  const failed = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    const at = p * years;
    for (let y = 0; y < last; y++) {
      const bad = target.kind === 'below' ? columns.months[at + y] < target.months : columns.balance[at + y] < 0;
      if (bad) {
        failed[p] = 1;
        break;
      }
    }
  }
  return failed;
}

/**
 * The share of a fund's Monte Carlo paths that fail the target (pathFailures over simulatePaths):
 * with the same seed, the same paths for any assumptions — what the solvers under uncertainty bisect on.
 */
export async function failureShare(a: Assumptions, fund: string, target: RiskTarget, simulation: SimulateOptions): Promise<number> {
  const block = await simulatePaths(a, simulation);
  const f = block.funds.find((c) => c.id === fund)!;
  const failed = pathFailures(f, block.count, block.years, a.timeline.baseYear, target);
  let n = 0;
  for (const v of failed) n += v;
  return n / block.count;
}
