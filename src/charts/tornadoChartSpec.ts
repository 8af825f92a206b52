import type { Sensitivity } from '../sensitivity/sensitivity';
import { chartSize } from './chartSize';
import { RISK_TEXT } from './riskChartText';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/**
 * Tornado chart of a one-at-a-time sensitivity: one horizontal bar per assumption, widest swing on
 * top, from the scenario's value (a vertical rule) to the output with the assumption at its
 * low-cost value (blue) and at its high-cost value (red). `outputTitle` names the output with its
 * unit (e.g. "months of reserve in 2035 (months)").
 */
export function tornadoChartSpec(s: Sensitivity, options: { outputTitle: string; fundName: string; lang?: ChartLang; footnote?: string | readonly string[]; width?: number; height?: number }): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  const risk = RISK_TEXT[lang];
  const { width } = chartSize(options);
  const height = options.height ?? Math.max(120, 36 * s.tornado.length);
  const base = s.base ?? 0;
  const order = s.tornado.map((b) => b.label[lang]);
  const values = s.tornado.flatMap((b) => [
    { assumption: b.label[lang], side: risk.lowCost, from: base, to: b.lowCost.value ?? base },
    { assumption: b.label[lang], side: risk.highCost, from: base, to: b.highCost.value ?? base },
  ]);
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: risk.tornadoTitle(options.fundName, options.outputTitle),
    width,
    height,
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: 18 },
        encoding: {
          y: { field: 'assumption', type: 'nominal', title: null, sort: order, axis: { labelLimit: 260 } },
          x: { field: 'from', type: 'quantitative', title: options.outputTitle, scale: { zero: false } },
          x2: { field: 'to' },
          color: { field: 'side', type: 'nominal', title: null, scale: { domain: [risk.lowCost, risk.highCost], range: ['#2166ac', '#b2182b'] }, legend: { orient: 'bottom' } },
        },
      },
      { data: { values: [{ base }] }, mark: { type: 'rule', color: '#000000', strokeWidth: 1 }, encoding: { x: { field: 'base', type: 'quantitative' } } },
    ],
  }, footnoteLines(options.footnote), height);
}
