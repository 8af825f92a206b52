import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the demography engine on bad input or bad data.
 * Same shape and arguments as every fundcast error (errors/FundcastError): a catalogue key as
 * `code`, the offending values as `details`, the input `path`; `en`/`zh` come from src/messages.
 *
 * @example
 * throw new DemographyError('demography.invalidRates.singleYearMortality', { i: 3, mx: -0.1 });
 */
export class DemographyError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'DemographyError';
  }
}
