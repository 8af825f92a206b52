import { describe, expect, it } from 'vitest';
import { ChartError } from '../../src/charts/ChartError';
import { dependencyChartSpec } from '../../src/charts/dependencyChartSpec';
import { pyramidChartSpec, type PyramidRowLike } from '../../src/charts/pyramidChartSpec';
import { renderSvg } from '../../src/charts/renderSvg';

const rows: PyramidRowLike[] = [
  { year: 2024, sex: 'male', ageGroup: '0-49', ageStart: 0, status: 'actives', count: 30000 },
  { year: 2024, sex: 'male', ageGroup: '0-49', ageStart: 0, status: 'others', count: 70000 },
  { year: 2024, sex: 'male', ageGroup: '50+', ageStart: 50, status: 'retirees', count: 20000 },
  { year: 2024, sex: 'female', ageGroup: '0-49', ageStart: 0, status: 'actives', count: 25000 },
  { year: 2024, sex: 'female', ageGroup: '50+', ageStart: 50, status: 'retirees', count: 40000 },
  { year: 2050, sex: 'female', ageGroup: '50+', ageStart: 50, status: 'retirees', count: 1 },
];
type Values = { values: { value: number; persons: number; status: string; ageGroup: string }[] };

describe('pyramidChartSpec', () => {
  it('keeps the year\'s rows, men negative and women positive, in 万人 (counts / 10⁴)', () => {
    const spec = pyramidChartSpec(rows, { year: 2024, lang: 'en' });
    const values = (spec.data as Values).values;
    expect(values).toHaveLength(5);
    // men: −(3 + 7 + 2) = −12; women: 2.5 + 4 = 6.5 (hand sums of the rows above ÷ 10⁴)
    expect(values.filter((v) => v.value < 0).reduce((s, v) => s + v.value, 0)).toBeCloseTo(-12, 12);
    expect(values.filter((v) => v.value > 0).reduce((s, v) => s + v.value, 0)).toBeCloseTo(6.5, 12);
    // oldest group at the top: sort order 50+ then 0-49
    expect((spec.encoding as { y: { sort: string[] } }).y.sort).toEqual(['50+', '0-49']);
    // the axis is symmetric around the larger side: men's 0-49 bar, 10 (万), × 1.05
    expect((spec.encoding as { x: { scale: { domain: number[] } } }).x.scale.domain).toEqual([-10.5, 10.5]);
  });

  it('labels statuses in Chinese by default and draws a population pyramid without statuses', () => {
    const zh = pyramidChartSpec(rows);
    expect((zh.data as Values).values.map((v) => v.status)).toContain('退休人员');
    const plain = pyramidChartSpec(rows.map(({ status: _s, ...r }) => r));
    expect(new Set((plain.data as Values).values.map((v) => v.status))).toEqual(new Set(['人口']));
  });

  it('errors: no rows for the year, a negative count', () => {
    expect(() => pyramidChartSpec(rows, { year: 1990 })).toThrow(ChartError);
    expect(() => pyramidChartSpec([{ ...rows[0], count: -1 }])).toThrow(/count must be finite and ≥ 0/);
  });

  it('renders to SVG', async () => {
    const svg = await renderSvg(pyramidChartSpec(rows, { lang: 'zh' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('人口金字塔');
  });
});

describe('dependencyChartSpec', () => {
  const a = [{ year: 2024, activesPerRetiree: 2.63, oldAge: 0.22, total: 0.46 }, { year: 2025, activesPerRetiree: 2.5, oldAge: 0.23, total: 0.47 }];
  const b = [{ year: 2024, activesPerRetiree: 2.63, oldAge: 0.22, total: 0.46 }, { year: 2025, activesPerRetiree: null, oldAge: 0.23, total: 0.47 }];

  it('one point per scenario, year and measure; nulls stay null (a gap, not zero)', () => {
    const spec = dependencyChartSpec([{ label: 'reform', rows: a }, { label: 'no reform', rows: b }], { measures: ['activesPerRetiree', 'oldAge'], lang: 'en' });
    const values = (spec.data as { values: { series: string; value: number | null }[] }).values;
    expect(values).toHaveLength(2 * 2 * 2);
    expect(values.filter((v) => v.value === null)).toHaveLength(1);
    expect(values.filter((v) => v.series === 'reform').map((v) => v.value)).toEqual([2.63, 0.22, 2.5, 0.23]);
  });

  it('errors: unknown measure, empty series, a non-finite ratio', () => {
    expect(() => dependencyChartSpec([{ label: 'x', rows: a }], { measures: ['young' as never] })).toThrow(/measures must be/);
    expect(() => dependencyChartSpec([])).toThrow(ChartError);
    expect(() => dependencyChartSpec([{ label: 'x', rows: [{ ...a[0], oldAge: NaN }] }], { measures: ['oldAge'] })).toThrow(/not a finite number/);
  });

  it('renders to SVG', async () => {
    expect((await renderSvg(dependencyChartSpec([{ label: '改革', rows: a }]))).startsWith('<svg')).toBe(true);
  });
});

describe('pyramidChartSpec: empty statuses', () => {
  it('leaves out a status with nobody in the year (no legend entry for it)', () => {
    const withEmpty: PyramidRowLike[] = [...rows, { year: 2024, sex: 'male', ageGroup: '0-49', ageStart: 0, status: 'residents', count: 0 }];
    const spec = pyramidChartSpec(withEmpty, { lang: 'en' });
    expect((spec.encoding as { color: { scale: { domain: string[] } } }).color.scale.domain).not.toContain('Resident scheme');
    expect((spec.data as Values).values).toHaveLength(5);
  });
});
