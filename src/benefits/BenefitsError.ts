import { FundcastError } from '../errors/FundcastError';

/**
 * Error thrown by the benefits module when its input is invalid.
 *
 * Errors are data first: `code` is a stable identifier, `path` locates the bad value,
 * `en` and `zh` carry the English and Chinese wording; `message` joins the two so that
 * an uncaught error is readable in either language.
 *
 * @example
 * throw new BenefitsError('claim.negativeCost', ['totalCost'],
 *   'total cost must be a finite number ≥ 0', '总费用必须是不小于 0 的有限数');
 */
export class BenefitsError extends FundcastError {
  constructor(code: string, path: readonly (string | number)[], en: string, zh: string) {
    super(code, en, zh, { path });
    this.name = 'BenefitsError';
  }
}
