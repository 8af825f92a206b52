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
export class ChartError extends Error {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly en: string;
  readonly zh: string;

  constructor(code: string, path: readonly (string | number)[], en: string, zh: string) {
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    super(`${where}${en} / ${zh}`);
    this.name = 'ChartError';
    this.code = code;
    this.path = path;
    this.en = en;
    this.zh = zh;
  }
}
