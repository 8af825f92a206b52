import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import type { FundResult } from '../results/types';
import { SolveError } from './SolveError';

/**
 * Projects a single fund of a scenario — the same rows, events and history as `project(assumptions)`
 * gives for it, at the cost of one fund and without the demographic outputs (the solvers call this
 * in their loops and read only the rows). Throws a SolveError for an
 * unknown fund, and the projection's errors.
 * @example projectOneFund(assumptions, 'employee').rows[0].year // base year + 1
 */
export function projectOneFund(assumptions: Assumptions, fundId: string): FundResult {
  const fund = assumptions.funds.find((f) => f.id === fundId);
  if (!fund) throw new SolveError('solve.fund.unknown.projectOneFund', { fundId, id: assumptions.scenario.id });
  return project({ ...assumptions, funds: [fund] }, { demography: false }).funds[0];
}
