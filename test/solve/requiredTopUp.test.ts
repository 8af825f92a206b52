import { describe, expect, it } from 'vitest';
import { applyLeverPath, projectOneFund, requiredTopUp, SolveError } from '../../src/solve/index';
import { fixtureAssumptions, scenarioAssumptions } from './load';

// fixtures/hand-employee.yaml at its own rate 0.04: employer income 4,000, expenditure 4,500,
// interest 10% of the opening balance (1,000). Floor 6 months ⇔ B ≥ 6·4,500/12 = 2,250.
//   2021: B = 1,000 + 100 + 4,000 − 4,500 = 600          → T_2021 = 2,250 − 600 = 1,650
//   2022: B = 2,250 + 225 + 4,000 − 4,500 = 1,975        → T_2022 = 2,250 − 1,975 = 275
//   total 1,925; present value at 10%: 1,650/1.1 + 275/1.21 = 1,500 + 227.2727… = 1,727.2727…
//   at a constant 5%: 1,650/1.05 + 275/1.05² = 1,571.4286… + 249.4331… = 1,820.8617…
const hand = fixtureAssumptions('hand-employee.yaml');

describe('requiredTopUp against a hand calculation', () => {
  const t = requiredTopUp(hand, { fund: 'emp', floorMonths: 6 });

  it('pays 1,650 in 2021 and 275 in 2022 (total 1,925), first needed in 2021', () => {
    expect(t.path.map((p) => p.year)).toEqual([2021, 2022]);
    expect(t.path[0].topUp).toBeCloseTo(1650, 6);
    expect(t.path[1].topUp).toBeCloseTo(275, 6);
    expect(t.total).toBeCloseTo(1925, 6);
    expect(t.firstYear).toBe(2021);
  });

  it('discounts at the fund\'s interest rate by default (1,727.2727…) or at a given constant rate (1,820.8617…)', () => {
    expect(t.discountBasis).toBe('fund_interest_rate');
    expect(t.presentValue).toBeCloseTo(1500 + 275 / 1.21, 6);
    const c = requiredTopUp(hand, { fund: 'emp', floorMonths: 6, discountRate: 0.05 });
    expect(c.discountBasis).toBe('constant');
    expect(c.presentValue).toBeCloseTo(1650 / 1.05 + 275 / 1.05 ** 2, 6);
  });

  it('present value at the fund rate equals the accumulated top-up A_end / D (identity in the doc comment)', () => {
    // A_2022 = 1.1·1,650 + 275 = 2,090; D = 1.1² = 1.21; 2,090/1.21 = 1,727.2727…
    expect(t.presentValue).toBeCloseTo((1.1 * t.path[0].topUp + t.path[1].topUp) / 1.21, 9);
  });

  it('the re-projection sits on the floor: M = 6 in both years (to 1e-9)', () => {
    for (const r of t.result.funds[0].rows) {
      expect(r.reserveMonths!).toBeGreaterThanOrEqual(6);
      expect(r.reserveMonths! - 6).toBeLessThan(1e-9);
    }
    expect(t.result.funds[0].rows[0].incomeItems.fiscal_subsidy).toBeCloseTo(1650, 6);
  });

  it('an exhaustive grid scan of (T_2021, T_2022) in steps of 5 finds no feasible path with a smaller present value', () => {
    const feasible = (t1: number, t2: number) =>
      projectOneFund(applyLeverPath(hand, { fund: 'emp', lever: 'fiscal_subsidy', path: [{ year: 2021, value: t1 }, { year: 2022, value: t2 }] }), 'emp').rows.every((r) => r.reserveMonths! >= 6);
    let best = Infinity;
    for (let t1 = 0; t1 <= 2500; t1 += 5) {
      for (let t2 = 0; t2 <= 2500; t2 += 5) {
        const pv = t1 / 1.1 + t2 / 1.21;
        if (pv < best && feasible(t1, t2)) best = pv;
      }
    }
    expect(best).toBeGreaterThanOrEqual(t.presentValue - 1e-9);
    // and the grid's best is within one grid step of the greedy path (1,650 and 275 are on the grid)
    expect(best - t.presentValue).toBeLessThan(1e-6);
  });

  it('returns no top-up when the floor already holds', () => {
    const none = requiredTopUp(hand, { fund: 'emp', floorMonths: 0.1, from: 2022 });
    // 2022 without help: B_2022 = 1.1·600 + 4,000 − 4,500 = 160, M = 12·160/4,500 = 0.4267 ≥ 0.1
    expect(none.total).toBe(0);
    expect(none.firstYear).toBeNull();
    expect(none.path).toEqual([{ year: 2022, topUp: 0 }]);
  });

  it('rejects bad options with bilingual SolveErrors', () => {
    expect(() => requiredTopUp(hand, { fund: 'x', floorMonths: 6 })).toThrow(SolveError);
    expect(() => requiredTopUp(hand, { fund: 'emp', floorMonths: -1 })).toThrow(/≥ 0.*不小于0/);
    expect(() => requiredTopUp(hand, { fund: 'emp', floorMonths: 6, from: 2030 })).toThrow(/projected year 2021–2022/);
    expect(() => requiredTopUp(hand, { fund: 'emp', floorMonths: 6, discountRate: -1 })).toThrow(/> −1/);
  });
});

describe('requiredTopUp on the small district', () => {
  const d = scenarioAssumptions('scenarios/examples/small-district.yaml');

  it('adds to the district\'s own 500 a year, and starts in the first year months would fall below 3', () => {
    const t = requiredTopUp(d, { fund: 'employee', floorMonths: 3 });
    const plain = projectOneFund(d, 'employee').rows;
    const firstBelow = plain.find((r) => r.reserveMonths! < 3)!.year;
    expect(t.firstYear).toBe(firstBelow);
    const row = t.result.funds[0].rows.find((r) => r.year === t.firstYear)!;
    const top = t.path.find((p) => p.year === t.firstYear)!.topUp;
    expect(row.incomeItems.fiscal_subsidy).toBeCloseTo(500 + top, 6);
    // greedy: every year after the first sits on the floor (a fund in structural deficit)
    for (const r of t.result.funds[0].rows.filter((w) => w.year >= t.firstYear!)) expect(r.reserveMonths! - 3).toBeLessThan(1e-9);
    expect(t.total).toBeCloseTo(t.path.reduce((s, p) => s + p.topUp, 0), 6);
  });
});
