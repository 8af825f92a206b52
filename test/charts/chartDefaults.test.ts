import { describe, expect, it } from 'vitest';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { ChartError } from '../../src/charts/ChartError';
import { niceDomain } from '../../src/charts/niceDomain';
import { pyramidChartSpec, pyramidMaxCount, type PyramidRowLike } from '../../src/charts/pyramidChartSpec';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import { reserveComparisonChartSpec } from '../../src/charts/reserveComparisonChartSpec';
import type { FundLike } from '../../src/charts/types';
import { layersOf, sampleFund } from './sampleFund';

/** A fund running down to −30 months: months 9, 3, −3, −12, −30 (2025–2029); exhausted 2027. */
function exhaustedFund(): FundLike {
  const months = [9, 3, -3, -12, -30];
  return {
    id: 'x', name: 'Exhausted fund', firstDeficitYear: 2025, exhaustionYear: 2027,
    rows: months.map((m, i) => ({ year: 2025 + i, income: 10, expenditure: 12, surplus: -2, balance: m, reserveMonths: m, band: m < 0 ? 'exhausted' : 'low' })),
  };
}
const yDomain = (spec: Record<string, unknown>) =>
  (layersOf(spec).find((l) => l.mark.type === 'line')!.encoding.y.scale as { domain: number[] }).domain;
const texts = (spec: Record<string, unknown>) =>
  layersOf(spec).filter((l) => l.mark.type === 'text' && l.mark.text !== undefined).map((l) => l.mark.text);

describe('reserve charts cut the exhausted region at a stated depth', () => {
  it('cuts the months axis at −6 months by default, clips the line and says from which year', () => {
    // months fall to −30; without the cut the axis would run to 1.05 · (−30) = −31.5
    const spec = reserveChartSpec(exhaustedFund(), { lang: 'en' });
    expect(yDomain(spec)).toEqual([-6, 18]); // 18 = 1.2 × the highest finite band bound, 15
    expect(layersOf(spec).find((l) => l.mark.type === 'line')!.mark.clip).toBe(true);
    // −12 in 2028 is the first value below −6
    expect(texts(spec)).toContain('Axis cut at −6 months; lower values from 2028 not drawn');
    // the exhaustion year stays marked
    expect(layersOf(spec).filter((l) => l.mark.type === 'rule').map((l) => l.data!.values[0].year)).toContain(2027);
  });

  it('takes another depth, or none, and keeps a shallow dip whole', () => {
    expect(yDomain(reserveChartSpec(exhaustedFund(), { clipDepth: 12 }))).toEqual([-12, 18]);
    expect(yDomain(reserveChartSpec(exhaustedFund(), { clipDepth: null }))[0]).toBeCloseTo(-31.5, 12);
    // sample fund bottoms at −1.5: axis to 1.05 · (−1.5) = −1.575, no cut note
    const shallow = reserveChartSpec(sampleFund(), { lang: 'en' });
    expect(yDomain(shallow)[0]).toBeCloseTo(-1.575, 12);
    expect(texts(shallow).filter((t) => String(t).startsWith('Axis cut'))).toEqual([]);
    expect(() => reserveChartSpec(sampleFund(), { clipDepth: 0 })).toThrow(ChartError);
    expect(() => reserveChartSpec(sampleFund(), { clipDepth: Number.NaN })).toThrow(/clipDepth/);
  });

  it('cuts the comparison chart the same way, the note in its footnote', () => {
    const spec = reserveComparisonChartSpec([{ label: 'A', fund: exhaustedFund() }, { label: 'B', fund: sampleFund() }], { lang: 'zh' });
    expect(yDomain(spec)).toEqual([-6, 18]);
    expect(texts(spec).flat()).toContain('纵轴截至 −6 个月；2028年起低于此值未画出');
  });
});

describe('footnotes and the resident-band note', () => {
  it('draws the given footnote lines under the plot, below the axis title', () => {
    const spec = reserveChartSpec(sampleFund(), { footnote: ['来源：示意性假设', '2024 年口径'], height: 300 });
    const foot = layersOf(spec).at(-1)!;
    expect(foot.mark.text).toEqual(['来源：示意性假设', '2024 年口径']);
    expect(foot.mark.y).toBeGreaterThan(300);
    expect(() => reserveChartSpec(sampleFund(), { footnote: 5 as unknown as string })).toThrow(/footnote/);
  });

  it('says the bands are the employee standard, extended, on a fund with bandBasis extension', () => {
    const zh = reserveChartSpec({ ...sampleFund(), bandBasis: 'extension' });
    expect(layersOf(zh).at(-1)!.mark.text).toEqual(['注：预警区间为职工医保统筹基金标准（人社部发〔2009〕67号），此处延伸用于本基金。']);
    const en = reserveChartSpec({ ...sampleFund(), bandBasis: 'extension' }, { lang: 'en', footnote: 'Source: illustrative assumptions' });
    expect(layersOf(en).at(-1)!.mark.text).toEqual(['Source: illustrative assumptions',
      'Note: the bands are the employee pooled-fund standard (MOHRSS 2009 No. 67), extended to this fund.']);
    expect(JSON.stringify(reserveChartSpec({ ...sampleFund(), bandBasis: 'official' }))).not.toContain('extended');
  });

  it('adds footnotes to the single-view charts by layering them, data kept at the top', () => {
    const rows: PyramidRowLike[] = [{ year: 2024, sex: 'male', ageGroup: '0-4', ageStart: 0, count: 10 }];
    const spec = pyramidChartSpec(rows, { footnote: 'Source: census 2020' });
    expect((spec.data as { values: unknown[] }).values).toHaveLength(1);
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
  });
});

describe('money axes carry their unit', () => {
  it('refuses a balance chart without a unit', () => {
    expect(() => balanceChartSpec(sampleFund(), {} as { unit: string })).toThrow(/unit/);
    expect(() => balanceChartSpec(sampleFund(), { unit: ' ' })).toThrow(ChartError);
  });

  it('rounds the money axis to whole steps around zero and every value', () => {
    // sample fund values: −30 … 240 (2028 expenditure); range 270 / 6 = 45 → step 50: [−50, 250]
    const y = layersOf(balanceChartSpec(sampleFund(), { unit: '亿元' }))[0].encoding.y;
    expect((y.scale as { domain: number[] }).domain).toEqual([-50, 250]);
    expect(y.title).toBe('金额（亿元）');
  });

  it('niceDomain: steps of 1, 2 or 5 × 10^k (hand calculations)', () => {
    // 131.5 / 6 = 21.9; 2·10¹ = 20 is too small, so step 5·10¹ = 50: ⌊−1.5/50⌋·50 = −50, ⌈130/50⌉·50 = 150
    expect(niceDomain(-1.5, 130)).toEqual([-50, 150]);
    // 0.3 / 6 = 0.05 → step 0.05: [0, 0.3] without binary noise
    expect(niceDomain(0, 0.3)).toEqual([0, 0.3]);
    expect(niceDomain(4, 4)).toEqual([3, 5]);
  });
});

describe('event labels keep off the data', () => {
  it('moves the first-deficit label to the second row when the line runs along the top', () => {
    // months 17.5 every year: y axis 0 … max(1.05 · 17.5, 18) = 18.375; on a 320 px plot the line
    // is 320 · (18.375 − 17.5) / 18.375 = 15.2 px from the top, inside the top row (4–18 px, ±2 px),
    // clear of the second row (20–34 px).
    const rows = [2025, 2026, 2027, 2028].map((year) => ({ year, income: 1, expenditure: 1, surplus: 0, balance: 1, reserveMonths: 17.5, band: 'excessive' }));
    const spec = reserveChartSpec({ id: 'f', name: 'f', rows, firstDeficitYear: 2026, exhaustionYear: null });
    const label = layersOf(spec).find((l) => l.mark.type === 'text' && l.encoding.text)!;
    expect(label.mark.y).toBe(20);
  });

  it('keeps the top row when it is free', () => {
    const rows = [2025, 2026, 2027, 2028].map((year) => ({ year, income: 1, expenditure: 1, surplus: 0, balance: 1, reserveMonths: 7, band: 'normal' }));
    const label = layersOf(reserveChartSpec({ id: 'f', name: 'f', rows, firstDeficitYear: 2026, exhaustionYear: null }))
      .find((l) => l.mark.type === 'text' && l.encoding.text)!;
    expect(label.mark.y).toBe(4);
  });
});

describe('pyramids that are compared share one scale', () => {
  const rows: PyramidRowLike[] = [
    { year: 2024, sex: 'male', ageGroup: '60+', ageStart: 60, status: 'retirees', count: 30000 },
    { year: 2024, sex: 'male', ageGroup: '60+', ageStart: 60, status: 'others', count: 10000 },
    { year: 2050, sex: 'female', ageGroup: '60+', ageStart: 60, status: 'retirees', count: 80000 },
  ];
  it('pyramidMaxCount is the largest stacked side of an age group over all years', () => {
    // 2024 men 60+: 30000 + 10000 = 40000; 2050 women 60+: 80000
    expect(pyramidMaxCount(rows)).toBe(80000);
    expect(pyramidMaxCount([])).toBe(0);
  });
  it('draws both years on ±1.05 × 8 万 when given the shared maximum', () => {
    const domain = (year: number) => ((pyramidChartSpec(rows, { year, maxCount: pyramidMaxCount(rows) }).encoding as { x: { scale: { domain: number[] } } }).x.scale.domain);
    expect(domain(2024)).toEqual([-8.4, 8.4]);
    expect(domain(2050)).toEqual(domain(2024));
    expect(() => pyramidChartSpec(rows, { year: 2050, maxCount: 100 })).toThrow(/maxCount/);
  });
});

describe('legends keep their whole labels', () => {
  it('the pyramid legend allows 300 px labels, so "Others (uninsured / other schemes)" is not cut', async () => {
    const rows: PyramidRowLike[] = [{ year: 2024, sex: 'male', ageGroup: '0-4', ageStart: 0, status: 'others', count: 10 }];
    const { renderSvg } = await import('../../src/charts/renderSvg');
    const svg = await renderSvg(pyramidChartSpec(rows, { lang: 'en' }));
    expect(svg).toContain('Others (uninsured / other schemes)');
    expect(svg).not.toContain('…');
  });

  it('the dependency and comparison legends too (long fund and measure names)', async () => {
    const { renderSvg } = await import('../../src/charts/renderSvg');
    const { dependencyChartSpec } = await import('../../src/charts/dependencyChartSpec');
    const rows = [2024, 2025].map((year) => ({ year, activesPerRetiree: 2.5, oldAge: 0.2, total: 0.4 }));
    const dep = await renderSvg(dependencyChartSpec([{ label: 'Employee scheme, pooled fund', rows }], { lang: 'en', measures: ['activesPerRetiree', 'oldAge'] }));
    expect(dep).toContain('Old-age dependency (65+/15–64)');
    expect(dep).toContain('Employee scheme, pooled fund');
    expect(dep).not.toContain('…');
    const cmp = await renderSvg(reserveComparisonChartSpec([{ label: 'Current policy, employer rate 6.15 %', fund: sampleFund() }], { lang: 'en' }));
    expect(cmp).toContain('Current policy, employer rate 6.15 %');
    expect(cmp).not.toContain('…');
  });
});
