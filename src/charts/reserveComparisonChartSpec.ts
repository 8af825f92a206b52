import { DEFAULT_BANDS } from '../assumptions/defaultBands';
import { assertBands } from './assertBands';
import { assertFundLike } from './assertFundLike';
import { bandLayerSpec } from './bandLayerSpec';
import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { clipDepth } from './clipDepth';
import type { BandLike, ChartLang, FundLike, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** Options of {@link reserveComparisonChartSpec}. */
export interface ReserveComparisonOptions {
  lang?: ChartLang;
  bands?: readonly BandLike[];
  title?: string;
  width?: number;
  height?: number;
  /** only plot these years (inclusive), e.g. [2025, 2045]; default all */
  years?: [number, number];
  /** months below zero at which the axis is cut (default 6); null draws every value. */
  clipDepth?: number | null;
  /** lines under the plot: source, "illustrative assumptions" … */
  footnote?: string | readonly string[];
}

/**
 * Vega-Lite spec of months of reserve by year for several scenarios of the same fund, one line
 * each (distinguished by colour and dash), over the shaded warning bands — the side-by-side view
 * an actuary uses to test rate paths. Null months break the line. As in {@link reserveChartSpec}
 * the months axis is cut at −clipDepth months (default 6) so that the bands stay readable; a
 * note in the footnote says from which year a scenario falls below the cut.
 * @throws ChartError for an empty list, duplicate labels, an invalid fund, bands, clipDepth or footnote.
 */
export function reserveComparisonChartSpec(series: readonly { label: string; fund: FundLike }[], options: ReserveComparisonOptions = {}): VegaLiteSpec {
  if (series.length === 0) throw new ChartError('charts.chart.series.reserveComparisonChartSpec', {}, []);
  if (new Set(series.map((s) => s.label)).size !== series.length) throw new ChartError('charts.chart.series.labelsNotDistinct', {}, []);
  series.forEach((s) => assertFundLike(s.fund));
  const bands = options.bands ?? DEFAULT_BANDS;
  assertBands(bands);
  const lang = options.lang ?? 'zh';
  const text = chartText(lang);
  const { width, height } = chartSize(options);
  const [from, to] = options.years ?? [-Infinity, Infinity];
  const rows = series.flatMap((s) => s.fund.rows.filter((r) => r.year >= from && r.year <= to).map((r) => ({ scenario: s.label, year: r.year, reserveMonths: r.reserveMonths })));
  if (rows.length === 0) throw new ChartError('charts.chart.years', {}, ['years']);
  const months = rows.map((r) => r.reserveMonths).filter((m): m is number => m !== null);
  const { layer: bandLayer, yMin, yMax } = bandLayerSpec(bands, months, text, lang, clipDepth(options.clipDepth));
  const years = rows.map((r) => r.year);
  const notes = footnoteLines(options.footnote);
  const cutFrom = rows.filter((r) => r.reserveMonths !== null && r.reserveMonths < yMin).map((r) => r.year);
  if (cutFrom.length) notes.push(text.clipped(Number((-yMin).toFixed(1)), Math.min(...cutFrom)));
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? (lang === 'zh' ? '各情景累计结余可支付月数' : 'Months of reserve by scenario'),
    width,
    height,
    layer: [
      bandLayer,
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2.5, clip: true, point: { size: 20, fill: 'white', filled: true } },
        encoding: {
          x: { field: 'year', type: 'quantitative', title: text.year, scale: { domain: [Math.min(...years), Math.max(...years)], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } },
          y: { field: 'reserveMonths', type: 'quantitative', title: text.reserveMonths, scale: { domain: [yMin, yMax], nice: false, zero: false } },
          stroke: { field: 'scenario', type: 'nominal', title: lang === 'zh' ? '情景' : 'Scenario', legend: { labelLimit: 300 }, scale: { domain: series.map((s) => s.label), range: ['#1b1b1b', '#c2185b', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a'] } },
          strokeDash: { field: 'scenario', type: 'nominal', title: lang === 'zh' ? '情景' : 'Scenario', legend: { labelLimit: 300 }, scale: { domain: series.map((s) => s.label) } },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  }, notes, height);
}
