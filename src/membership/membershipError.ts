import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the membership engine (age-detailed mode) on bad input; `path` (when known) is the place in the scenario's `age_detailed` block it concerns, so the scenario resolver can report it with file and line.
 * Same shape and arguments as every fundcast error (errors/FundcastError): a catalogue key as
 * `code`, the offending values as `details`, the input `path`; `en`/`zh` come from src/messages.
 *
 * @example
 * throw new MembershipError('membership.exceedsPopulation', { sex: 'male', age: 70, year: 2030, others: -12.5 }, ['by_age', 'actives']);
 */
export class MembershipError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'MembershipError';
  }
}
