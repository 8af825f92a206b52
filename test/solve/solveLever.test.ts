import { describe, expect, it } from 'vitest';
import { applyLeverPath, projectOneFund, SolveError, solveLever, type SolveResult, type SolveSuccess } from '../../src/solve/index';
import { bruteForce } from './bruteForce';
import { fixtureAssumptions, scenarioAssumptions } from './load';

// fixtures/hand-employee.yaml, by hand: a rate x from 2021 gives employer income 100,000·x a year,
// expenditure 4,500, interest 10% of the opening balance (1,000 in 2021). So
//   B_2021 = 1,000 + 100 + 100,000x − 4,500 = 100,000x − 3,400
//   B_2022 = 1.1·B_2021 + 100,000x − 4,500 = 210,000x − 8,240,    M = 12·B/4,500 = B/375.
const hand = fixtureAssumptions('hand-employee.yaml');
const TOL = 1e-6; // the solver's documented absolute tolerance on the lever

function ok(r: SolveResult): SolveSuccess {
  if (!r.feasible) throw new Error(`expected a solution, got: ${r.reason.en}`);
  return r;
}

/** x within TOL of the hand value t, on the side where the target holds. */
function near(x: number | null, t: number, side: 'above' | 'below') {
  expect(x).not.toBeNull();
  const d = side === 'above' ? x! - t : t - x!;
  expect(d).toBeGreaterThanOrEqual(-1e-12);
  expect(d).toBeLessThanOrEqual(TOL);
}

describe('solveLever against hand calculations (fixtures/hand-employee.yaml)', () => {
  it('min-months 6 in 2021–2022: 2021 binds, M_2021 = 6 ⇔ 100,000x − 3,400 = 2,250 ⇔ x = 0.0565', () => {
    const r = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 6 } }));
    near(r.value, 0.0565, 'above');
    expect(r.bindingYear).toBe(2021);
    expect(r.atBound).toBeNull();
    expect(r.currentValue).toBe(0.04);
    expect(r.result.funds[0].rows[0].reserveMonths!).toBeGreaterThanOrEqual(6);
    expect(r.result.funds[0].rows[0].reserveMonths!).toBeLessThan(6 + 12 * 100000 * TOL / 4500);
  });

  it('band 6–9 in 2022: [10,490, 11,615] / 210,000 — lowest 0.0499524, highest 0.0553095', () => {
    const lo = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'bandAt', year: 2022, lower: 6, upper: 9 } }));
    near(lo.value, 10490 / 210000, 'above');
    const hi = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'bandAt', year: 2022, lower: 6, upper: 9 }, direction: 'max' }));
    near(hi.value, 11615 / 210000, 'below');
    expect(lo.bindingYear).toBe(2022);
  });

  it('stable ratio 2021/2022 (equal E, so B_2021 = B_2022): 0.1·B_2021 + 100,000x − 4,500 = 0 ⇔ x = 4,840/110,000 = 0.044', () => {
    const r = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'stableRatio', years: [2021, 2022] } }));
    expect(Math.abs(r.value! - 0.044)).toBeLessThanOrEqual(TOL);
    expect(r.bindingYear).toBeNull();
  });

  it('pay-as-you-go: 100 + 100,000x − 4,500 = 0 in both years ⇒ x = 0.044, 0.044; surpluses in [0, 100,000·1e-6]', () => {
    const r = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'payAsYouGo' } }));
    expect(r.value).toBeNull();
    expect(r.path.map((p) => p.year)).toEqual([2021, 2022]);
    for (const p of r.path) near(p.value, 0.044, 'above');
    for (const row of r.result.funds[0].rows) {
      expect(row.surplus).toBeGreaterThanOrEqual(0);
      expect(row.surplus).toBeLessThanOrEqual(100000 * TOL);
    }
  });

  it('phase-in by at most 0.008 a year, target 2022 only: 2021 at 0.048 (B = 1,400), then 1,540 + 100,000x − 4,500 = 2,250 ⇒ x = 0.0521', () => {
    const r = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', maxChangePerYear: 0.008, target: { kind: 'minReserveMonths', months: 6, fromYear: 2022, toYear: 2022 } }));
    near(r.value, 0.0521, 'above');
    expect(r.path[0]).toEqual({ year: 2021, value: 0.048 });
    expect(r.path[1].year).toBe(2022);
  });

  it('a phase-in too slow to reach the target is reported infeasible, naming 2021 (M = 12·1,100/4,500 = 2.933, short by 3.066667)', () => {
    const r = solveLever(hand, { fund: 'emp', lever: 'employer_rate', maxChangePerYear: 0.005, target: { kind: 'minReserveMonths', months: 6 } });
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reason.code).toBe('infeasible');
    expect(r.reason.year).toBe(2021);
    expect(r.reason.en).toMatch(/misses it by 3\.066667 months in 2021/);
    expect(r.reason.zh).toMatch(/在2021年仍差 3\.066667 个月/);
    expect(r).not.toHaveProperty('value');
  });

  it('no feasible value within bounds: a rate capped at 0.05 cannot give 6 months in 2021', () => {
    const r = solveLever(hand, { fund: 'emp', lever: 'employer_rate', bounds: [0, 0.05], target: { kind: 'minReserveMonths', months: 6 } });
    expect(r.feasible).toBe(false);
    if (!r.feasible) {
      // at 0.05: B_2021 = 1,600, M = 4.266667, short by 1.733333
      expect(r.reason.en).toMatch(/the closest, 0\.05, misses it by 1\.733333 months in 2021/);
      expect(r.reason.zh).toMatch(/均达不到目标/);
    }
  });

  it('a target that already holds at the lower bound returns the bound, flagged', () => {
    // at 0.05: B_2021 = 1,600 ≥ 0 and B_2022 = 2,260 ≥ 0, so M ≥ 0 in both years
    const r = ok(solveLever(hand, { fund: 'emp', lever: 'employer_rate', bounds: [0.05, 0.2], target: { kind: 'minReserveMonths', months: 0 } }));
    expect(r.value).toBe(0.05);
    expect(r.atBound).toBe('lower');
  });

  it('an equation without a root in the bounds is reported as no_crossing', () => {
    const r = solveLever(hand, { fund: 'emp', lever: 'employer_rate', bounds: [0.05, 0.2], target: { kind: 'stableRatio', years: [2021, 2022] } });
    expect(r.feasible).toBe(false);
    if (!r.feasible) expect(r.reason.code).toBe('no_crossing');
  });

  it('pay-as-you-go beyond the bounds or the step limit names the year', () => {
    const capped = solveLever(hand, { fund: 'emp', lever: 'employer_rate', bounds: [0, 0.04], target: { kind: 'payAsYouGo' } });
    expect(capped.feasible).toBe(false);
    if (!capped.feasible) expect([capped.reason.code, capped.reason.year]).toEqual(['no_crossing', 2021]);
    // 0.04 → 0.044 is a step of 0.004
    const slow = solveLever(hand, { fund: 'emp', lever: 'employer_rate', maxChangePerYear: 0.003, target: { kind: 'payAsYouGo' } });
    expect(slow.feasible).toBe(false);
    if (!slow.feasible) expect([slow.reason.code, slow.reason.year]).toEqual(['step_too_large', 2021]);
  });

  it('rejects invalid questions with bilingual SolveErrors', () => {
    const t = { kind: 'minReserveMonths', months: 6 } as const;
    const cases: [object, RegExp][] = [
      [{ fund: 'nope', lever: 'employer_rate', target: t }, /no fund 'nope'.*没有基金/],
      [{ fund: 'emp', lever: 'premium_per_head', target: t }, /unknown lever 'premium_per_head'.*没有名为/],
      [{ fund: 'emp', lever: 'employer_rate', target: t, from: 2020 }, /from must be a projected year 2021–2022/],
      [{ fund: 'emp', lever: 'employer_rate', target: t, bounds: [0.2, 0.1] }, /lower < upper/],
      [{ fund: 'emp', lever: 'employer_rate', target: t, bounds: [0, 2] }, /natural range/],
      // each end checked on its own: a lower bound below the natural minimum 0 is refused too
      [{ fund: 'emp', lever: 'employer_rate', target: t, bounds: [-0.1, 0.5] }, /natural range/],
      [{ fund: 'emp', lever: 'employer_rate', target: t, maxChangePerYear: 0 }, /positive/],
      [{ fund: 'emp', lever: 'employer_rate', target: { kind: 'bandAt', year: 2030, lower: 6, upper: 9 } }, /target year must be a projected year/],
      [{ fund: 'emp', lever: 'employer_rate', target: { kind: 'bandAt', year: 2022, lower: 9, upper: 6 } }, /below upper/],
      [{ fund: 'emp', lever: 'employer_rate', target: { kind: 'stableRatio', years: [2022, 2021] } }, /increasing/],
      [{ fund: 'emp', lever: 'employer_rate', target: { kind: 'nope' } }, /unknown target kind/],
    ];
    for (const [o, msg] of cases) {
      expect(() => solveLever(hand, o as never)).toThrow(SolveError);
      expect(() => solveLever(hand, o as never)).toThrow(msg);
    }
  });

  it('never modifies the assumptions it is given', () => {
    const before = JSON.stringify(hand, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
    solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'payAsYouGo' } });
    solveLever(hand, { fund: 'emp', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 6 } });
    expect(JSON.stringify(hand, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v))).toBe(before);
  });
});

describe('solveLever refuses a non-monotone target instead of answering', () => {
  const district = scenarioAssumptions('scenarios/examples/small-district.yaml');
  const target = { kind: 'stableRatio', years: [2026, 2030] } as const;

  it('stable ratio against excess cost growth over its natural bounds [-0.5, 0.5] rises then falls', () => {
    // B/E − B/E is a difference of ratios whose numerators and denominators all move with the
    // lever, so nothing makes it monotone; over the full range it is not, and no value may be given
    const r = solveLever(district, { fund: 'employee', lever: 'excess_cost_growth', target });
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reason.code).toBe('non_monotone');
    expect(r.reason.en).toMatch(/not monotone.*narrow the bounds/);
    expect(r.reason.zh).toMatch(/不单调/);
    expect(r).not.toHaveProperty('value');
  });

  it('within [-0.1, 0.1] it is monotone, and the crossing agrees with a brute-force scan', () => {
    const r = ok(solveLever(district, { fund: 'employee', lever: 'excess_cost_growth', target, bounds: [-0.1, 0.1] }));
    const q = (x: number, y: number) => {
      const w = projectOneFund(applyLeverPath(district, { fund: 'employee', lever: 'excess_cost_growth', path: [{ year: 2025, value: x }] }), 'employee').rows.find((v) => v.year === y)!;
      return w.balance / w.expenditure;
    };
    // the difference falls as x rises here: feasible (≥ 0) up to the crossing
    const b = bruteForce((x) => q(x, 2030) - q(x, 2026) >= 0, -0.1, 0.1, 'max');
    expect(Math.abs(r.value! - b!)).toBeLessThanOrEqual(2e-6);
  });
});

describe('solveLever against a brute-force scan (1e-4 grid, then 1e-6 refinement; agreement within 2e-6)', () => {
  const district = scenarioAssumptions('scenarios/examples/small-district.yaml');
  const national = scenarioAssumptions('scenarios/china-national-2024.yaml');
  const monthsIn = (a: typeof district, fund: string, lever: string, x: number, from: number) =>
    projectOneFund(applyLeverPath(a, { fund, lever, path: [{ year: from, value: x }] }), fund).rows;

  it('small district, employer rate, reserve ≥ 6 months 2025–2035', () => {
    const r = ok(solveLever(district, { fund: 'employee', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 6, toYear: 2035 } }));
    const holds = (x: number) => monthsIn(district, 'employee', 'employer_rate', x, 2025).filter((w) => w.year <= 2035).every((w) => w.reserveMonths! >= 6);
    const b = bruteForce(holds, 0, 0.3);
    expect(b).not.toBeNull();
    expect(Math.abs(r.value! - b!)).toBeLessThanOrEqual(2e-6);
  });

  it('small district, employer rate, highest value keeping 2040 within 6–9 months', () => {
    const r = ok(solveLever(district, { fund: 'employee', lever: 'employer_rate', direction: 'max', target: { kind: 'bandAt', year: 2040, lower: 6, upper: 9 } }));
    const holds = (x: number) => {
      const m = monthsIn(district, 'employee', 'employer_rate', x, 2025).find((w) => w.year === 2040)!.reserveMonths!;
      return m >= 6 && m <= 9;
    };
    const b = bruteForce(holds, 0, 0.3, 'max');
    expect(Math.abs(r.value! - b!)).toBeLessThanOrEqual(2e-6);
  });

  it('national resident fund, highest excess cost growth keeping ≥ 3 months to 2030 (direction max)', () => {
    const r = ok(solveLever(national, { fund: 'resident', lever: 'excess_cost_growth', direction: 'max', target: { kind: 'minReserveMonths', months: 3, toYear: 2030 } }));
    const holds = (x: number) => monthsIn(national, 'resident', 'excess_cost_growth', x, 2025).filter((w) => w.year <= 2030).every((w) => w.reserveMonths! >= 3);
    const b = bruteForce(holds, -0.1, 0.1, 'max');
    expect(Math.abs(r.value! - b!)).toBeLessThanOrEqual(2e-6);
  });

  it('small district, stable ratio 2030/2045: the scan finds the sign change of B/E(2045) − B/E(2030) at the same place', () => {
    const r = ok(solveLever(district, { fund: 'employee', lever: 'employer_rate', target: { kind: 'stableRatio', years: [2030, 2045] } }));
    const holds = (x: number) => {
      const rows = monthsIn(district, 'employee', 'employer_rate', x, 2025);
      const q = (y: number) => { const w = rows.find((v) => v.year === y)!; return w.balance / w.expenditure; };
      return q(2045) - q(2030) >= 0;
    };
    const b = bruteForce(holds, 0, 0.4);
    expect(Math.abs(r.value! - b!)).toBeLessThanOrEqual(2e-6);
  });

  it('small district pay-as-you-go: each year\'s value agrees with a scan of that year given the earlier path', () => {
    const r = ok(solveLever(district, { fund: 'employee', lever: 'employer_rate', target: { kind: 'payAsYouGo' } }));
    for (const k of [0, 5, 20]) {
      const prefix = r.path.slice(0, k);
      const year = r.path[k].year;
      const holds = (x: number) =>
        projectOneFund(applyLeverPath(district, { fund: 'employee', lever: 'employer_rate', path: [...prefix, { year, value: x }] }), 'employee').rows.find((w) => w.year === year)!.surplus >= 0;
      const b = bruteForce(holds, 0.05, 0.3);
      expect(Math.abs(r.path[k].value - b!)).toBeLessThanOrEqual(2e-6);
    }
  });
});
