import type { SolveResult, SolveSuccess } from './types';

/**
 * A solve result as plain JSON-ready data: everything but the assumptions (whose typed arrays
 * do not serialise). A successful result keeps its re-projected `result`.
 * @example JSON.stringify(solveResultJson(r))
 */
export function solveResultJson(r: SolveResult): Record<string, unknown> {
  if (!r.feasible) return { ...r };
  const { assumptions: _omit, ...rest } = r as SolveSuccess;
  return rest;
}
