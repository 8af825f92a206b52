import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the benefits module when its input is invalid.
 * Same shape and arguments as every fundcast error (errors/FundcastError): a catalogue key as
 * `code`, the offending values as `details`, the input `path`; `en`/`zh` come from src/messages.
 *
 * @example
 * throw new BenefitsError('benefits.claim.scopeAboveTotal', { inScope: 120, total: 100 }, ['inScopeCost']);
 */
export class BenefitsError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'BenefitsError';
  }
}
