import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * A refusal or failure while writing output files: fundcast would have had to overwrite, delete or
 * replace something that is not its own (a user's file, a folder, a symbolic link), or the output
 * folder could not be used. `details.file` names the file concerned. The CLI exits 1 on it.
 */
export class OutputError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'OutputError';
  }
}
