import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/** Error of the report: invalid optional inputs, a projection failing its identities, or a
 * browser that cannot print it. `path` locates the bad input value. */
export class ReportError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'ReportError';
  }
}
