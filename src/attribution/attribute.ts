import { FundcastError } from '../errors/FundcastError';
import { shapleyValues } from './shapleyValues';
/** The outcomes attributed: balance and months of reserve at a year, and the exhaustion year. */
export interface Outcome {
  balance: number;
  reserveMonths: number;
  /** exhaustion year, or end year + 1 when the balance stays positive (see `censored`) */
  exhaustionYear: number;
  censored: boolean;
}

export type OutcomeKey = 'balance' | 'reserveMonths' | 'exhaustionYear';
const KEYS: OutcomeKey[] = ['balance', 'reserveMonths', 'exhaustionYear'];

/**
 * One lever's part of a change: sequential (in the stated order) and Shapley (averaged over all
 * orders).
 */
export interface LeverContribution {
  lever: string;
  /** change when the lever is added after the ones before it, in the stated order */
  sequential: Record<OutcomeKey, number>;
  /** Shapley value: the lever's marginal change averaged over all orders */
  shapley: Record<OutcomeKey, number> | null;
}

/**
 * How a change in outcomes splits among levers: the outcomes without and with all levers, the
 * total change and each lever's part.
 */
export interface AttributionCore {
  levers: string[];
  without: Outcome;
  with: Outcome;
  total: Record<OutcomeKey, number>;
  parts: LeverContribution[];
  /** number of projections run */
  evaluations: number;
}

/** Most levers for the exact Shapley average (2^n projections). */
export const MAX_SHAPLEY_LEVERS = 8;
/** Most levers at all: subsets are bit masks of a 32-bit integer. */
export const MAX_LEVERS = 30;

/**
 * Splits the change of each outcome between levers, two ways whose parts add up to the total:
 *
 * sequential (in the stated order): part_k = v({1..k}) − v({1..k−1}); Σ part_k = v(N) − v(∅) by telescoping.
 * Shapley (shapleyValues): φ_i = Σ_{S ⊆ N∖{i}} |S|!·(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)), exact over all 2^n subsets
 *   (n ≤ 8); Σ φ_i = v(N) − v(∅) (efficiency), and the answer does not depend on the order.
 * `evaluate(subset)` projects with the levers whose flags are true. Each subset is evaluated once.
 */
export function attribute(levers: string[], evaluate: (subset: boolean[]) => Outcome, options: { shapley?: boolean } = {}): AttributionCore {
  const n = levers.length;
  if (n > MAX_LEVERS) {
    throw new FundcastError('attribution.tooManyLevers', { max: MAX_LEVERS, n });
  }
  const cache = new Map<number, Outcome>();
  const v = (mask: number): Outcome => {
    let o = cache.get(mask);
    if (!o) {
      o = evaluate(levers.map((_, i) => (mask & (1 << i)) !== 0));
      cache.set(mask, o);
    }
    return o;
  };
  const all = (1 << n) - 1;
  const diff = (a: Outcome, b: Outcome) => Object.fromEntries(KEYS.map((k) => [k, (b[k] as number) - (a[k] as number)])) as Record<OutcomeKey, number>;
  const parts: LeverContribution[] = levers.map((lever, i) => ({ lever, sequential: diff(v((1 << i) - 1), v((1 << (i + 1)) - 1)), shapley: null }));
  const useShapley = options.shapley ?? n <= MAX_SHAPLEY_LEVERS;
  if (useShapley) {
    if (n > MAX_SHAPLEY_LEVERS) throw new FundcastError('attribution.tooManyShapleyLevers', { max: MAX_SHAPLEY_LEVERS, n });
    const phi = shapleyValues(n, (mask) => { const o = v(mask); return KEYS.map((k) => o[k] as number); });
    levers.forEach((_, i) => {
      parts[i].shapley = Object.fromEntries(KEYS.map((k, j) => [k, phi[i][j]])) as Record<OutcomeKey, number>;
    });
  }
  return { levers, without: v(0), with: v(all), total: diff(v(0), v(all)), parts, evaluations: cache.size };
}
