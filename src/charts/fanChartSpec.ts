import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** One year of a fan: an outer and an inner quantile range and the median of an outcome
 * (e.g. 2.5–97.5 %, 25–75 %, 50 %). */
export interface FanRowLike {
  year: number;
  low: number;
  lowInner: number;
  median: number;
  highInner: number;
  high: number;
}

/** Options of {@link fanChartSpec}. */
export interface FanChartOptions {
  /** axis title without unit, e.g. "累计结余可支付月数" (required with its unit). */
  measure: string;
  /** unit of the values, shown on the axis, e.g. '亿元', '月' / 'months'. */
  unit: string;
  title: string;
  lang?: ChartLang;
  width?: number;
  height?: number;
  footnote?: string | readonly string[];
}

const KEYS = ['low', 'lowInner', 'median', 'highInner', 'high'] as const;

/**
 * Vega-Lite spec of a stochastic fan: by year, the outer quantile range (e.g. 2.5–97.5 %) as a
 * light band, the inner range (e.g. 25–75 %) as a darker band and the median as a line, with a
 * zero rule. The axis title carries the unit ("measure（unit）" / "measure (unit)").
 *
 * @throws ChartError `fan.noRows` (no rows), `fan.badRow` (a value not finite, or the five not in
 *   order low ≤ lowInner ≤ median ≤ highInner ≤ high, or years not increasing), `options.unit`
 *   (empty), `options.lang`, `options.size`, `options.footnote`.
 * @example
 * renderSvg(fanChartSpec(rows, { measure: 'Months of reserve', unit: 'months', title: 'Employee fund', lang: 'en' }))
 */
export function fanChartSpec(rows: readonly FanRowLike[], options: FanChartOptions): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const text = chartText(lang);
  const { width, height } = chartSize(options);
  if (typeof options.unit !== 'string' || options.unit.trim() === '') {
    throw new ChartError('charts.options.fanUnit', {}, ['unit']);
  }
  if (!Array.isArray(rows) || rows.length === 0) throw new ChartError('charts.fan.noRows', {}, ['rows']);
  rows.forEach((r, i) => {
    const v = KEYS.map((k) => r[k]);
    const ordered = v.every((x, k) => Number.isFinite(x) && (k === 0 || x >= v[k - 1]));
    if (!Number.isInteger(r.year) || (i > 0 && r.year <= rows[i - 1].year) || !ordered) {
      throw new ChartError('charts.fan.badRow', { i }, ['rows', i]);
    }
  });
  const years = rows.map((r) => r.year);
  const x = { field: 'year', type: 'quantitative', title: text.year, scale: { domain: [years[0], years[years.length - 1]], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } };
  const yTitle = text.withUnit(options.measure, options.unit);
  const values = rows.map((r) => ({ year: r.year, low: r.low, lowInner: r.lowInner, median: r.median, highInner: r.highInner, high: r.high }));
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title,
    width,
    height,
    data: { values },
    layer: [
      { mark: { type: 'area', color: '#9ecae1', opacity: 0.6 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: yTitle }, y2: { field: 'high' } } },
      { mark: { type: 'area', color: '#4292c6', opacity: 0.6 }, encoding: { x, y: { field: 'lowInner', type: 'quantitative' }, y2: { field: 'highInner' } } },
      { mark: { type: 'line', color: '#08306b', strokeWidth: 2 }, encoding: { x, y: { field: 'median', type: 'quantitative' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#555555', strokeWidth: 1 }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
    ],
  }, footnoteLines(options.footnote), height);
}
