import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * An input file (a scenario, an `extends` base, an overlay, a cost curve or any other file a
 * scenario names) cannot be read: missing, empty path, not a regular file, or over the size limit.
 * Callers that know where the file was named (a scenario's `extends:` line) turn it into a
 * located issue; otherwise the CLI exits 1 on it.
 */
export class InputFileError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'InputFileError';
  }
}
