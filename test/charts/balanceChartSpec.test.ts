import { describe, expect, it } from 'vitest';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { ChartError } from '../../src/charts/ChartError';
import { layersOf, sampleFund } from './sampleFund';

type Row = { year: number; kind: string; series: string; value: number };
const valuesOf = (spec: Record<string, unknown>) => (spec.data as { values: Row[] }).values;

describe('balanceChartSpec', () => {
  it('carries balance, income and expenditure of every row unchanged (identity with the input)', () => {
    const fund = sampleFund();
    const values = valuesOf(balanceChartSpec(fund, { unit: '亿元' }));
    expect(values).toHaveLength(3 * fund.rows.length);
    for (const kind of ['balance', 'income', 'expenditure'] as const) {
      expect(values.filter((v) => v.kind === kind).map((v) => v.value)).toEqual(fund.rows.map((r) => r[kind]));
    }
  });

  it('draws the balance as bars 70 % of a year wide by default, or as a line', () => {
    // 640 px for 5 years: 0.7 · 640 / 5 = 89.6 px per bar.
    const bars = layersOf(balanceChartSpec(sampleFund(), { unit: '亿元' }));
    expect(bars[0].mark.type).toBe('bar');
    expect(bars[0].mark.size).toBeCloseTo(89.6, 12);
    expect(bars[0].transform).toEqual([{ filter: "datum.kind === 'balance'" }]);
    expect(layersOf(balanceChartSpec(sampleFund(), { unit: '亿元', balanceMark: 'line' }))[0].mark.type).toBe('line');
    expect(bars[1].mark.type).toBe('line');
    expect(bars[1].transform).toEqual([{ filter: "datum.kind !== 'balance'" }]);
  });

  it('names series and axes in the chosen language, with the money unit', () => {
    const zh = balanceChartSpec(sampleFund(), { unit: '亿元' });
    expect(zh.title).toBe('样例基金：收入、支出与累计结余');
    expect(layersOf(zh)[0].encoding.y.title).toBe('金额（亿元）');
    expect(new Set(valuesOf(zh).map((v) => v.series))).toEqual(new Set(['累计结余', '基金收入', '基金支出']));
    const en = balanceChartSpec(sampleFund(), { lang: 'en', unit: '100m yuan' });
    expect(layersOf(en)[0].encoding.y.title).toBe('Amount (100m yuan)');
    expect(layersOf(en)[0].encoding.x.title).toBe('Year');
    expect(new Set(valuesOf(en).map((v) => v.series))).toEqual(new Set(['Cumulative balance', 'Income', 'Expenditure']));
  });

  it('marks the first deficit and exhaustion years with rules', () => {
    const rules = layersOf(balanceChartSpec(sampleFund(), { unit: '亿元' })).filter((l) => l.mark.type === 'rule' && l.encoding.x);
    expect(rules.map((l) => l.data!.values[0].year)).toEqual([2027, 2028]);
  });

  it('rejects an unknown balance mark and an invalid fund', () => {
    expect(() => balanceChartSpec(sampleFund(), { unit: '亿元', balanceMark: 'area' as 'bar' })).toThrow(ChartError);
    const fund = sampleFund();
    const rows = fund.rows.map((r, i) => (i === 0 ? { ...r, balance: Infinity } : r));
    expect(() => balanceChartSpec({ ...fund, rows }, { unit: '亿元' })).toThrow(/balance.*有限数/);
  });
});
