import { message } from '../messages/message';
import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import type { ChartLang, VegaLiteSpec } from './types';

/** One month of a profile chart: the profile's expected cumulative share and its band, and the actual share (null after the months given). */
export interface ProfileChartRow {
  /** 1 … 12 */
  month: number;
  low: number;
  share: number;
  high: number;
  actual: number | null;
}

/**
 * Vega-Lite spec of a line's year to date against its seasonal profile (累计执行进度与季节性进度):
 * by month 1 … 12, the profile's band (low … high) as an area, its expected cumulative share as a
 * line, and the actual cumulative share (year to date ÷ the year's budget) as a line with points for
 * the months given — all in per cent of the year. `title` names the fund and the line.
 *
 * @throws ChartError `charts.profile.badRow` (not twelve months 1 … 12 in order, a share not finite,
 *   or low ≤ share ≤ high broken), `options.size`.
 */
export function profileChartSpec(rows: readonly ProfileChartRow[], options: { title: string; lang?: ChartLang; width?: number; height?: number }): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const { width, height } = chartSize({ width: options.width ?? 480, height: options.height ?? 240 });
  rows.forEach((r, i) => {
    const ok = r.month === i + 1 && [r.low, r.share, r.high].every(Number.isFinite) && r.low <= r.share && r.share <= r.high && (r.actual === null || Number.isFinite(r.actual));
    if (!ok) throw new ChartError('charts.profile.badRow', { i }, ['rows', i]);
  });
  if (rows.length !== 12) throw new ChartError('charts.profile.badRow', { i: rows.length }, ['rows']);
  const x = { field: 'month', type: 'quantitative', title: message('charts.profile.month', {}, lang), scale: { domain: [1, 12], nice: false }, axis: { format: 'd', tickCount: 12 } };
  const y = { type: 'quantitative', title: message('charts.profile.share', {}, lang) };
  const pct = (v: number) => 100 * v;
  const values = rows.map((r) => ({ month: r.month, low: pct(r.low), share: pct(r.share), high: pct(r.high), actual: r.actual === null ? null : pct(r.actual) }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title,
    width,
    height,
    data: { values },
    layer: [
      { mark: { type: 'area', color: '#c6dbef', opacity: 0.8 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
      { mark: { type: 'line', color: '#4292c6', strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { x, y: { ...y, field: 'share' } } },
      { transform: [{ filter: 'datum.actual != null' }], mark: { type: 'line', color: '#b2182b', strokeWidth: 2, point: { color: '#b2182b', size: 30 } }, encoding: { x, y: { ...y, field: 'actual' } } },
    ],
  };
}
