import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import { project } from '../../src/engine/project';
import { formatTable } from '../../src/results/formatTable';
import { loadScenario } from '../../src/scenario/loadScenario';
import { formatVerdict } from '../../src/solve/formatVerdict';
import { verdict } from '../../src/solve/verdict';

const result = project(resolveAssumptions(loadScenario(join(__dirname, '..', 'fixtures', 'history', 'inline.yaml'))));
const fund = result.funds[0];
type Layer = { data?: { values: Record<string, unknown>[] }; mark: { type: string; strokeDash?: number[] }; transform?: { filter: string }[] };
const layers = (spec: Record<string, unknown>): Layer[] => {
  const inner = (spec.vconcat as Record<string, unknown>[] | undefined)?.[0] ?? spec;
  return inner.layer as Layer[];
};

describe('history in verdicts', () => {
  const v = verdict(result, 'emp');
  it("gives the base year's own months of reserve and each past year's gap rate and months", () => {
    // fixture: base year 2024, balance 5000, expenditure 1000 → 60 months
    expect(v.base).toMatchObject({ year: 2024, band: 'excessive' });
    expect(v.base.months).toBeCloseTo(60, 12);
    expect(v.history.map((h) => h.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    // 2021 by hand: gap (980 − 1050)/1050 = −6.667%; months 4670 ÷ (980/12) = 57.18
    expect(v.history[1].gapRate).toBeCloseTo(-70 / 1050, 12);
    expect(v.history[1].months).toBeCloseTo((4670 * 12) / 980, 12);
    expect(v.summary.en).toContain('In the base year 2024 it holds 60.0 months of reserve');
    expect(v.summary.zh).toContain('基期2024年可支付60.0个月');
  });
  it('formatVerdict lists the observed years', () => {
    expect(formatVerdict(v, 'en')).toContain('2021: gap rate -6.7%, 57.2 months');
    expect(formatVerdict(v, 'zh')).toContain('2021年：缺口率 -6.7%，可支付 57.2 个月');
  });
});

describe('history in tables', () => {
  it('observed years come first, marked, and the header gives the base-year months', () => {
    const en = formatTable(result, { lang: 'en' });
    expect(en).toContain('Base year 2024: 60.0 months of reserve');
    expect(en.indexOf('2020 (obs.)')).toBeGreaterThan(0);
    expect(en.indexOf('2024 (obs.)')).toBeLessThan(en.search(/│\s+2025 │/)); // observed rows above the first projected one
    expect(en.search(/│\s+2025 │/)).toBeGreaterThan(0);
    expect(formatTable(result, { lang: 'zh' })).toContain('2022（实际）');
  });
});

describe('history in charts: observed solid with dots, projections dashed', () => {
  it('reserve chart: an observed layer with the history months, the projection dashed from the base year', () => {
    const ls = layers(reserveChartSpec(fund, { lang: 'en' }));
    const observed = ls.find((l) => l.data?.values.some((v) => v.observed === true))!;
    expect(observed.mark.strokeDash).toBeUndefined();
    expect(observed.data!.values.map((v) => v.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(observed.data!.values[4].reserveMonths).toBeCloseTo(60, 12);
    const projected = ls.find((l) => l.mark.type === 'line' && l.mark.strokeDash)!;
    expect(projected.data!.values[0].year).toBe(2024); // starts at the last observed year
    expect(projected.data!.values.slice(1).map((v) => v.year)).toEqual(fund.rows.map((r) => r.year));
    expect(JSON.stringify(reserveChartSpec(fund, { lang: 'en' }))).toContain('observed (to 2024)');
  });
  it('balance chart: observed and projected flows in separate layers, the projected one dashed', () => {
    const spec = balanceChartSpec(fund, { unit: '10k yuan', lang: 'zh' });
    const values = ((spec.vconcat as Record<string, unknown>[] | undefined)?.[0] ?? spec).data as { values: { year: number; kind: string; phase: string; value: number }[] };
    const obs = values.values.filter((v) => v.phase === 'observed');
    expect(obs.filter((v) => v.kind === 'income').map((v) => v.value)).toEqual([1000, 1050, 1100, 1150, 1220]);
    const dashed = layers(spec).filter((l) => l.mark.strokeDash && l.transform?.[0].filter.includes('projected'));
    expect(dashed).toHaveLength(1);
    expect(JSON.stringify(spec)).toContain('实线与实心点为实际数（至2024年）');
  });
  it('a chart of a fund without history is unchanged in shape (no observed layer, no phase field)', () => {
    const plain = { ...fund, history: [] };
    expect(layers(reserveChartSpec(plain)).some((l) => l.data?.values.some((v) => 'observed' in v))).toBe(false);
    expect(JSON.stringify(balanceChartSpec(plain, { unit: 'x' }))).not.toContain('phase');
  });
});

describe('observed rows under reserve_months_basis: next_year', () => {
  it("months use the next observed year's expenditure, the first projected year's for the base year, null after a gap", async () => {
    const { observedRows } = await import('../../src/history/observedRows');
    const { DEFAULT_BANDS } = await import('../../src/assumptions/defaultBands');
    const y = (year: number, expenditure: number, balance: number) =>
      ({ year, income: 100, expenditure, surplus: null, balance, incomeItems: {}, expenditureItems: {}, members: {}, perHead: {}, basis: { report: null, scope: null, maternity: null }, source: null });
    const rows = observedRows([y(2019, 80, 400), y(2021, 90, 450), y(2022, 96, 480)], DEFAULT_BANDS, 'next_year', 120);
    expect(rows[0].reserveMonths).toBeNull(); // 2020 missing: no next-year expenditure
    expect(rows[1].reserveMonths).toBeCloseTo((450 * 12) / 96, 12); // 2021 on 2022's expenditure
    expect(rows[2].reserveMonths).toBeCloseTo((480 * 12) / 120, 12); // base year on the first projected year's
    expect(rows[1].openingBalance).toBeNull(); // previous year 2020 not observed
    expect(rows[2].openingBalance).toBe(450);
    expect(rows[2].surplus).toBe(4); // 100 − 96, none reported
  });
});

describe('a history year giving only members', () => {
  it('is in the JSON rows but not in the table, nor among the verdict lines', async () => {
    const { parseScenario } = await import('../../src/scenario/loadScenario');
    const minimal = join(__dirname, '..', 'fixtures', 'minimal.yaml');
    const text = `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: m\nname: m\nfunds:\n  emp:\n    opening: null\n    history:\n      years:\n        2023: {members: {actives: 9900, retirees: 4900}}\n        2024: {income: 100, expenditure: 90, balance: 5000}\n`;
    const r = project(resolveAssumptions(parseScenario(text, 'm.yaml')));
    expect(r.funds[0].history.map((h) => h.year)).toEqual([2023, 2024]);
    expect(formatTable(r, { lang: 'en' })).not.toContain('2023 (obs.)');
    expect(formatTable(r, { lang: 'en' })).toContain('2024 (obs.)');
    const text2 = formatVerdict(verdict(r, 'emp'), 'en');
    expect(text2).not.toMatch(/ {2}2023: gap rate/);
    expect(text2).toMatch(/ {2}2024: gap rate -10\.0%, 666\.7 months/); // (90 − 100)/100; 5000·12/90
  });
});
