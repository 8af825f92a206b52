import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestReEstimate, loadScenario, reEstimateFund, resolveAssumptions, resolveMonthly } from '../../src/index';

const fixtures = join(__dirname, '..', 'fixtures', 'monthly');

describe('the monthly block of a scenario', () => {
  const loaded = loadScenario(join(fixtures, 'county.yaml'));
  const { monthly, issues } = resolveMonthly(loaded);
  const h = monthly.get('emp')!;

  it('reads year-to-date figures into own flows: month m is Y_m − Y_{m−1}', () => {
    expect(issues).toEqual([]);
    expect(h.currentYear).toBe(2025);
    expect([...h.years.keys()]).toEqual([2021, 2022, 2023, 2024, 2025]);
    const feb = h.years.get(2021)![1]!;
    // fixture: 2021-01 income 80, 2021-02 158 → February's own income 78
    expect([feb.income, feb.ytdIncome, feb.expenditure]).toEqual([78, 158, 65]);
    expect(h.years.get(2025)!.slice(6)).toEqual([null, null, null, null, null, null]);
    expect(h.locate('2021-02', ['income']).line).toBeGreaterThan(1);
  });

  it('the fixture is clean: its months sum to the history’s years, no month missing', () => {
    expect(resolveAssumptions(loaded).warnings).toEqual([]);
  });

  it('re-estimates 2025 from six months (hand check of the income line)', () => {
    const r = reEstimateFund(h, { scheme: 'employee', openingBalance: 5000 });
    expect([r.year, r.month]).toEqual([2025, 6]);
    const income = r.lines.find((l) => l.line === 'income')!;
    // shares by end of June (fixture): 2021 481/1000, 2022 500/1040, 2023 521/1088, 2024 543/1130
    const shares = [481 / 1000, 500 / 1040, 521 / 1088, 543 / 1130];
    const c = shares.reduce((s, x) => s + x, 0) / 4;
    expect(income.profile.source).toBe('history');
    expect(income.expectedShare).toBeCloseTo(c, 12);
    expect(income.estimate).toBeCloseTo(566 / c, 9);
    // the balance: June's reported 5049 plus the rest of the year's estimated surplus
    const expenditure = r.lines.find((l) => l.line === 'expenditure')!;
    expect(r.balanceToDateSource).toBe('reported');
    expect(r.balance.estimate).toBeCloseTo(5049 + (income.estimate - 566) - (expenditure.estimate - 517), 9);
    expect(r.reserveMonths!.estimate).toBeCloseTo((12 * r.balance.estimate) / expenditure.estimate, 9);
    expect(r.balance.low!).toBeLessThan(r.balance.estimate);
  });

  it('a past year re-estimated from all twelve months is that year exactly (history totals)', () => {
    const r = reEstimateFund(h, { scheme: 'employee', openingBalance: 4898, year: 2024, month: 12 });
    expect(r.lines.find((l) => l.line === 'income')!.estimate).toBe(1130);
    expect(r.lines.find((l) => l.line === 'expenditure')!.estimate).toBe(1028);
    expect([r.surplus.estimate, r.balance.estimate, r.balance.low, r.balance.high]).toEqual([102, 5000, 5000, 5000]);
  });

  it('backtests the re-estimate on the fund’s own past years, beside the naive estimate', () => {
    const b = backtestReEstimate(h, 'employee');
    expect(b.years).toEqual([2021, 2022, 2023, 2024]);
    const dec = b.lines[0]!.byMonth[11]!;
    expect([dec.mape, dec.coverage, dec.naiveMape]).toEqual([0, 1, 0]);
    // income: December carries ~11.5 % of the year, so the naive A·12/11 overstates it; the profile does not
    const nov = b.lines[0]!.byMonth[10]!;
    expect(nov.mape!).toBeLessThan(nov.naiveMape!);
  });
});
