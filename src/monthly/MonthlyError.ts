import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the monthly module (seasonal profiles, monthly history, the re-estimate of the
 * current year) when its input is invalid. Same shape and arguments as every fundcast error
 * (errors/FundcastError): a catalogue key as `code`, the offending values as `details`, the input `path`.
 *
 * @example
 * throw new MonthlyError('monthly.monthCount', { line: 'income', year: 2024, found: 11 }, ['income', 2024]);
 */
export class MonthlyError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'MonthlyError';
  }
}
