import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftBudget, loadScenario, project, resolveAssumptions } from '../../src/index';
import { allocateBudget } from '../../src/budget/allocateBudget';
import { allocateFunds } from '../../src/budget/allocateFunds';
import type { AllocationPlan, PlanProvider } from '../../src/budget/resolveAllocation';
import type { FundBudget } from '../../src/budget/types';
import { runCli } from '../helpers/runCli';

const provider = (id: string, level: PlanProvider['level']): PlanProvider => ({ id, name: id, nameZh: null, kind: null, level, members: null, lastYear: {}, visits: {}, actual: null });

describe('allocateBudget: every split exact to the yuan, checked by hand', () => {
  // A benefit budget of 1,000,001 yuan; items by stated shares 0.6 / 0.3 / 0.1; inpatient with a
  // 5 % reserve, the rest by admissions × level weight (tertiary 1.5 × 100 = 150, secondary 1.0 × 200
  // = 200, primary 0.5 × 100 = 50); outpatient by members (0, 1,000, 2,000); out of region held.
  const budget = { fund: 'f', name: 'F', nameZh: null, year: 2026, lines: [{ id: 'benefits', draft: 1_000_001 }] } as unknown as FundBudget;
  const plan: AllocationPlan = {
    fund: 'f',
    source: null,
    providers: [provider('p1', 'tertiary'), provider('p2', 'secondary'), provider('p3', 'primary')],
    items: [
      { id: 'inpatient', weight: 0.6, basis: 'share', split: 'visits', levelWeights: { tertiary: 1.5, secondary: 1, primary: 0.5 }, reserve: 0.05, providerWeights: [150, 200, 50] },
      { id: 'outpatient', weight: 0.3, basis: 'share', split: 'members', levelWeights: null, reserve: 0, providerWeights: [0, 1000, 2000] },
      { id: 'out_of_region', weight: 0.1, basis: 'share', split: 'fund_held', levelWeights: null, reserve: 0, providerWeights: [] },
    ],
    settlement: null,
  };
  const a = allocateBudget(budget, plan);

  it('items: quotas 600,000.6 / 300,000.3 / 100,000.1; the one yuan left goes to the largest remainder (inpatient)', () => {
    expect(a.items.map((i) => i.amount)).toEqual([600_001, 300_000, 100_000]);
  });

  it('reserve: 5 % of 600,001 = 30,000.05 → 30,000 (the rest 570,000.95 → 570,001 takes the yuan)', () => {
    expect([a.items[0].reserve, a.items[0].toProviders]).toEqual([30_000, 570_001]);
  });

  it('providers: 570,001 × 150/400 = 213,750.375, × 200/400 = 285,000.5, × 50/400 = 71,250.125 → the yuan to p2', () => {
    expect(a.items[0].byProvider).toEqual([213_750, 285_001, 71_250]);
    // outpatient 300,000 by members 0 : 1,000 : 2,000 = 0, 100,000, 200,000
    expect(a.items[1].byProvider).toEqual([0, 100_000, 200_000]);
    expect(a.providers.map((p) => p.total)).toEqual([213_750, 385_001, 271_250]);
  });

  it('out of region is held by the fund whole; reserve + held + allocated = the benefit budget', () => {
    expect([a.items[2].held, a.items[2].toProviders]).toEqual([100_000, 0]);
    expect(a.totals).toEqual({ reserve: 30_000, held: 100_000, toProviders: 870_001 });
    expect(a.totals.reserve + a.totals.held + a.totals.toProviders).toBe(1_000_001);
  });
});

describe('the shipped county example: allocations sum to the benefit line, which equals the projection', () => {
  const file = join(__dirname, '..', '..', 'scenarios', 'examples', 'county-resident-allocation.yaml');
  const loaded = loadScenario(file);
  const result = project(resolveAssumptions(loaded));
  const budget = draftBudget(result, 'resident', 2026);
  const [r] = allocateFunds(loaded, [budget]);
  const row = result.funds[0].rows.find((x) => x.year === 2026)!;

  it('the benefit line is the run\'s benefits item in yuan (within the one rounding), the total its expenditure to the yuan', () => {
    const line = (id: string) => budget.lines.find((l) => l.id === id)!.draft!;
    // units.money is 万元: 1 unit = 10⁴ yuan; the items are rounded to sum to the rounded total (roundToTotal), so each is within 1 yuan
    expect(Math.abs(line('benefits') - row.expenditureItems.benefits * 1e4)).toBeLessThan(1);
    expect(line('expenditure_total')).toBe(Math.round(row.expenditure * 1e4));
    expect(r.allocation.benefits).toBe(line('benefits'));
  });

  it('items, reserves, fund-held and providers add up exactly', () => {
    const a = r.allocation;
    expect(a.items.reduce((s, i) => s + i.amount, 0)).toBe(a.benefits);
    for (const i of a.items) expect(i.reserve + i.held + i.byProvider.reduce((s, v) => s + v, 0)).toBe(i.amount);
    expect(a.totals.reserve + a.totals.held + a.providers.reduce((s, p) => s + p.total, 0)).toBe(a.benefits);
    // items by the 2025 executed figures 25,300 : 10,600 : 4,900 (of 40,800), within one yuan of the exact quotas
    [25_300, 10_600, 4_900].forEach((e, k) => expect(Math.abs(a.items[k].amount - (a.benefits * e) / 40_800)).toBeLessThan(1));
    // outpatient per capita: only the two alliances (231,000 and 165,000 members) get it
    expect(a.providers.map((p) => p.byItem.outpatient ?? 0).filter((v) => v > 0)).toHaveLength(2);
  });

  it('the settlement totals are the sums of the providers, and each provider pays out P = S + K or A + F', () => {
    const s = r.settlement!;
    expect(s.basis).toBe('actual');
    expect(s.totals.allocation).toBe(r.allocation.totals.toProviders);
    for (const row of s.rows) expect(row.paid).toBe(row.saving > 0 ? row.actual + row.keptByProvider : row.allocation + row.borneByFund);
    expect(s.totals.paid).toBe(s.rows.reduce((t, x) => t + x.paid, 0));
    expect(s.totals.fundResult).toBe(s.totals.allocation - s.totals.paid);
  });

  it('`fundcast budget --allocate --format json` gives the same figures; the what-if settles every provider', async () => {
    const out = await runCli('budget', file, '--year', '2026', '--allocate', '--format', 'json', '--what-if', '+8%');
    expect(out.code).toBe(0);
    const j = JSON.parse(out.out);
    const a = j.allocations[0];
    expect(a.allocation.benefits).toBe(r.allocation.benefits);
    expect(a.allocation.providers.map((p: { total: number }) => p.total)).toEqual(r.allocation.providers.map((p) => p.total));
    // +8 % everywhere: every provider overruns 8 % (< 10 %), the fund bears half: F = round(0.5 × (round(1.08 A) − A))
    for (const x of a.settlement.rows) expect(x.borneByFund).toBe(Math.round(0.5 * (Math.round(x.allocation * 1.08) - x.allocation)));
  });

  it('table (en, zh) and csv outputs; a scenario without an allocation block is refused in both languages', async () => {
    const zh = await runCli('budget', file, '--year', '2026', '--allocate', '--lang', 'zh');
    expect(zh.out).toMatch(/总额预算分配/);
    expect(zh.out).toMatch(/年终清算/);
    const csv = await runCli('budget', file, '--year', '2026', '--allocate', '--format', 'csv');
    const rows = csv.out.trim().split('\n').slice(1).map((l) => l.split(','));
    const allocated = rows.filter((c) => c[2] === 'allocation').reduce((s, c) => s + Number(c.at(-1)), 0);
    expect(allocated).toBe(r.allocation.benefits);
    const none = await runCli('budget', join(__dirname, '..', 'fixtures', 'minimal.yaml'), '--allocate');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/has an allocation block/);
    expect(none.err).toMatch(/未在情景中设置 allocation/);
    const whatIfAlone = await runCli('budget', file, '--what-if', '+5%');
    expect([whatIfAlone.code, /give --allocate too/.test(whatIfAlone.err)]).toEqual([1, true]);
  });

  it('at +12 % everywhere the fund\'s share (half of the first 10 %) exceeds the reserve, and the table says by how much', async () => {
    const out = await runCli('budget', file, '--year', '2026', '--allocate', '--what-if', '+12%', '--format', 'json');
    const a = JSON.parse(out.out).allocations[0];
    // F_i = round(0.5 × 0.1 × A_i) for an overrun of 12 % > 10 %
    const fund = a.settlement.rows.reduce((t: number, x: { allocation: number }) => t + Math.round(0.05 * x.allocation), 0);
    expect(a.settlement.totals.borneByFund).toBe(fund);
    const text = await runCli('budget', file, '--year', '2026', '--allocate', '--what-if', '+12%');
    const short = (fund - a.allocation.totals.reserve).toLocaleString('en-US');
    expect(text.out).toContain(`short by ${short} yuan`);
  });

  it('--out writes the allocation as allocation-<year>-<lang>.<ext>, the bytes it prints; xlsx writes a workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-allocation-'));
    try {
      const printed = await runCli('budget', file, '--year', '2026', '--allocate', '--format', 'csv');
      const written = await runCli('budget', file, '--year', '2026', '--allocate', '--format', 'csv', '--out', dir);
      expect([written.code, written.out]).toEqual([0, '']);
      expect(readFileSync(join(dir, 'allocation-2026-en.csv'), 'utf8')).toBe(printed.out);
      const xlsx = await runCli('budget', file, '--allocate', '--format', 'xlsx', '--out', dir);
      expect([xlsx.code, xlsx.out]).toEqual([0, '']);
      // a zip (an .xlsx), read back in test/excel/allocationWorkbook.test.ts
      expect(readFileSync(join(dir, `allocation-${2026}-en.xlsx`)).subarray(0, 2).toString()).toBe('PK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`fundcast validate` reads the provider list and reports its errors located in the CSV', async () => {
    const bad = await runCli('validate', join(__dirname, '..', 'fixtures', 'allocation', 'invalid', 'csv-level.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.err + bad.out).toMatch(/csv-level\.csv:3:3/);
    expect((await runCli('validate', file)).code).toBe(0);
  });
});
