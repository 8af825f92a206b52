import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, loadScenario, project, resolveAssumptions } from '../../src/index';

const dir = join(__dirname, '..', 'fixtures', 'monthly');
const run = (name: string) => project(resolveAssumptions(loadScenario(join(dir, name))));
const plain = project(resolveAssumptions(loadScenario(join(__dirname, '..', 'fixtures', 'minimal.yaml'))));

/** balance(t) = balance(t−1) + income(t) − expenditure(t) and surplus = income − expenditure in every row (float addition: 1e-9 of the balance). */
function expectIdentities(rows: { openingBalance: number; income: number; expenditure: number; surplus: number; balance: number }[], opening: number) {
  let before = opening;
  for (const r of rows) {
    expect(r.openingBalance).toBe(before);
    expect(Math.abs(r.surplus - (r.income - r.expenditure))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r.income)));
    expect(Math.abs(r.balance - (before + r.income - r.expenditure))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r.balance)));
    before = r.balance;
  }
}

describe('the current year re-estimated from its months starts the projection', () => {
  it('all twelve months given: the projected year is their sums (to 1e-9: one floating addition)', () => {
    const f = run('full-year.yaml').funds.find((x) => x.id === 'emp')!;
    const y = f.rows[0]!;
    expect(y.year).toBe(2025);
    // hand sums in the fixture's header: 1205 and 1141.5
    expect(Math.abs(y.income - 1205)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(y.expenditure - 1141.5)).toBeLessThanOrEqual(1e-9);
    expect(f.currentYear).toMatchObject({ year: 2025, throughMonth: 12, months: 'all', income: 1205, expenditure: 1141.5 });
    expectIdentities(f.rows, f.base.balance);
  });

  it('four months on the even profile: the year is 12/4 × the months to date; later years are the model’s own', () => {
    const r = run('monitor.yaml');
    const f = r.funds.find((x) => x.id === 'emp')!;
    const base = plain.funds.find((x) => x.id === 'emp')!;
    // months to date: income 400, expenditure 90 + 95 + 120 + 130 = 435; c = 4/12 → 1200 and 1305
    expect(f.rows[0]!.income).toBeCloseTo(1200, 9);
    expect(f.rows[0]!.expenditure).toBeCloseTo(1305, 9);
    expect(f.currentYear!.modelExpenditure).toBeCloseTo(base.rows[0]!.expenditure, 9);
    expectIdentities(f.rows, f.base.balance);
    // the next year's expenditure has no interest in it: the model's own figure, unchanged
    expect(f.rows[1]!.expenditure).toBe(base.rows[1]!.expenditure);
    // stated in the output, both languages
    expect(formatTable(r)).toContain('2025 re-estimated from its months to 2025-04: income 1,200.0, expenditure 1,305.0');
    expect(formatTable(r, { lang: 'zh' })).toContain('2025 年按截至 2025-04 的月度数据预计全年');
  });

  it('a fund without monthly figures is not touched (no currentYear)', () => {
    expect(plain.funds.every((f) => f.currentYear === undefined)).toBe(true);
  });
});
