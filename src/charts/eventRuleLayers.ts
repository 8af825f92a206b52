import type { ChartText } from './chartText';
import type { FundLike, VegaLiteSpec } from './types';

/** Colours of the key-year rules: orange for the first deficit, dark red for exhaustion. */
const FIRST_DEFICIT_COLOR = '#e08214';
const EXHAUSTION_COLOR = '#b2182b';

/**
 * Vega-Lite layers marking a fund's first current-year deficit (首次当期赤字) and the
 * exhaustion of its balance (基金穿底) as vertical rules at those years, each labelled
 * "label year" near the top of the plot. Labels sit on two rows so that close years do
 * not overlap, and turn to the left of their rule in the right half of the plot.
 * Returns [] when neither year is present. Never throws (input checked by the caller).
 *
 * @param fund       the fund; its key years are drawn when not null
 * @param text       chart text in the chart's language
 * @param yearRange  [first, last] year on the x axis
 */
export function eventRuleLayers(fund: FundLike, text: ChartText, yearRange: [number, number]): VegaLiteSpec[] {
  const middle = (yearRange[0] + yearRange[1]) / 2;
  const events = [
    { year: fund.firstDeficitYear, label: text.firstDeficit, color: FIRST_DEFICIT_COLOR, dash: [6, 3], row: 0 },
    { year: fund.exhaustionYear, label: text.exhaustion, color: EXHAUSTION_COLOR, dash: [], row: 1 },
  ];
  const layers: VegaLiteSpec[] = [];
  for (const e of events) {
    if (e.year === null) continue;
    const right = e.year > middle;
    const data = { values: [{ year: e.year, label: `${e.label} ${e.year}` }] };
    layers.push({
      data,
      mark: { type: 'rule', color: e.color, strokeWidth: 1.5, strokeDash: e.dash },
      encoding: { x: { field: 'year', type: 'quantitative' } },
    });
    layers.push({
      data,
      mark: {
        type: 'text', color: e.color, fontWeight: 'bold', baseline: 'top',
        align: right ? 'right' : 'left', dx: right ? -4 : 4, y: 4 + 16 * e.row,
      },
      encoding: { x: { field: 'year', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
    });
  }
  return layers;
}
