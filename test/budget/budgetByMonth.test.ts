import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetByMonth } from '../../src/budget/budgetByMonth';
import { draftBudget } from '../../src/budget/draftBudget';
import { loadScenario, project, resolveAssumptions, resolveMonthly } from '../../src/index';
import type { FundBudget } from '../../src/budget/types';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const files = join(root, 'test', 'fixtures', 'monthly', 'files');

function load(file: string) {
  const loaded = loadScenario(file);
  const result = project(resolveAssumptions(loaded), { demography: false });
  return { loaded, result, monthly: resolveMonthly(loaded).monthly };
}

/** The flow lines whose months are formed by a profile or as sums (not the balance rows). */
const flowLines = (b: FundBudget) => b.lines.filter((l) => l.kind === 'income' || l.kind === 'expenditure');
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('the budget year by month', () => {
  it('default even profile (no monthly figures): each line is d = 12q + r → q + 1 in its first r months, q after (largest remainder, ties to the earlier month)', () => {
    const { result } = load(join(root, 'scenarios/examples/county-totals.yaml'));
    const b = draftBudget(result, 'employee', 2025);
    const mb = budgetByMonth(b);
    let checked = 0;
    for (const line of b.lines.filter((x) => x.rule === 'items' && x.draft !== null)) {
      const l = mb.lines.find((x) => x.id === line.id)!;
      const q = Math.floor(l.draft! / 12);
      const r = l.draft! - 12 * q;
      expect(l.months, l.id).toEqual(Array.from({ length: 12 }, (_, k) => q + (k < r ? 1 : 0)));
      expect(l.profile!.defaultId).toBe('even');
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
    // balances: B_k = B_0 + Σ_{j≤k} (I_j − E_j), B_12 = the draft's 年末滚存结余, B_0 its 上年结余
    const v = (id: string) => b.lines.find((l) => l.id === id)!.draft!;
    const I = mb.lines.find((l) => l.id === 'income_total')!.months!;
    const E = mb.lines.find((l) => l.id === 'expenditure_total')!.months!;
    let B = v('opening_balance');
    I.forEach((x, k) => {
      B += x - E[k]!;
      expect(mb.monthEnd[k]).toBe(B);
    });
    expect(mb.monthEnd[11]).toBe(v('closing_balance'));
    // the county fund runs a deficit every month (I < E in each month): the lowest is December
    expect(mb.lowest.month).toBe(12);
    expect(mb.lowest.reserveMonths).toBeCloseTo((12 * v('closing_balance')) / v('expenditure_total'), 12);
    expect(mb.shortMonths).toEqual([]);
  });

  it('every line’s months sum to its draft to the yuan; every sum line is its parts month by month', () => {
    for (const [file, fund] of [[join(root, 'scenarios/examples/county-totals.yaml'), 'employee'], [join(files, 'late-income.yaml'), 'emp'], [join(root, 'scenarios/china-national-2025.yaml'), 'resident']] as const) {
      const { result, monthly } = load(file);
      const b = draftBudget(result, fund, result.scenario.baseYear + 2);
      const mb = budgetByMonth(b, monthly.get(fund));
      for (const l of flowLines(b)) {
        const m = mb.lines.find((x) => x.id === l.id)!.months;
        if (l.draft === null) expect(m, l.id).toBeNull();
        else expect(sum(m!), `${fund} ${l.id}`).toBe(l.draft);
        if (l.rule !== 'sum') continue;
        const parts = b.lines.filter((c) => c.parent === l.id && c.rule !== 'ofWhich' && c.draft !== null);
        const own = l.draft! - sum(parts.map((c) => c.draft!));
        const mine = mb.lines.find((x) => x.id === l.id)!;
        for (let k = 0; k < 12; k++) {
          const ofParts = sum(parts.map((c) => mb.lines.find((x) => x.id === c.id)!.months![k]!));
          if (own === 0) expect(mine.months![k], `${l.id} month ${k + 1}`).toBe(ofParts);
        }
      }
      expect(mb.monthEnd[11]).toBe(b.lines.find((l) => l.id === 'closing_balance')!.draft);
    }
  });

  it('an estimated profile: income 1/24 a month and 13/24 in December, spending 1/12 — solvent at year end, short in September to November', () => {
    const { result, monthly } = load(join(files, 'late-income.yaml'));
    const b = draftBudget(result, 'emp', 2025);
    const mb = budgetByMonth(b, monthly.get('emp'));
    const v = (id: string) => b.lines.find((l) => l.id === id)!.draft!;
    const I = v('income_total');
    const E = v('expenditure_total');
    const B0 = v('opening_balance');
    // the fixture's three past years have the same shape at three scales, so the profile is that shape
    const wI = [...Array(11).fill(1 / 24), 13 / 24];
    const wE = Array(12).fill(1 / 12);
    const lines = flowLines(b).filter((l) => l.draft !== null && l.rule !== 'sum' && l.rule !== 'ofWhich').length;
    const months = (id: string) => mb.lines.find((l) => l.id === id)!.months!;
    // each line is rounded on its own: a month of the total is within one yuan per line of the exact share
    months('income_total').forEach((x, k) => expect(Math.abs(x - I * wI[k]!)).toBeLessThanOrEqual(lines));
    months('expenditure_total').forEach((x, k) => expect(Math.abs(x - E * wE[k]!)).toBeLessThanOrEqual(lines));
    // hand: B_k = B_0 + k (I/24 − E/12) for k ≤ 11, then + 13 I/24 − E/12 in December
    const hand = Array.from({ length: 12 }, (_, k) => (k < 11 ? B0 + (k + 1) * (I / 24 - E / 12) : B0 + I - E));
    mb.monthEnd.forEach((x, k) => expect(Math.abs(x - hand[k]!)).toBeLessThanOrEqual(12 * lines));
    expect(B0 + I - E).toBeGreaterThan(0);
    expect(mb.shortMonths).toEqual(hand.flatMap((x, k) => (x < 0 ? [k + 1] : [])));
    expect(mb.shortMonths).toEqual([9, 10, 11]);
    expect(mb.lowest.month).toBe(11);
    expect(mb.findings[0]!.message.en).toMatch(/below zero at the end of month\(s\) 9, 10, 11/);
    expect(mb.findings[0]!.message.zh).toMatch(/9, 10, 11 月末滚存结余低于零/);
    expect(mb.lines.find((l) => l.id === 'employer_contributions')!.profile).toMatchObject({ line: 'income', source: 'history', years: [2022, 2023, 2024] });
  });
});

describe('with monthly figures, the budget of the current year is the re-estimated year of `fundcast run`', () => {
  const { result } = load(join(root, 'test', 'fixtures', 'monthly', 'county.yaml'));
  it('2025 (six months given): income and expenditure are the re-estimates A / c, to the yuan; 2026 is run’s year too', () => {
    // hand: June shares of the four past years (county.yaml): income 481/1000, 500/1040, 521/1088, 543/1130;
    // expenditure 424/880, 450/930, 471/980, 493/1028; year to date June 2025: 566 and 517 (10k yuan)
    const cI = (481 / 1000 + 500 / 1040 + 521 / 1088 + 543 / 1130) / 4;
    const cE = (424 / 880 + 450 / 930 + 471 / 980 + 493 / 1028) / 4;
    const b = draftBudget(result, 'emp', 2025);
    const v = (id: string) => b.lines.find((l) => l.id === id)!.draft!;
    expect(v('income_total')).toBe(Math.round((566 / cI) * 10000));
    expect(v('expenditure_total')).toBe(Math.round((517 / cE) * 10000));
    const row = result.funds[0]!.rows.find((r) => r.year === 2025)!;
    expect(v('income_total')).toBe(Math.round(row.income * 10000));
    expect(v('closing_balance')).toBe(Math.round(5000 * 10000) + v('income_total') - v('expenditure_total'));
    const next = draftBudget(result, 'emp', 2026);
    const row2 = result.funds[0]!.rows.find((r) => r.year === 2026)!;
    expect([next.lines.find((l) => l.id === 'income_total')!.draft, next.lines.find((l) => l.id === 'expenditure_total')!.draft]).toEqual([Math.round(row2.income * 10000), Math.round(row2.expenditure * 10000)]);
  });

  it('the CLI drafts from the same path: `budget --format json` totals equal `run --format json` for the year', async () => {
    const fixture = join(root, 'test', 'fixtures', 'monthly', 'county.yaml');
    const j = JSON.parse((await runCli('budget', fixture, '--format', 'json')).out);
    const lines = j.budgets[0].budget.lines as { id: string; draft: number }[];
    const r = JSON.parse((await runCli('run', fixture, '--format', 'json')).out);
    const row = r.funds[0].rows.find((x: { year: number }) => x.year === 2025);
    expect(lines.find((l) => l.id === 'income_total')!.draft).toBe(Math.round(row.income * 10000));
    expect(lines.find((l) => l.id === 'expenditure_total')!.draft).toBe(Math.round(row.expenditure * 10000));
    expect(r.funds[0].currentYear.throughMonth).toBe(6);
  });
});

describe('fundcast budget --monthly', () => {
  const fixture = join(files, 'late-income.yaml');
  it('table (zh): twelve months and the year, the lowest month, the short months, the profiles', async () => {
    const r = await runCli('budget', fixture, '--monthly', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2025 年基金收支预算分月表（单位：元）');
    expect(r.out).toMatch(/月末滚存结余最低为 11 月/);
    expect(r.out).toContain('income：据本基金 2022–2024 年月度数据估计');
  });
  it('csv: one row per line with m01…m12 summing to year_yuan; json: the same months', async () => {
    const c = await runCli('budget', fixture, '--monthly', '--format', 'csv');
    const [head, ...rows] = c.out.trim().split('\n');
    expect(head!.split(',').slice(6, 19)).toEqual([...Array.from({ length: 12 }, (_, k) => `m${String(k + 1).padStart(2, '0')}_yuan`), 'year_yuan']);
    // (a line whose English name holds no comma, so that a plain split reads it)
    const income = rows.find((x) => x.startsWith('emp,2025,employer_contributions,'))!.split(',');
    expect(sum(income.slice(6, 18).map(Number))).toBe(Number(income[18]));
    const j = JSON.parse((await runCli('budget', fixture, '--monthly', '--format', 'json')).out);
    expect(j.monthly[0].lines.find((l: { id: string }) => l.id === 'employer_contributions').months.map(String)).toEqual(income.slice(6, 18));
    expect(j.monthly[0].shortMonths).toEqual([9, 10, 11]);
  });
});
