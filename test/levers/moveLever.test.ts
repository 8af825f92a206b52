import { describe, expect, it } from 'vitest';
import { findLever, FundcastError, loadScenario, resolveAssumptions, type EmployeeAssumptions } from '../../src/index';
import { moveLever } from '../../src/levers/moveLever';

// One function moves every lever (solvers: set, adjustments: adjust, the rate rule: raise).
// Expected arrays are hand-computed from the formulas on LeverMove; doubles compared to 1e-12.
const a = resolveAssumptions(loadScenario('scenarios/examples/small-district.yaml'));
const base = a.funds.find((f) => f.scheme === 'employee') as EmployeeAssumptions;
const timeline = { ...a.timeline, baseYear: 2024 };
const fund = { ...base, employerRate: Float64Array.of(0.06, 0.06, 0.06, 0.06), spendPerActive: Float64Array.of(100, 110, 121, 133.1), spendPerRetiree: Float64Array.of(200, 200, 200, 200) } as EmployeeAssumptions;
const close = (got: Float64Array, want: number[]) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 12));

describe('moveLever', () => {
  it('set: a rate becomes x from its index on; a growth lever compounds (1 + x) from there', () => {
    close((moveLever(fund, findLever('employer_rate', 'employee'), { kind: 'set', value: 0.05, fromIndex: 2 }, timeline) as EmployeeAssumptions).employerRate, [0.06, 0.06, 0.05, 0.05]);
    const g = moveLever(fund, findLever('excess_cost_growth', 'employee'), { kind: 'set', value: 0.1, fromIndex: 2 }, timeline) as EmployeeAssumptions;
    close(g.spendPerActive, [100, 110, 121 * 1.1, 133.1 * 1.21]);
    close(g.spendPerRetiree, [200, 200, 220, 242]);
  });

  it('adjust: add phased in over 2 years from 2025 (φ = ½, 1, 1); a growth lever compounds the extra growth', () => {
    const r = moveLever(fund, findLever('employer_rate', 'employee'), { kind: 'adjust', from: 2025, add: 0.01, phaseInYears: 2 }, timeline) as EmployeeAssumptions;
    close(r.employerRate, [0.06, 0.065, 0.07, 0.07]);
    const g = moveLever(fund, findLever('excess_cost_growth', 'employee'), { kind: 'adjust', from: 2026, add: 0.1 }, timeline) as EmployeeAssumptions;
    close(g.spendPerActive, [100, 110, 121 * 1.1, 133.1 * 1.1 * 1.1]);
  });

  it('raise: +step capped from its index on; at the cap the fund is returned unchanged', () => {
    const lever = findLever('employer_rate', 'employee');
    const r = moveLever(fund, lever, { kind: 'raise', step: 0.004, cap: 0.062, fromIndex: 1 }, timeline) as EmployeeAssumptions;
    close(r.employerRate, [0.06, 0.062, 0.062, 0.062]);
    expect(moveLever(r, lever, { kind: 'raise', step: 0.004, cap: 0.062, fromIndex: 2 }, timeline)).toBe(r);
  });

  it('raise never lowers a later year the scenario already puts above the cap (0.06, 0.06, 0.07, 0.08; cap 0.065)', () => {
    const rising = { ...fund, employerRate: Float64Array.of(0.06, 0.06, 0.07, 0.08) } as EmployeeAssumptions;
    const r = moveLever(rising, findLever('employer_rate', 'employee'), { kind: 'raise', step: 0.004, cap: 0.065, fromIndex: 1 }, timeline) as EmployeeAssumptions;
    // year 1: min(0.064, 0.065); years 2 and 3 are above the cap already and keep their values
    close(r.employerRate, [0.06, 0.064, 0.07, 0.08]);
  });

  it('never modifies its input, and an adjustment leaving the bounds is a coded error', () => {
    const before = Array.from(fund.employerRate);
    moveLever(fund, findLever('employer_rate', 'employee'), { kind: 'set', value: 0.01, fromIndex: 1 }, timeline);
    expect(Array.from(fund.employerRate)).toEqual(before);
    let caught: unknown;
    try {
      moveLever(fund, findLever('employer_rate', 'employee'), { kind: 'adjust', from: 2025, add: 1 }, timeline);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FundcastError);
    expect((caught as FundcastError).code).toBe('levers.outsideBounds');
    expect((caught as FundcastError).details).toMatchObject({ lever: 'employer_rate', year: 2025, min: 0, max: 1 });
  });
});
