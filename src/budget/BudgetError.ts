import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the budget module (src/budget) when its input is invalid: same shape and
 * arguments as every fundcast error (errors/FundcastError).
 *
 * @example
 * throw new BudgetError('budget.yearNotProjected', { year: 2024, first: 2026, last: 2035 });
 */
export class BudgetError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'BudgetError';
  }
}
