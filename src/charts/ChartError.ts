import { FundcastError, type ErrorArgs } from '../errors/FundcastError';

/**
 * Error thrown by the charts module when its input is invalid or a chart cannot be drawn.
 * Same shape and arguments as every fundcast error (errors/FundcastError): a catalogue key as
 * `code`, the offending values as `details`, the input `path`; `en`/`zh` come from src/messages.
 *
 * @example
 * throw new ChartError('charts.fund.noRows', {}, ['rows']);
 */
export class ChartError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'ChartError';
  }
}
