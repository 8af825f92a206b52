import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the solvers when their input is invalid (unknown fund or lever, a year outside the projection, bounds in the wrong order, a malformed target). An infeasible but valid question is not an error: the solvers return `{feasible: false, reason}` for it.
 * Same shape and arguments as every fundcast error (errors/FundcastError): a catalogue key as
 * `code`, the offending values as `details`, the input `path`; `en`/`zh` come from src/messages.
 *
 * @example
 * throw new SolveError('solve.bounds.order', { bounds: [0.2, 0.1] });
 */
export class SolveError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'SolveError';
  }
}
