import { FundcastError } from '../errors/FundcastError';

/**
 * Error thrown by the membership engine (age-detailed mode) on bad input.
 *
 * Errors are data first: `code` is a stable identifier, `en` and `zh` carry the same message in
 * English and Simplified Chinese, `details` the offending values, and `path` (when known) the
 * place in the scenario's `age_detailed` block it concerns, so the scenario resolver can report
 * it with file and line. `message` joins both languages.
 *
 * @example
 * throw new MembershipError('EXCEEDS_POPULATION', 'members exceed the population', '参保人数超过人口', {}, ['by_age', 'actives']);
 */
export class MembershipError extends FundcastError {
  constructor(code: string, en: string, zh: string, details: Record<string, unknown> = {}, path: (string | number)[] = []) {
    super(code, en, zh, { details, path });
    this.name = 'MembershipError';
  }
}
