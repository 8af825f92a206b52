import { FundcastError } from '../errors/FundcastError';

/**
 * Error thrown by the charts module when its input is invalid or a chart cannot be drawn.
 *
 * Errors are data first: `code` is a stable identifier, `path` locates the bad value,
 * `en` and `zh` carry the English and Chinese wording; `message` joins the two so that
 * an uncaught error is readable in either language.
 *
 * @example
 * throw new ChartError('fund.noRows', ['rows'], 'fund has no rows to plot', '基金没有可绘制的年度数据');
 */
export class ChartError extends FundcastError {
  constructor(code: string, path: readonly (string | number)[], en: string, zh: string) {
    super(code, en, zh, { path });
    this.name = 'ChartError';
  }
}
