import type { SimulationFund } from '../montecarlo/summarizePaths';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { RISK_TEXT } from './riskChartText';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/**
 * Probability-of-trouble curves of a fund (Monte Carlo), by year: P(balance exhausted by the year),
 * P(months of reserve below `floorBand`'s lower bound in the year — 3 months with the default bands)
 * and P(current deficit in the year), on a 0–100 % axis.
 */
export function riskCurveChartSpec(fund: SimulationFund, options: { belowBand: { id: string; lower: number }; lang?: ChartLang; title?: string; footnote?: string | readonly string[]; width?: number; height?: number }): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const text = chartText(lang);
  const risk = RISK_TEXT[lang];
  const { width, height } = chartSize(options);
  const series = [risk.pExhausted, risk.pBelow(options.belowBand.lower), risk.pDeficit];
  const values = fund.rows.flatMap((r) => [
    { year: r.year, series: series[0], p: r.pExhaustedBy },
    { year: r.year, series: series[1], p: r.pBelow[options.belowBand.id] ?? 0 },
    { year: r.year, series: series[2], p: r.pDeficit },
  ]);
  const name = lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name;
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? risk.riskTitle(name),
    width,
    height,
    data: { values },
    mark: { type: 'line', point: { size: 12 } },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: text.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
      y: { field: 'p', type: 'quantitative', title: risk.probability, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
      color: { field: 'series', type: 'nominal', title: null, sort: series, scale: { domain: series, range: ['#b2182b', '#ef8a62', '#4393c3'] }, legend: { orient: 'bottom', labelLimit: 320 } },
    },
  }, footnoteLines(options.footnote), height);
}
