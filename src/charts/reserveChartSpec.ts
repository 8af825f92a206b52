import { DEFAULT_BANDS } from '../assumptions/defaultBands';
import { assertBands } from './assertBands';
import { assertFundLike } from './assertFundLike';
import { bandLayerSpec } from './bandLayerSpec';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { clipDepth } from './clipDepth';
import { estimateTextWidth } from './estimateTextWidth';
import { eventRuleLayers, type PlotPoint } from './eventRuleLayers';
import type { BandLike, ChartLang, FundLike, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** Options of {@link reserveChartSpec}. */
export interface ReserveChartOptions {
  /** language of titles and labels; default 'zh'. */
  lang?: ChartLang;
  /** warning bands, lowest first; default DEFAULT_BANDS (人社部发〔2009〕67号, src/assumptions/defaultBands). */
  bands?: readonly BandLike[];
  /** chart title; default "<fund name>：累计结余可支付月数" / "<fund name>: months of reserve". */
  title?: string;
  /** plot size in pixels; default 640 × 320. */
  width?: number;
  height?: number;
  /** months below zero at which the axis is cut (default 6); null draws every value. */
  clipDepth?: number | null;
  /** lines under the plot: source, "illustrative assumptions" … */
  footnote?: string | readonly string[];
}

/** Size of the note drawn where the axis is cut. */
const NOTE_SIZE = 10;

/**
 * Vega-Lite spec of a fund's months of reserve by year (M_t = B_t / (E_t / 12)) drawn as a
 * line over its warning bands — observed (history) years, when the fund has them, as a solid line
 * with filled dots and the projection dashed from the last observed year on, with a footnote saying so — shown as shaded horizontal areas, with vertical rules at the
 * first deficit year and the exhaustion year when present (labels placed off the line).
 *
 * Years whose reserveMonths is null stay null in the data, so the line breaks there
 * instead of dropping to zero. The y axis runs from max(min(0, 1.05·lowest value), −clipDepth)
 * to max(1.05·highest value, 1.2·highest finite band bound): once a fund is exhausted its months
 * fall without bound, so the axis is cut at −clipDepth months (default 6), the line is clipped
 * there, and a note inside the plot says so and from which year. A fund whose bands are the
 * employee-fund standard extended to it (`bandBasis: 'extension'`) gets a footnote saying so,
 * after the caller's `footnote` lines. Units: months; x axis: calendar years.
 *
 * @throws ChartError for an invalid fund (see assertFundLike), invalid bands (assertBands),
 *   lang other than 'zh'/'en', a non-positive width/height or clipDepth, a footnote that is not text.
 * @example
 * const svg = await renderSvg(reserveChartSpec(result.funds[0], { lang: 'en' }));
 */
export function reserveChartSpec(fund: FundLike, options: ReserveChartOptions = {}): VegaLiteSpec {
  assertFundLike(fund);
  const bands = options.bands ?? DEFAULT_BANDS;
  assertBands(bands);
  const lang = options.lang ?? 'zh';
  const text = chartText(lang);
  const { width, height } = chartSize(options);
  const depth = clipDepth(options.clipDepth);
  const notes = footnoteLines(options.footnote);
  if (fund.bandBasis === 'extension') notes.push(text.extendedBands);
  const label = (band: BandLike) => (lang === 'en' ? band.labelEn : band.labelZh);

  const history = fund.history ?? [];
  if (history.length) notes.push(text.observedNote(history[history.length - 1].year));
  const months = [...history, ...fund.rows].map((r) => r.reserveMonths).filter((m): m is number => m !== null);
  const { layer: bandLayer, yMin, yMax } = bandLayerSpec(bands, months, text, lang, depth);
  const years: [number, number] = [(history[0] ?? fund.rows[0]).year, fund.rows[fund.rows.length - 1].year];
  const bandLabel = new Map(bands.map((b) => [b.id, label(b)]));
  const x = { field: 'year', type: 'quantitative', title: text.year,
    scale: { domain: years, nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } };
  const y = { field: 'reserveMonths', type: 'quantitative', title: text.reserveMonths,
    scale: { domain: [yMin, yMax], nice: false, zero: false } };

  const px = (year: number) => (years[1] === years[0] ? width / 2 : ((year - years[0]) / (years[1] - years[0])) * width);
  const py = (m: number) => Math.min(height, Math.max(0, (height * (yMax - m)) / (yMax - yMin)));
  const lines: PlotPoint[][] = [[]];
  for (const r of [...history, ...fund.rows]) {
    if (r.reserveMonths === null) lines.push([]);
    else lines[lines.length - 1].push({ x: px(r.year), y: py(r.reserveMonths) });
  }

  const clipLayers: VegaLiteSpec[] = [];
  const cutFrom = fund.rows.find((r) => r.reserveMonths !== null && r.reserveMonths < yMin)?.year;
  if (cutFrom !== undefined) {
    const note = text.clipped(-yMin === Math.round(-yMin) ? -yMin : Number((-yMin).toFixed(1)), cutFrom);
    const right = px(cutFrom) <= width / 2;
    const w = estimateTextWidth({ fontSize: NOTE_SIZE }, note);
    const left = right ? width - 4 - w : 4;
    lines.push([{ x: left, y: height - 16 }, { x: left + w, y: height - 16 }, { x: left + w, y: height }, { x: left, y: height }]);
    clipLayers.push({
      data: { values: [{}] },
      mark: { type: 'text', text: note, x: right ? width - 4 : 4, y: height - 4, align: right ? 'right' : 'left',
        baseline: 'bottom', fontSize: NOTE_SIZE, color: '#67001f' },
    });
  }

  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? text.reserveTitle(lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name),
    width,
    height,
    layer: [
      bandLayer,
      ...observedLayers(history, x, y),
      {
        data: {
          // with a history, the dashed projection starts from the last observed year (the base year)
          values: [
            ...(history.length ? [{ year: history[history.length - 1].year, reserveMonths: history[history.length - 1].reserveMonths, band: '' }] : []),
            ...fund.rows.map((r) => ({ year: r.year, reserveMonths: r.reserveMonths, band: bandLabel.get(r.band) ?? r.band })),
          ],
        },
        mark: history.length
          ? { type: 'line', color: '#222222', strokeWidth: 2, strokeDash: [6, 4], clip: true, point: { filled: false, color: '#222222', size: 24 } }
          : { type: 'line', color: '#222222', strokeWidth: 2, clip: true, point: { color: '#222222', size: 24 } },
        encoding: { x, y },
      },
      ...clipLayers,
      ...eventRuleLayers(fund, text, { width, height, x: px, obstacles: lines }),
    ],
  };
  return withFootnote(spec, notes, height);
}

/** The observed years as a solid line with filled dots (none without a history). */
function observedLayers(history: readonly { year: number; reserveMonths: number | null }[], x: object, y: object): VegaLiteSpec[] {
  if (history.length === 0) return [];
  return [{
    data: { values: history.map((r) => ({ year: r.year, reserveMonths: r.reserveMonths, observed: true })) },
    mark: { type: 'line', color: '#222222', strokeWidth: 2.5, clip: true, point: { filled: true, color: '#222222', size: 40 } },
    encoding: { x, y },
  }];
}
