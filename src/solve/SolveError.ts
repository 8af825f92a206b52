import { FundcastError } from '../errors/FundcastError';

/**
 * Error thrown by the solvers when their input is invalid (unknown fund or lever, a year outside
 * the projection, bounds in the wrong order, a malformed target). An infeasible but valid
 * question is not an error: the solvers return `{feasible: false, reason}` for it.
 *
 * Errors are data first: `code` is a stable identifier, `en` and `zh` carry the English and
 * Chinese wording, and `message` joins the two.
 *
 * @example
 * throw new SolveError('bounds.order', 'lower bound 0.2 is not below upper bound 0.1', '下限 0.2 不小于上限 0.1');
 */
export class SolveError extends FundcastError {
  constructor(code: string, en: string, zh: string) {
    super(code, en, zh);
    this.name = 'SolveError';
  }
}
