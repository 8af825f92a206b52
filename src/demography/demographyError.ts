import { FundcastError } from '../errors/FundcastError';

/**
 * Error thrown by the demography engine on bad input or bad data.
 *
 * Errors are data first: `code` is a stable machine-readable identifier, `en` and `zh` carry the
 * same message in English and Simplified Chinese, and `details` holds the offending values.
 * `message` joins both languages so a plain `console.error` shows both.
 *
 * @example
 * throw new DemographyError('NEGATIVE_RATE', 'mx[3] is negative', 'mx[3] 为负数', { index: 3 });
 */
export class DemographyError extends FundcastError {
  constructor(code: string, en: string, zh: string, details: Record<string, unknown> = {}) {
    super(code, en, zh, { details });
    this.name = 'DemographyError';
  }
}
