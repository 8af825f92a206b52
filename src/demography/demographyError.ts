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
export class DemographyError extends Error {
  /** Stable identifier of the failure, e.g. `DATA_FILE_MISSING`. */
  readonly code: string;
  /** Message in English. */
  readonly en: string;
  /** Message in Simplified Chinese. */
  readonly zh: string;
  /** Offending values, for programs that handle the error. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, en: string, zh: string, details: Record<string, unknown> = {}) {
    super(`${en} / ${zh}`);
    this.name = 'DemographyError';
    this.code = code;
    this.en = en;
    this.zh = zh;
    this.details = details;
  }
}
