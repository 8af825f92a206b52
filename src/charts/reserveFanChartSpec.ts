import type { SimulationFund } from '../montecarlo/summarizePaths';
import { bandLayerSpec, DEFAULT_CLIP_DEPTH } from './bandLayerSpec';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { RISK_TEXT } from './riskChartText';
import type { BandLike, ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/**
 * Fan chart of a fund's months of reserve over the warning bands (Monte Carlo): by year the
 * 2.5–97.5 % and 25–75 % ranges of the paths as bands, the median as a line, and the deterministic
 * projection dashed, over the shaded warning bands. The months axis is cut at −clipDepth (default 6)
 * as in the reserve chart, so the 3–15-month bands stay readable when many paths are exhausted.
 * Needs the run's default quantiles (p2.5, p25, p50, p75, p97.5).
 */
export function reserveFanChartSpec(fund: SimulationFund, options: { bands: readonly BandLike[]; lang?: ChartLang; title?: string; footnote?: string | readonly string[]; clipDepth?: number | null; width?: number; height?: number }): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const text = chartText(lang);
  const risk = RISK_TEXT[lang];
  const { width, height } = chartSize(options);
  const rows = fund.rows.filter((r) => r.reserveMonths['p50'] !== null && r.reserveMonths['p50'] !== undefined);
  const clip = options.clipDepth === undefined ? DEFAULT_CLIP_DEPTH : options.clipDepth;
  const lowFloor = clip === null ? -Infinity : -clip;
  const cut = (v: number | null | undefined) => Math.max(v ?? 0, lowFloor);
  const values = rows.map((r) => ({ year: r.year, low: cut(r.reserveMonths['p2.5']), lowInner: cut(r.reserveMonths['p25']), median: cut(r.reserveMonths['p50']), highInner: cut(r.reserveMonths['p75']), high: cut(r.reserveMonths['p97.5']), deterministic: r.deterministic.reserveMonths === null ? null : cut(r.deterministic.reserveMonths) }));
  const all = values.flatMap((v) => [v.low, v.high]);
  const bands = bandLayerSpec(options.bands, all, text, lang, clip);
  const years = values.map((v) => v.year);
  const x = { field: 'year', type: 'quantitative', title: text.year, scale: { domain: [years[0], years[years.length - 1]], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } };
  const y = (field: string) => ({ field, type: 'quantitative', scale: { domain: [bands.yMin, bands.yMax], nice: false, zero: false } });
  const name = lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name;
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? risk.fanTitle(name),
    width,
    height,
    layer: [
      bands.layer,
      { data: { values }, mark: { type: 'area', color: '#6baed6', opacity: 0.45 }, encoding: { x, y: y('low'), y2: { field: 'high' } } },
      { data: { values }, mark: { type: 'area', color: '#2171b5', opacity: 0.55 }, encoding: { x, y: y('lowInner'), y2: { field: 'highInner' } } },
      { data: { values }, mark: { type: 'line', color: '#08306b', strokeWidth: 2 }, encoding: { x, y: y('median') } },
      { data: { values: values.filter((v) => v.deterministic !== null) }, mark: { type: 'line', color: '#000000', strokeDash: [5, 3], strokeWidth: 1 }, encoding: { x, y: y('deterministic') } },
    ],
    resolve: { scale: { color: 'independent' } },
  }, footnoteLines(options.footnote), height);
}
