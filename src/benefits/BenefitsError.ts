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
export class BenefitsError extends Error {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly en: string;
  readonly zh: string;

  constructor(code: string, path: readonly (string | number)[], en: string, zh: string) {
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    super(`${where}${en} / ${zh}`);
    this.name = 'BenefitsError';
    this.code = code;
    this.path = path;
    this.en = en;
    this.zh = zh;
  }
}
