import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** One year of dependency ratios (as `dependencyRatios` returns them). */
export interface DependencyRowLike {
  year: number;
  /** Employee actives per retiree (在职退休比); null when undefined. */
  activesPerRetiree: number | null;
  /** Old-age dependency ratio P(65+)/P(15–64), a ratio. */
  oldAge: number;
  /** Total dependency ratio (P(0–14) + P(65+))/P(15–64), a ratio. */
  total: number;
}

/** A dependency ratio that the chart can draw. */
export type DependencyMeasure = 'activesPerRetiree' | 'oldAge' | 'total';

/** Options of {@link dependencyChartSpec}. */
export interface DependencyChartOptions {
  /** Ratios to draw (default: actives per retiree); each gets its own dash pattern. */
  measures?: readonly DependencyMeasure[];
  /** Language of titles and labels; default 'zh'. */
  lang?: ChartLang;
  /** Chart title; default "抚养比" / "Dependency ratios". */
  title?: string;
  /** Plot size in pixels; default 640 × 320. */
  width?: number;
  height?: number;
  /** lines under the plot: source, "illustrative assumptions" … */
  footnote?: string | readonly string[];
}

const TEXT = {
  zh: { title: '抚养比', year: '年份', ratio: '比值', series: '情景', measure: '指标',
    measures: { activesPerRetiree: '在职退休比（在职/退休）', oldAge: '老年抚养比（65+/15–64）', total: '总抚养比' } },
  en: { title: 'Dependency ratios', year: 'Year', ratio: 'Ratio', series: 'Scenario', measure: 'Measure',
    measures: { activesPerRetiree: 'Actives per retiree', oldAge: 'Old-age dependency (65+/15–64)', total: 'Total dependency' } },
};
const DASHES: Record<DependencyMeasure, number[]> = { activesPerRetiree: [1, 0], oldAge: [6, 3], total: [2, 2] };

/**
 * Vega-Lite spec of dependency ratios by year for one or more scenarios (e.g. with and without
 * the 2025 retirement-age reform): one colour per scenario, one dash pattern per ratio
 * (actives per retiree, old-age dependency 65+/15–64, total dependency). Ratios are plain
 * ratios (not percent); a null value leaves a gap in its line.
 *
 * @param series one entry per scenario: a label and its rows by year
 * @throws ChartError `charts.dependency.noSeries` (empty input or a series without rows),
 *   `charts.dependency.badValue` (a ratio that is not finite or null), `charts.options.measures` (unknown
 *   measure), `options.lang`, `options.size`
 * @example
 * dependencyChartSpec([{ label: 'reform', rows: a.dependency }, { label: 'no reform', rows: b.dependency }], { lang: 'en' })
 */
export function dependencyChartSpec(series: readonly { label: string; rows: readonly DependencyRowLike[] }[], options: DependencyChartOptions = {}): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    throw new ChartError('charts.options.lang', { value: JSON.stringify(lang) }, ['lang']);
  }
  const text = TEXT[lang];
  const { width, height } = chartSize(options);
  const measures = options.measures ?? ['activesPerRetiree'];
  const unknown = measures.filter((m) => !(m in DASHES));
  if (measures.length === 0 || unknown.length) {
    throw new ChartError('charts.options.measures', { unknown }, ['measures']);
  }
  if (series.length === 0 || series.some((s) => s.rows.length === 0)) {
    throw new ChartError('charts.dependency.noSeries', {}, ['series']);
  }
  const values = series.flatMap((s, k) => s.rows.flatMap((r) => measures.map((m) => {
    const value = r[m];
    if (value !== null && !Number.isFinite(value)) {
      throw new ChartError('charts.dependency.badValue', { label: s.label, year: r.year, m }, ['series', k, 'rows', r.year, m]);
    }
    return { year: r.year, series: s.label, measure: text.measures[m], value };
  })));
  const years = values.map((v) => v.year);
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? text.title,
    width,
    height,
    data: { values },
    mark: { type: 'line', strokeWidth: 2 },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: text.year, scale: { domain: [Math.min(...years), Math.max(...years)], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } },
      y: { field: 'value', type: 'quantitative', title: text.ratio, scale: { zero: true } },
      color: { field: 'series', type: 'nominal', title: text.series, legend: { labelLimit: 300 }, scale: { domain: series.map((s) => s.label) } },
      strokeDash: { field: 'measure', type: 'nominal', title: text.measure, legend: { labelLimit: 300 }, scale: { domain: measures.map((m) => text.measures[m]), range: measures.map((m) => DASHES[m]) } },
      detail: { field: 'series' },
    },
  }, footnoteLines(options.footnote), height);
}
