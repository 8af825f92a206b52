import { DEFAULT_BANDS } from '../assumptions/defaultBands';
import { assertBands } from './assertBands';
import { assertFundLike } from './assertFundLike';
import { bandLayerSpec } from './bandLayerSpec';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { eventRuleLayers } from './eventRuleLayers';
import type { BandLike, ChartLang, FundLike, VegaLiteSpec } from './types';

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
}

/**
 * Vega-Lite spec of a fund's months of reserve by year (M_t = B_t / (E_t / 12)) drawn as a
 * line over its warning bands, shown as shaded horizontal areas, with vertical rules at the
 * first deficit year and the exhaustion year when present.
 *
 * Years whose reserveMonths is null stay null in the data, so the line breaks there
 * instead of dropping to zero. The y axis runs from min(0, 1.05·lowest value) to
 * max(1.05·highest value, 1.2·highest finite band bound); unbounded bands are cut at the
 * axis ends. Units: months; x axis: calendar years.
 *
 * @throws ChartError for an invalid fund (see assertFundLike), invalid bands (assertBands),
 *   lang other than 'zh'/'en', or a non-positive width/height.
 * @example
 * const svg = await renderSvg(reserveChartSpec(result.funds[0], { lang: 'en' }));
 */
export function reserveChartSpec(fund: FundLike, options: ReserveChartOptions = {}): VegaLiteSpec {
  assertFundLike(fund);
  const bands = options.bands ?? DEFAULT_BANDS;
  assertBands(bands);
  const text = chartText(options.lang ?? 'zh');
  const { width, height } = chartSize(options);
  const label = (band: BandLike) => (options.lang === 'en' ? band.labelEn : band.labelZh);

  const months = fund.rows.map((r) => r.reserveMonths).filter((m): m is number => m !== null);
  const { layer: bandLayer, yMin, yMax } = bandLayerSpec(bands, months, text, options.lang ?? 'zh');
  const years: [number, number] = [fund.rows[0].year, fund.rows[fund.rows.length - 1].year];
  const bandLabel = new Map(bands.map((b) => [b.id, label(b)]));
  const x = { field: 'year', type: 'quantitative', title: text.year,
    scale: { domain: years, nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } };
  const y = { field: 'reserveMonths', type: 'quantitative', title: text.reserveMonths,
    scale: { domain: [yMin, yMax], nice: false, zero: false } };

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? text.reserveTitle((options.lang ?? 'zh') === 'zh' ? (fund.nameZh ?? fund.name) : fund.name),
    width,
    height,
    layer: [
      bandLayer,
      {
        data: {
          values: fund.rows.map((r) => ({ year: r.year, reserveMonths: r.reserveMonths, band: bandLabel.get(r.band) ?? r.band })),
        },
        mark: { type: 'line', color: '#222222', strokeWidth: 2, point: { color: '#222222', size: 24 } },
        encoding: { x, y },
      },
      ...eventRuleLayers(fund, text, years),
    ],
  };
}
