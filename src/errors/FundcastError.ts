import type { MessageKey, MessageParams } from '../messages/catalogue';
import { message } from '../messages/message';

/** Where in the input an error is: keys and indexes from the document root (zod-style). */
export type ErrorPath = readonly (string | number)[];

/**
 * The arguments of every fundcast error, in one order: the catalogue key (also the error's `code`),
 * the details (the catalogue entry's parameters, plus any other offending values), and the path of
 * the offending input.
 */
export type ErrorArgs = { [K in MessageKey]: [code: K, details: MessageParams<K> & Record<string, unknown>, path?: ErrorPath] }[MessageKey];

/**
 * The one shape of every error fundcast throws: data first — a stable `code` (a key of the message
 * catalogue, src/messages), the `path` of the offending input, the offending values in `details` —
 * then the same sentence in English (`en`) and Chinese (`zh`), rendered from the catalogue with the
 * details. `message` is `path: en / zh`, so a plain `catch (e) { print(e.message) }` is already
 * bilingual. Each module has its own subclass (BenefitsError, ChartError, DemographyError, …) with
 * the same arguments, so callers can tell where a failure comes from; ScenarioError collects many
 * located issues and is separate.
 *
 * @example
 * new FundcastError('attribution.tooManyLevers', { max: 30, n: 31 }).en // 'attribution takes at most 30 levers; found 31 — group the changes into fewer overlays'
 */
export class FundcastError extends Error {
  readonly code: MessageKey;
  readonly en: string;
  readonly zh: string;
  readonly path: ErrorPath;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(...[code, details, path = []]: ErrorArgs) {
    const en = message(code, details as never, 'en');
    const zh = message(code, details as never, 'zh');
    super(`${path.length > 0 ? `${path.join('.')}: ` : ''}${en} / ${zh}`);
    this.name = 'FundcastError';
    this.code = code;
    this.en = en;
    this.zh = zh;
    this.path = path;
    this.details = details;
  }
}

/** The arguments that re-raise `e` (same code) with more details and another path (e.g. prefixed by where it was called from). */
export function relocated(e: FundcastError, extraDetails: Record<string, unknown>, path: ErrorPath): ErrorArgs {
  return [e.code, { ...e.details, ...extraDetails }, path] as ErrorArgs;
}
