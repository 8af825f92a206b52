import type { ResolvedSolveOptions } from './resolveSolveOptions';
import type { SolveFailure, SolveFailureReason } from './types';

/** The fields every solve result repeats: the question as resolved (fund, lever, target, bounds, …). */
export function solveQuestion(o: ResolvedSolveOptions) {
  return {
    fund: o.fund,
    lever: o.lever.name,
    target: o.target,
    from: o.from,
    direction: o.direction,
    bounds: o.bounds,
    maxChangePerYear: o.maxChangePerYear,
    currentValue: o.currentValue,
  };
}

/**
 * The failure record of a solve: the resolved question, the reason (code, year, English and
 * Chinese text) and the number of projections spent. Never carries a lever value as an answer.
 */
export function solveFailure(o: ResolvedSolveOptions, reason: SolveFailureReason, iterations: number, tolerance: number): SolveFailure {
  return {
    feasible: false,
    ...solveQuestion(o),
    iterations,
    tolerance,
    reason,
  };
}
