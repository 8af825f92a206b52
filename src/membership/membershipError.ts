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
export class MembershipError extends Error {
  /** Stable identifier of the failure, e.g. `EXCEEDS_POPULATION`. */
  readonly code: string;
  /** Message in English. */
  readonly en: string;
  /** Message in Simplified Chinese. */
  readonly zh: string;
  /** Offending values, for programs that handle the error. */
  readonly details: Readonly<Record<string, unknown>>;
  /** Path below the fund's `members.age_detailed` block (empty when not tied to one key). */
  readonly path: readonly (string | number)[];

  constructor(code: string, en: string, zh: string, details: Record<string, unknown> = {}, path: (string | number)[] = []) {
    super(`${en} / ${zh}`);
    this.name = 'MembershipError';
    this.code = code;
    this.en = en;
    this.zh = zh;
    this.details = details;
    this.path = path;
  }
}
