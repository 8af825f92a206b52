import { FundcastError } from '../errors/FundcastError';

/** Error of the report: invalid optional inputs, a projection failing its identities, or a
 * browser that cannot print it. `path` locates the bad input value. */
export class ReportError extends FundcastError {
  constructor(code: string, path: readonly (string | number)[], en: string, zh: string) {
    super(code, en, zh, { path });
    this.name = 'ReportError';
  }
}
