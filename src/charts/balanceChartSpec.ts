import { assertFundLike } from './assertFundLike';
import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import { chartText } from './chartText';
import { eventRuleLayers, type PlotPoint } from './eventRuleLayers';
import { niceDomain } from './niceDomain';
import type { ChartLang, FundLike, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** Options of {@link balanceChartSpec}. */
export interface BalanceChartOptions {
  /** unit of the money amounts, shown in the y axis title, e.g. '亿元' or '100m yuan' (required:
   * a money axis always says its unit; `label(result.unit.money, lang)` gives it for a projection). */
  unit: string;
  /** language of titles and labels; default 'zh'. */
  lang?: ChartLang;
  /** draw the cumulative balance as bars (default) or as a line. */
  balanceMark?: 'bar' | 'line';
  /** chart title; default "<fund name>：收入、支出与累计结余" / "<fund name>: income, expenditure and balance". */
  title?: string;
  /** plot size in pixels; default 640 × 320. */
  width?: number;
  height?: number;
  /** lines under the plot: source, "illustrative assumptions" … */
  footnote?: string | readonly string[];
}

const COLORS = { balance: '#6baed6', income: '#1a9850', expenditure: '#d73027' };

/**
 * Vega-Lite spec of a fund's money flows by year: cumulative balance B_t (累计结余) as bars
 * or a line, income I_t and expenditure E_t as lines (with a history: observed years solid with
 * filled dots and full-colour bars, projected years dashed from the last observed year, lighter bars), a zero line, and vertical rules at the
 * first deficit year and the exhaustion year when present, labelled where the data is not.
 * Amounts are drawn in the unit of the input rows, named by `options.unit` on the axis
 * ("金额（亿元）" / "Amount (100m yuan)"). The y axis ends on round steps around 0 and every
 * value (niceDomain). Bars are 70 % of a year's width.
 *
 * @throws ChartError for an invalid fund (see assertFundLike), a missing or empty unit
 *   (`options.unit`), lang other than 'zh'/'en', balanceMark other than 'bar'/'line', a
 *   non-positive width/height, a footnote that is not text.
 * @example
 * const svg = await renderSvg(balanceChartSpec(result.funds[0], { unit: '亿元' }));
 */
export function balanceChartSpec(fund: FundLike, options: BalanceChartOptions): VegaLiteSpec {
  assertFundLike(fund);
  const lang = options?.lang ?? 'zh';
  const text = chartText(lang);
  if (typeof options?.unit !== 'string' || options.unit.trim() === '') {
    throw new ChartError('charts.options.unit', {}, ['unit']);
  }
  const { width, height } = chartSize(options);
  const balanceMark = options.balanceMark ?? 'bar';
  if (balanceMark !== 'bar' && balanceMark !== 'line') {
    throw new ChartError('charts.options.balanceMark', { value: JSON.stringify(balanceMark) }, ['balanceMark']);
  }

  const history = fund.history ?? [];
  const first = (history[0] ?? fund.rows[0]).year;
  const last = fund.rows[fund.rows.length - 1].year;
  const flows = (r: { year: number; income: number | null; expenditure: number | null; balance: number | null }, phase?: string) =>
    ([['balance', r.balance], ['income', r.income], ['expenditure', r.expenditure]] as const)
      .filter(([, value]) => value !== null)
      .map(([kind, value]) => ({ year: r.year, kind, series: text[kind], value: value as number, ...(phase ? { phase } : {}) }));
  // with a history, each value says whether it is observed; the projected lines start at the last observed year
  const lastObserved = history[history.length - 1];
  const values = history.length
    ? [
        ...history.flatMap((r) => flows(r, 'observed')),
        ...flows(lastObserved, 'projected').filter((v) => v.kind !== 'balance'),
        ...fund.rows.flatMap((r) => flows(r, 'projected')),
      ]
    : fund.rows.flatMap((r) => flows(r));
  const all = values.map((v) => v.value);
  const [lo, hi] = niceDomain(Math.min(0, ...all), Math.max(0, ...all));
  const x = { field: 'year', type: 'quantitative', title: text.year,
    scale: { domain: [first - 0.5, last + 0.5], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1 } };
  const y = { field: 'value', type: 'quantitative', title: text.withUnit(text.amount, options.unit),
    scale: { domain: [lo, hi], nice: false, zero: false } };
  const color = { field: 'series', type: 'nominal', title: text.series,
    scale: { domain: [text.balance, text.income, text.expenditure], range: [COLORS.balance, COLORS.income, COLORS.expenditure] } };
  const barSize = Math.max(1, (0.7 * width) / (last - first + 1));

  const px = (year: number) => ((year - first + 0.5) / (last - first + 1)) * width;
  const py = (v: number) => (height * (hi - v)) / (hi - lo);
  const observedPoints = history.flatMap((r) => [r.income, r.expenditure].filter((v): v is number => v !== null).map((v) => ({ x: px(r.year), y: py(v) })));
  const obstacles: PlotPoint[][] = [
    ...observedPoints.map((p) => [p]),
    fund.rows.map((r) => ({ x: px(r.year), y: py(r.income) })),
    fund.rows.map((r) => ({ x: px(r.year), y: py(r.expenditure) })),
    ...(balanceMark === 'bar'
      ? fund.rows.map((r) => [{ x: px(r.year), y: py(0) }, { x: px(r.year), y: py(r.balance) }])
      : [fund.rows.map((r) => ({ x: px(r.year), y: py(r.balance) }))]),
  ];

  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? text.balanceTitle(lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name),
    width,
    height,
    data: { values },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'balance'" }],
        mark: balanceMark === 'bar' ? { type: 'bar', size: barSize } : { type: 'line', strokeWidth: 2, strokeDash: [4, 2], point: true },
        // observed balances solid, projected ones lighter
        encoding: history.length ? { x, y, color, opacity: { field: 'phase', type: 'ordinal', scale: { domain: ['observed', 'projected'], range: [1, 0.55] }, legend: null } } : { x, y, color },
      },
      ...(history.length
        ? [
            {
              transform: [{ filter: "datum.kind !== 'balance' && datum.phase === 'observed'" }],
              mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 40 } },
              encoding: { x, y, color },
            },
            {
              transform: [{ filter: "datum.kind !== 'balance' && datum.phase === 'projected'" }],
              mark: { type: 'line', strokeWidth: 2, strokeDash: [6, 4], point: { filled: false } },
              encoding: { x, y, color },
            },
          ]
        : [
            {
              transform: [{ filter: "datum.kind !== 'balance'" }],
              mark: { type: 'line', strokeWidth: 2, point: true },
              encoding: { x, y, color },
            },
          ]),
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#555555', strokeWidth: 1 }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
      ...eventRuleLayers(fund, text, { width, height, x: px, obstacles }),
    ],
  };
  const notes = footnoteLines(options.footnote);
  if (history.length) notes.push(text.observedNote(lastObserved.year));
  return withFootnote(spec, notes, height);
}
