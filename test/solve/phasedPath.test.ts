import { describe, expect, it } from 'vitest';
import { applyLeverPath, currentLeverValue, phasedPath, SolveError } from '../../src/solve/index';
import type { EmployeeAssumptions } from '../../src/index';
import { fixtureAssumptions, scenarioAssumptions } from './load';

describe('phasedPath', () => {
  it('moves from the current value in steps of at most m, the first step in `from` (hand: 0.07 → 0.085 by 0.005)', () => {
    // v_j = 0.07 + min(0.015, 0.005·(j+1)): 0.075, 0.08, then 0.085 reached at j = 2
    const p = phasedPath(0.07, 0.085, 2025, 2045, 0.005);
    expect(p.map((s) => s.year)).toEqual([2025, 2026, 2027]);
    expect(p[0].value).toBeCloseTo(0.075, 15);
    expect(p[1].value).toBeCloseTo(0.08, 15);
    expect(p[2].value).toBe(0.085); // the target itself, not an accumulated sum
  });

  it('steps down for a cut, and stops at the horizon when the target is not reached', () => {
    // 0.08 → 0.05 by 0.01 from 2029 with end 2030: 0.07 (2029), 0.06 (2030); 0.05 would come in 2031
    const p = phasedPath(0.08, 0.05, 2029, 2030, 0.01);
    expect(p.map((s) => s.year)).toEqual([2029, 2030]);
    expect(p[0].value).toBeCloseTo(0.07, 15);
    expect(p[1].value).toBeCloseTo(0.06, 15);
  });

  it('jumps at once without a limit, and a change within the limit takes one step', () => {
    expect(phasedPath(0.07, 0.2, 2025, 2045, null)).toEqual([{ year: 2025, value: 0.2 }]);
    expect(phasedPath(0.07, 0.072, 2025, 2045, 0.005)).toEqual([{ year: 2025, value: 0.072 }]);
  });

  it('is non-decreasing in the target value in every year (so monotone targets stay monotone)', () => {
    let prev = phasedPath(0.07, 0, 2025, 2035, 0.004);
    for (let x = 0.001; x <= 0.2; x += 0.001) {
      const p = phasedPath(0.07, x, 2025, 2035, 0.004);
      const at = (path: typeof p, y: number) => [...path].reverse().find((s) => s.year <= y)!.value;
      for (let y = 2025; y <= 2035; y++) expect(at(p, y)).toBeGreaterThanOrEqual(at(prev, y) - 1e-15);
      prev = p;
    }
  });

  it('rejects a non-positive maximum change with a bilingual SolveError', () => {
    expect(() => phasedPath(0.07, 0.08, 2025, 2045, 0)).toThrow(SolveError);
    expect(() => phasedPath(0.07, 0.08, 2025, 2045, -1)).toThrow(/positive.*正数/);
  });
});

describe('applyLeverPath and currentLeverValue', () => {
  const hand = fixtureAssumptions('hand-employee.yaml');

  it('sets a rate lever year by year and leaves the input untouched', () => {
    const before = Array.from((hand.funds[0] as EmployeeAssumptions).employerRate);
    const a = applyLeverPath(hand, { fund: 'emp', lever: 'employer_rate', path: [{ year: 2021, value: 0.05 }, { year: 2022, value: 0.07 }] });
    const e = a.funds[0] as EmployeeAssumptions;
    // index 0 = 2020 (base, unchanged), 1 = 2021, 2 = 2022, 3 = 2023 (the extra year keeps the last value)
    expect(Array.from(e.employerRate)).toEqual([0.04, 0.05, 0.07, 0.07]);
    expect(Array.from((hand.funds[0] as EmployeeAssumptions).employerRate)).toEqual(before);
  });

  it('phases a growth lever as the extra growth in force each year (hand: 1%, then 2%)', () => {
    const d = scenarioAssumptions('scenarios/examples/small-district.yaml');
    const base = (d.funds[0] as any).spendPerActive as Float64Array;
    const a = applyLeverPath(d, { fund: 'employee', lever: 'excess_cost_growth', path: [{ year: 2025, value: 0.01 }, { year: 2026, value: 0.02 }] });
    const s = (a.funds[0] as any).spendPerActive as Float64Array;
    // factor in 2025: 1.01; 2026: 1.01·1.02; 2027: 1.01·1.02² (the last growth stays in force)
    expect(s[1] / base[1]).toBeCloseTo(1.01, 12);
    expect(s[2] / base[2]).toBeCloseTo(1.01 * 1.02, 12);
    expect(s[3] / base[3]).toBeCloseTo(1.01 * 1.02 * 1.02, 12);
  });

  it('rejects years that do not increase', () => {
    expect(() => applyLeverPath(hand, { fund: 'emp', lever: 'employer_rate', path: [{ year: 2022, value: 0.05 }, { year: 2021, value: 0.07 }] })).toThrow(/increase strictly/);
  });

  it('reads the value in force the year before `from` (0 for a growth lever)', () => {
    const cut = scenarioAssumptions('scenarios/examples/employer-rate-cut.yaml');
    // employer-rate-cut.yaml: 0.0615 to 2025, 0.0582 in 2026, 0.0548 in 2027
    expect(currentLeverValue(cut, 'employee', 'employer_rate', 2026)).toBe(0.0615);
    expect(currentLeverValue(cut, 'employee', 'employer_rate', 2028)).toBe(0.0548);
    expect(currentLeverValue(cut, 'employee', 'excess_cost_growth', 2028)).toBe(0);
  });
});
