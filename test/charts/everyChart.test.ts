import { describe, expect, it } from 'vitest';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { ChartError } from '../../src/charts/ChartError';
import { dependencyChartSpec } from '../../src/charts/dependencyChartSpec';
import { fanChartSpec } from '../../src/charts/fanChartSpec';
import { pyramidChartSpec, type PyramidRowLike } from '../../src/charts/pyramidChartSpec';
import { renderSvg } from '../../src/charts/renderSvg';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import { reserveComparisonChartSpec } from '../../src/charts/reserveComparisonChartSpec';
import { sampleFund } from './sampleFund';

/**
 * Every chart function, drawn to SVG: the marks it must draw are there, its axes say their
 * units (money in 亿元 / 100m yuan, months, persons in 万人), and no attribute holds NaN or
 * Infinity (a NaN coordinate makes a browser drop the element silently).
 */
const marks = (svg: string) => new Set([...svg.matchAll(/class="mark-(\w+) role-mark/g)].map((m) => m[1]));
const axisTitle = (svg: string, axis: 'X' | 'Y') => svg.match(new RegExp(`${axis}-axis titled '([^']*)'`))?.[1];
function expectFiniteAttributes(svg: string): void {
  const bad = [...svg.matchAll(/\s[\w:-]+="[^"]*(NaN|Infinity)[^"]*"/g)].map((m) => m[0]);
  expect(bad).toEqual([]);
}

const pyramidRows: PyramidRowLike[] = [
  { year: 2024, sex: 'male', ageGroup: '0-49', ageStart: 0, status: 'actives', count: 30000 },
  { year: 2024, sex: 'male', ageGroup: '50+', ageStart: 50, status: 'retirees', count: 20000 },
  { year: 2024, sex: 'female', ageGroup: '0-49', ageStart: 0, status: 'actives', count: 25000 },
  { year: 2024, sex: 'female', ageGroup: '50+', ageStart: 50, status: 'retirees', count: 40000 },
];
const dependencyRows = [2024, 2025, 2026].map((year, i) => ({ year, activesPerRetiree: 2.8 - 0.1 * i, oldAge: 0.2 + 0.01 * i, total: 0.45 }));

describe('every chart function draws its marks with units and finite attributes', () => {
  it('reserveChartSpec: band rects, the months line and points, key-year rules and labels; axis in months', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const svg = await renderSvg(reserveChartSpec({ ...sampleFund(), bandBasis: 'extension' }, { lang, footnote: 'Source: test' }));
      expect([...marks(svg)]).toEqual(expect.arrayContaining(['rect', 'line', 'symbol', 'rule', 'text']));
      expect(axisTitle(svg, 'Y')).toBe(lang === 'zh' ? '累计结余可支付月数（月）' : 'Reserve (months of expenditure)');
      expectFiniteAttributes(svg);
    }
  });

  it('reserveChartSpec: an exhausted fund cut at −6 months stays finite', async () => {
    const fund = sampleFund();
    const rows = fund.rows.map((r) => (r.year === 2028 ? { ...r, reserveMonths: -400 } : r));
    const svg = await renderSvg(reserveChartSpec({ ...fund, rows }));
    expect(svg).toContain('纵轴截至 −6 个月；2028年起低于此值未画出');
    expectFiniteAttributes(svg);
  });

  it('balanceChartSpec: balance bars, income and expenditure lines, zero and key-year rules; money axis with its unit', async () => {
    const zh = await renderSvg(balanceChartSpec(sampleFund(), { unit: '亿元' }));
    expect([...marks(zh)]).toEqual(expect.arrayContaining(['rect', 'line', 'symbol', 'rule', 'text']));
    expect(axisTitle(zh, 'Y')).toBe('金额（亿元）');
    expectFiniteAttributes(zh);
    const en = await renderSvg(balanceChartSpec(sampleFund(), { unit: '100m yuan', lang: 'en', balanceMark: 'line' }));
    expect(axisTitle(en, 'Y')).toBe('Amount (100m yuan)');
    expect(marks(en).has('line')).toBe(true);
    expectFiniteAttributes(en);
  });

  it('reserveComparisonChartSpec: bands and one line per scenario; axis in months', async () => {
    const svg = await renderSvg(reserveComparisonChartSpec([{ label: 'A', fund: sampleFund() }, { label: 'B', fund: { ...sampleFund(), id: 'b' } }], { lang: 'en' }));
    expect([...marks(svg)]).toEqual(expect.arrayContaining(['rect', 'line']));
    expect(axisTitle(svg, 'Y')).toBe('Reserve (months of expenditure)');
    expect(svg.match(/class="mark-line role-mark/g)?.length).toBeGreaterThanOrEqual(1);
    expectFiniteAttributes(svg);
  });

  it('pyramidChartSpec: bars (rects) by age group; persons axis in 万人 / 10k', async () => {
    const zh = await renderSvg(pyramidChartSpec(pyramidRows, { footnote: '来源：测试' }));
    expect([...marks(zh)]).toEqual(expect.arrayContaining(['rect', 'text']));
    expect(axisTitle(zh, 'X')).toBe('男 ← 人数（万人） → 女');
    expectFiniteAttributes(zh);
    const en = await renderSvg(pyramidChartSpec(pyramidRows, { lang: 'en' }));
    expect(axisTitle(en, 'X')).toBe('Men ← Persons (10k) → Women');
  });

  it('dependencyChartSpec: one line per scenario and measure; ratio axis (a plain ratio, no unit)', async () => {
    const svg = await renderSvg(dependencyChartSpec([{ label: 'reform', rows: dependencyRows }], { measures: ['activesPerRetiree', 'oldAge'], lang: 'en' }));
    expect(marks(svg).has('line')).toBe(true);
    expect(axisTitle(svg, 'Y')).toBe('Ratio');
    expectFiniteAttributes(svg);
  });
});

describe('fanChartSpec', () => {
  const rows = [2025, 2026, 2027].map((year, i) => ({ year, low: -2 - i, lowInner: 1, median: 3 - i, highInner: 5, high: 9 + i }));
  it('draws the two bands (areas), the median line and the zero rule; the axis carries the unit', async () => {
    const svg = await renderSvg(fanChartSpec(rows, { measure: 'Months of reserve', unit: 'months', title: 'Fan', lang: 'en' }));
    expect([...marks(svg)]).toEqual(expect.arrayContaining(['area', 'line', 'rule']));
    expect(svg.match(/class="mark-area role-mark/g)).toHaveLength(2);
    expect(axisTitle(svg, 'Y')).toBe('Months of reserve (months)');
    expectFiniteAttributes(svg);
  });
  it('refuses unordered percentiles, a missing unit and no rows', () => {
    expect(() => fanChartSpec([{ ...rows[0], lowInner: 10 }], { measure: 'm', unit: 'months', title: 't' })).toThrow(/low ≤ lowInner/);
    expect(() => fanChartSpec(rows, { measure: 'm', unit: '', title: 't' })).toThrow(/unit/);
    expect(() => fanChartSpec([], { measure: 'm', unit: 'x', title: 't' })).toThrow(ChartError);
  });
});
