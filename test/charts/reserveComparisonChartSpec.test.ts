import { describe, expect, it } from 'vitest';
import { ChartError, renderSvg, reserveComparisonChartSpec } from '../../src/index';
import { sampleFund } from './sampleFund';

describe('reserveComparisonChartSpec', () => {
  const a = sampleFund();
  const b = { ...sampleFund(), rows: sampleFund().rows.map((r) => ({ ...r, reserveMonths: r.reserveMonths === null ? null : r.reserveMonths - 2 })) };

  it('plots one line per scenario with every row of each, nulls kept as null', () => {
    const spec = reserveComparisonChartSpec([{ label: 'A', fund: a }, { label: 'B', fund: b }], { lang: 'en' }) as any;
    const lines = spec.layer[1].data.values;
    expect(lines).toHaveLength(a.rows.length + b.rows.length);
    expect(lines.filter((r: any) => r.scenario === 'B').map((r: any) => r.reserveMonths)).toEqual(b.rows.map((r) => r.reserveMonths));
    expect(spec.layer[0].mark.type).toBe('rect'); // the warning bands underneath
  });

  it('restricts to a year range', () => {
    const from = a.rows[1].year;
    const spec = reserveComparisonChartSpec([{ label: 'A', fund: a }], { years: [from, from] }) as any;
    expect(spec.layer[1].data.values.map((r: any) => r.year)).toEqual([from]);
  });

  it('refuses duplicate labels and an empty list, in both languages', () => {
    expect(() => reserveComparisonChartSpec([{ label: 'A', fund: a }, { label: 'A', fund: b }])).toThrow(ChartError);
    expect(() => reserveComparisonChartSpec([])).toThrow(/至少需要一个情景/);
  });

  it('renders to SVG with the scenario legend', async () => {
    const svg = await renderSvg(reserveComparisonChartSpec([{ label: 'Scenario A', fund: a }, { label: 'Scenario B', fund: b }], { lang: 'en' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Scenario B');
  });
});

describe('chart titles use the Chinese fund name in Chinese', () => {
  it('reserve and balance charts', async () => {
    const { reserveChartSpec, balanceChartSpec } = await import('../../src/index');
    const fund = { ...sampleFund(), name: 'District fund', nameZh: '区统筹基金' };
    expect((reserveChartSpec(fund, { lang: 'zh' }) as any).title).toMatch(/^区统筹基金：/);
    expect((balanceChartSpec(fund, { lang: 'zh', unit: '亿元' }) as any).title).toMatch(/^区统筹基金：/);
    expect((reserveChartSpec(fund, { lang: 'en' }) as any).title).toMatch(/^District fund/);
  });
});
