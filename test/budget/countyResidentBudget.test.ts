import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProjection } from '../../src/cli/runProjection';
import { draftBudget } from '../../src/budget/draftBudget';
import { checkBudget } from '../../src/budget/checkBudget';
import { budgetVariance, type VarianceChange } from '../../src/budget/budgetVariance';
import type { FundBudget } from '../../src/budget/types';

// The shipped county resident fund with its 2024 budget table (scenarios/examples/county-resident-budget.yaml):
// the 2025 draft checked against the hand calculation written in the scenario's comments, to the yuan.
const file = join(__dirname, '..', '..', 'scenarios', 'examples', 'county-resident-budget.yaml');
const result = runProjection(file);
const b = draftBudget(result, 'resident', 2025);
const line = (x: FundBudget, id: string) => x.lines.find((l) => l.id === id)!;
const W = 10_000; // yuan per 万元

describe('county resident fund: the 2025 draft from the 2024 executed year', () => {
  const row = result.funds[0].rows.find((r) => r.year === 2025)!;
  it('totals equal `fundcast run` for 2025 to the yuan, and the hand calculation', () => {
    // income: 396,000 × (700 + 400) yuan + 300 万元 special subsidy + 1.5% × 28,000 万元 interest
    const income = 396_000 * (700 + 400) + 300 * W + 0.015 * 28_000 * W;
    // expenditure: 396,000 × (1,040 × 1.05 + 60) yuan
    const expenditure = 396_000 * (1_040 * 1.05 + 60);
    expect(income).toBe(442_800_000);
    expect(Math.round(expenditure)).toBe(456_192_000);
    expect(line(b, 'income_total').draft).toBe(Math.round(row.income * W));
    expect(line(b, 'expenditure_total').draft).toBe(Math.round(row.expenditure * W));
    expect(line(b, 'income_total').draft).toBe(income);
    expect(line(b, 'expenditure_total').draft).toBe(Math.round(expenditure));
    expect(line(b, 'opening_balance').draft).toBe(28_000 * W);
    expect(line(b, 'closing_balance').draft).toBe(28_000 * W + 442_800_000 - 456_192_000);
    expect(Math.abs(line(b, 'closing_balance').draft! - row.balance * W)).toBeLessThanOrEqual(1);
  });
  it('lines sum to their subtotals and totals, the balances chain, 总计 rows agree (checkBudget, and recomputed here)', () => {
    expect(checkBudget(b)).toEqual([]);
    const d = (id: string) => line(b, id).draft!;
    expect(d('contributions')).toBe(d('individual_contributions'));
    expect(d('fiscal_subsidy_income')).toBe(d('standard_subsidy') + d('special_subsidy'));
    expect(d('income_subtotal')).toBe(d('contributions') + d('fiscal_subsidy_income') + d('interest_income') + d('other_income'));
    expect(d('benefits')).toBe(d('inpatient') + d('outpatient'));
    expect(d('expenditure_subtotal')).toBe(d('benefits') + d('critical_illness'));
    expect(d('total_sources')).toBe(d('opening_balance') + d('income_total'));
    expect(d('total_uses')).toBe(d('expenditure_total') + d('closing_balance'));
    expect(d('total_sources')).toBe(d('total_uses'));
  });
  it('benefits split by the 2024 executed shares 27,900 : 13,600, the 其中 lines by 5,200 and 6,100 of 13,600 (largest remainder)', () => {
    const benefits = 396_000 * 1_092; // 432,432,000 yuan, the engine's item
    expect(line(b, 'benefits').draft).toBe(benefits);
    // 432,432,000 × 27,900/41,500 = 290,719,344.58 → 290,719,345 (the larger remainder takes the unit)
    expect((benefits * 27_900) / 41_500).toBeCloseTo(290_719_344.578, 2);
    expect(line(b, 'inpatient').draft).toBe(290_719_345);
    expect(line(b, 'outpatient').draft).toBe(benefits - 290_719_345);
    // 141,712,655 × 5,200/13,600 = 54,184,250.44 → 54,184,250;  × 6,100/13,600 = 63,562,293.86 → 63,562,294
    expect(line(b, 'general_outpatient').draft).toBe(54_184_250);
    expect(line(b, 'chronic_outpatient').draft).toBe(63_562_294);
    // individual premiums 158,400,000 × 310/16,120 = 3,046,153.85 → 3,046,154;  × 95/16,120 = 933,498.76 → 933,499
    expect(line(b, 'assistance_paid_premiums').draft).toBe(3_046_154);
    expect(line(b, 'treasury_paid_premiums').draft).toBe(933_499);
  });
  it('says where each line comes from: engine item, last executed share, sum, balance; unused lines empty', () => {
    const src = Object.fromEntries(b.lines.map((l) => [l.id, l.source]));
    expect(src).toMatchObject({ individual_contributions: 'engine', standard_subsidy: 'engine', inpatient: 'executed_share', outpatient: 'executed_share', general_outpatient: 'executed_share', benefits: 'sum', income_total: 'sum', closing_balance: 'balance', collective_support: 'empty', subsidy_from_upper: 'empty' });
    expect(line(b, 'collective_support').draft).toBeNull();
    expect(line(b, 'collective_support').executed).toBeNull();
    expect(b.executedYear).toBe(2024);
  });
  it('the executed and last year’s budgeted columns are the 2024 table in yuan', () => {
    expect([line(b, 'income_total').executed, line(b, 'income_total').budgetedLastYear]).toEqual([43_700 * W, 44_620 * W]);
    expect([line(b, 'inpatient').executed, line(b, 'inpatient').budgetedLastYear]).toEqual([27_900 * W, 27_000 * W]);
  });
  it('without the executed year the benefits stay whole on their parent line (a stated assumption)', () => {
    const bare = draftBudget(result, 'resident', 2025, {});
    expect(line(bare, 'benefits').source).toBe('assumption');
    expect(line(bare, 'inpatient').draft).toBeNull();
    expect(line(bare, 'expenditure_total').draft).toBe(line(b, 'expenditure_total').draft);
  });
});

describe('county resident fund: variance analysis, parts summing to the change', () => {
  const v = budgetVariance(b);
  const at = (id: string) => v.lines.find((l) => l.line === id)!;
  it('every split line: volume + per head = change, exactly, in whole yuan', () => {
    let split = 0;
    for (const l of v.lines) {
      for (const c of [l.executionVsBudget, l.draftVsExecution]) {
        if (!c || c.volume === null) continue;
        split++;
        expect(c.volume + c.perHead!, l.line).toBe(c.change);
        expect(Number.isSafeInteger(c.volume) && Number.isSafeInteger(c.perHead!), l.line).toBe(true);
      }
    }
    expect(split).toBeGreaterThan(20);
  });
  it('income, draft against execution: 437,000,000 (400,000 insured) → 442,800,000 (396,000), by hand', () => {
    const p0 = 437_000_000 / 400_000; // 1,092.5 yuan a head
    const p1 = 442_800_000 / 396_000; // 1,118.18…
    const volume = ((396_000 - 400_000) * (p0 + p1)) / 2; // −4,421,363.64
    const perHead = ((p1 - p0) * (400_000 + 396_000)) / 2; // 10,221,363.64
    expect(volume + perHead).toBeCloseTo(5_800_000, 6);
    const c = at('income_total').draftVsExecution as VarianceChange;
    expect([c.change, c.driver, c.volumeFrom, c.volumeTo]).toEqual([5_800_000, 'members', 400_000, 396_000]);
    // rounded to whole yuan summing to 5,800,000: floors −4,421,364 and 10,221,363 leave one yuan, to the larger remainder (0.64)
    expect([c.volume, c.perHead]).toEqual([-4_421_364, 10_221_364]);
  });
  it('inpatient, execution against budget, measured by admissions: 270,000,000 for 50,000 → 279,000,000 for 54,000', () => {
    const p0 = 270_000_000 / 50_000; // 5,400 yuan an admission
    const p1 = 279_000_000 / 54_000; // 5,166.67
    const volume = ((54_000 - 50_000) * (p0 + p1)) / 2; // 21,133,333.33
    expect(volume).toBeCloseTo(21_133_333.333, 2);
    const c = at('inpatient').executionVsBudget!;
    expect([c.change, c.driver, c.volume, c.perHead]).toEqual([9_000_000, 'cases', 21_133_333, 9_000_000 - 21_133_333]);
    // the draft has no projected admissions (no service lines): measured by members
    expect(at('inpatient').draftVsExecution!.driver).toBe('members');
  });
  it('per-head subsidy, execution against budget: all volume (670 yuan a head in both), 410,000 → 400,000 insured', () => {
    const c = at('standard_subsidy').executionVsBudget!;
    expect([c.change, c.volume, c.perHead]).toEqual([(26_800 - 27_470) * W, -10_000 * 670, 0]);
  });
  it('interest and balance rows show the change only', () => {
    expect(at('interest_income').draftVsExecution).toMatchObject({ change: 0, driver: null, volume: null, perHead: null });
    expect(at('closing_balance').draftVsExecution).toMatchObject({ change: 266_608_000 - 280_000_000, volume: null });
    expect(at('collective_support').draftVsExecution).toBeNull();
  });
});
