import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../src/assumptions/defaultBands';
import { ChartError } from '../../src/charts/ChartError';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import type { BandLike, FundLike } from '../../src/charts/types';
import { layersOf, sampleFund } from './sampleFund';

const rectLayer = (spec: Record<string, unknown>) => layersOf(spec).find((l) => l.mark.type === 'rect')!;
const lineLayer = (spec: Record<string, unknown>) => layersOf(spec).find((l) => l.mark.type === 'line')!;

function expectChartError(f: () => unknown, code: string): ChartError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ChartError);
    expect((e as ChartError).code).toBe(code);
    expect((e as ChartError).message).toMatch(/[\u4e00-\u9fff]/); // Chinese half of the message
    return e as ChartError;
  }
  throw new Error(`expected ChartError ${code}`);
}

describe('reserveChartSpec: data', () => {
  it('plots every row with its reserve months unchanged (identity with the input)', () => {
    const fund = sampleFund();
    const values = lineLayer(reserveChartSpec(fund)).data!.values;
    expect(values.map((v) => v.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(values.map((v) => v.reserveMonths)).toEqual([10, 11, null, 11, -1.5]);
  });

  it('keeps null reserve months as null, never 0', () => {
    const values = lineLayer(reserveChartSpec(sampleFund())).data!.values;
    const y2026 = values.find((v) => v.year === 2026)!;
    expect(y2026.reserveMonths).toBeNull();
    expect(values.filter((v) => v.reserveMonths === 0)).toHaveLength(0);
  });

  it('labels each row with its band in the chosen language, and unknown ids as themselves', () => {
    const zh = lineLayer(reserveChartSpec(sampleFund(), { lang: 'zh' })).data!.values;
    const en = lineLayer(reserveChartSpec(sampleFund(), { lang: 'en' })).data!.values;
    const high = DEFAULT_BANDS.find((b) => b.id === 'high')!;
    expect(zh[0].band).toBe(high.labelZh);
    expect(en[0].band).toBe(high.labelEn);
    expect(en[2].band).toBe('no_expenditure');
  });
});

describe('reserveChartSpec: warning bands', () => {
  it('shades the six default bands (人社部发〔2009〕67号), cut at the axis ends', () => {
    // Hand calculation: months 10, 11, 11, −1.5 → y from min(0, 1.05·(−1.5)) = −1.575
    // to max(1.05·11 = 11.55, 1.2·15 = 18, 1) = 18.
    const rects = rectLayer(reserveChartSpec(sampleFund())).data!.values;
    expect(rects.map((r) => r.id)).toEqual(['exhausted', 'insufficient', 'low', 'normal', 'high', 'excessive']);
    const bounds = rects.map((r) => [r.y, r.y2] as [number, number]);
    const expected = [[-1.575, 0], [0, 3], [3, 6], [6, 9], [9, 15], [15, 18]];
    bounds.forEach(([lo, hi], i) => {
      expect(lo).toBeCloseTo(expected[i][0], 12);
      expect(hi).toBeCloseTo(expected[i][1], 12);
    });
  });

  it('puts the band labels in the legend, highest band first, in zh or en', () => {
    const zh = rectLayer(reserveChartSpec(sampleFund(), { lang: 'zh' })).encoding.color;
    const en = rectLayer(reserveChartSpec(sampleFund(), { lang: 'en' })).encoding.color;
    expect((zh.scale as { domain: string[] }).domain).toEqual([...DEFAULT_BANDS].reverse().map((b) => b.labelZh));
    expect((en.scale as { domain: string[] }).domain).toEqual([...DEFAULT_BANDS].reverse().map((b) => b.labelEn));
    expect(zh.title).toBe('预警区间');
    expect(en.title).toBe('Warning band');
  });

  it('drops a band that lies wholly outside the axis range', () => {
    // Without negative months the axis starts at 0, so the "exhausted" band (< 0) has no height.
    const fund = sampleFund();
    const positive: FundLike = { ...fund, exhaustionYear: null, rows: fund.rows.slice(0, 4) };
    const ids = rectLayer(reserveChartSpec(positive)).data!.values.map((r) => r.id);
    expect(ids).toEqual(['insufficient', 'low', 'normal', 'high', 'excessive']);
  });

  it('uses custom bands (e.g. 0.2–0.5 months) and scales the axis to them', () => {
    const bands: BandLike[] = [
      { id: 'below', labelZh: '低于下限', labelEn: 'below range', lower: null, upper: 0.2 },
      { id: 'target', labelZh: '目标区间', labelEn: 'target', lower: 0.2, upper: 0.5 },
      { id: 'above', labelZh: '高于上限', labelEn: 'above range', lower: 0.5, upper: null },
    ];
    const fund = sampleFund();
    const small: FundLike = { ...fund, rows: fund.rows.map((r) => ({ ...r, reserveMonths: r.reserveMonths === null ? null : 0.3 })) };
    const rects = rectLayer(reserveChartSpec(small, { bands, lang: 'en' })).data!.values;
    // y from 0 to max(1.05·0.3 = 0.315, 1.2·0.5 = 0.6, 1) = 1.
    expect(rects.map((r) => [r.label, r.y, r.y2])).toEqual([
      ['below range', 0, 0.2], ['target', 0.2, 0.5], ['above range', 0.5, 1],
    ]);
  });
});

describe('reserveChartSpec: key years and text', () => {
  it('draws a rule at the first deficit year and at the exhaustion year', () => {
    const rules = layersOf(reserveChartSpec(sampleFund(), { lang: 'en' })).filter((l) => l.mark.type === 'rule');
    expect(rules.map((l) => l.data!.values[0].year)).toEqual([2027, 2028]);
    const labels = layersOf(reserveChartSpec(sampleFund(), { lang: 'zh' }))
      .filter((l) => l.mark.type === 'text').map((l) => l.data!.values[0].label);
    expect(labels).toEqual(['首次当期赤字 2027', '基金穿底 2028']);
  });

  it('draws no rule when neither year is present', () => {
    const fund = sampleFund();
    const calm: FundLike = { ...fund, firstDeficitYear: null, exhaustionYear: null };
    expect(layersOf(reserveChartSpec(calm)).filter((l) => l.mark.type === 'rule' || l.mark.type === 'text')).toHaveLength(0);
  });

  it('titles the chart and axes in the chosen language; default zh', () => {
    const zh = reserveChartSpec(sampleFund());
    expect(zh.title).toBe('样例基金：累计结余可支付月数');
    expect(lineLayer(zh).encoding.x.title).toBe('年份');
    expect(lineLayer(zh).encoding.y.title).toBe('累计结余可支付月数（月）');
    const en = reserveChartSpec(sampleFund(), { lang: 'en', title: 'Custom' });
    expect(en.title).toBe('Custom');
    expect(lineLayer(en).encoding.x.title).toBe('Year');
  });
});

describe('reserveChartSpec: bad input', () => {
  const fund = sampleFund();
  it('rejects a fund without rows', () => {
    expectChartError(() => reserveChartSpec({ ...fund, rows: [] }), 'charts.fund.noRows');
  });
  it('rejects a non-finite amount, with the path of the value', () => {
    const rows = fund.rows.map((r, i) => (i === 1 ? { ...r, income: Number.NaN } : r));
    expect(expectChartError(() => reserveChartSpec({ ...fund, rows }), 'charts.row.notFinite').path).toEqual(['rows', 1, 'income']);
  });
  it('rejects infinite reserve months (null is the only allowed gap)', () => {
    const rows = fund.rows.map((r, i) => (i === 2 ? { ...r, reserveMonths: Infinity } : r));
    expectChartError(() => reserveChartSpec({ ...fund, rows }), 'charts.row.reserveMonths');
  });
  it('rejects years out of order and non-integer years', () => {
    expectChartError(() => reserveChartSpec({ ...fund, rows: [fund.rows[1], fund.rows[0]] }), 'charts.row.yearOrder');
    expectChartError(() => reserveChartSpec({ ...fund, rows: [{ ...fund.rows[0], year: 2024.5 }] }), 'charts.row.year');
    expectChartError(() => reserveChartSpec({ ...fund, exhaustionYear: 2028.5 }), 'charts.fund.keyYear');
  });
  it('rejects an unknown language, a non-positive size and overlapping bands', () => {
    expectChartError(() => reserveChartSpec(fund, { lang: 'fr' as 'en' }), 'charts.options.lang');
    expectChartError(() => reserveChartSpec(fund, { width: 0 }), 'charts.options.size');
    const overlapping: BandLike[] = [
      { id: 'a', labelZh: '甲', labelEn: 'a', lower: null, upper: 6 },
      { id: 'b', labelZh: '乙', labelEn: 'b', lower: 3, upper: null },
    ];
    expectChartError(() => reserveChartSpec(fund, { bands: overlapping }), 'charts.band.order');
    expectChartError(() => reserveChartSpec(fund, { bands: [] }), 'charts.bands.empty');
  });
});
