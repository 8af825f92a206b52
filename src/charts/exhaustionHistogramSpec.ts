import type { SimulationFund } from '../montecarlo/summarizePaths';
import { chartSize } from './chartSize';
import { RISK_TEXT } from './riskChartText';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/**
 * Histogram of the year a fund's balance is first exhausted across the Monte Carlo paths: one bar
 * per projected year (share of paths), and a last bar, set apart in grey, for the paths not
 * exhausted within the horizon. The bars sum to 100 %.
 */
export function exhaustionHistogramSpec(fund: SimulationFund, options: { endYear: number; lang?: ChartLang; title?: string; footnote?: string | readonly string[]; width?: number; height?: number }): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const risk = RISK_TEXT[lang];
  const { width, height } = chartSize(options);
  const none = risk.notWithin(options.endYear);
  const values = [
    ...fund.exhaustionYear.byYear.filter((b) => b.share > 0).map((b) => ({ label: String(b.year), share: b.share, within: true })),
    { label: none, share: fund.exhaustionYear.notWithinHorizon, within: false },
  ];
  const name = lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name;
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? risk.histTitle(name),
    width,
    height,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'label', type: 'ordinal', title: risk.exhaustionYear, sort: values.map((v) => v.label), axis: { labelAngle: -45 } },
      y: { field: 'share', type: 'quantitative', title: risk.share, axis: { format: '.0%' } },
      color: { field: 'within', type: 'nominal', legend: null, scale: { domain: [true, false], range: ['#b2182b', '#969696'] } },
    },
  }, footnoteLines(options.footnote), height);
}
