/**
 * The base of fundcast's errors: data first (a stable `code`, the `path` of the offending input,
 * the offending values in `details`), then the same sentence in English (`en`) and Chinese (`zh`).
 * `message` is `path: en / zh`, so a plain `catch (e) { print(e.message) }` is already bilingual.
 * Each module has its own subclass (BenefitsError, ChartError, DemographyError, …) so callers
 * can tell where a failure comes from; ScenarioError collects many issues and is separate.
 */
export class FundcastError extends Error {
  readonly code: string;
  readonly en: string;
  readonly zh: string;
  readonly path: readonly (string | number)[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, en: string, zh: string, options: { path?: readonly (string | number)[]; details?: Record<string, unknown> } = {}) {
    const path = options.path ?? [];
    super(`${path.length > 0 ? `${path.join('.')}: ` : ''}${en} / ${zh}`);
    this.name = 'FundcastError';
    this.code = code;
    this.en = en;
    this.zh = zh;
    this.path = path;
    this.details = options.details ?? {};
  }
}
