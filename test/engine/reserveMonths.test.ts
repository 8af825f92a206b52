import { describe, expect, it } from 'vitest';
import { classifyBand, DEFAULT_BANDS, parseScenario, project, reserveMonths, resolveAssumptions } from '../../src/index';

describe('months of reserve M = 12·B/E', () => {
  it('by definition', () => {
    expect(reserveMonths(600, 1200)).toBe(6);
    expect(reserveMonths(-100, 1200)).toBe(-1);
  });
  it('zero (or negative) expenditure gives null, never Infinity or NaN', () => {
    expect(reserveMonths(100, 0)).toBeNull();
    expect(reserveMonths(0, 0)).toBeNull();
    expect(classifyBand(null, DEFAULT_BANDS)).toBe('no_expenditure');
  });
});

describe('default bands at their edges (人社部发〔2009〕67号: < 3 insufficient, 6–9 normal, > 15 excessive)', () => {
  const cases: [number, string][] = [
    [-0.01, 'exhausted'],
    [0, 'insufficient'],
    [2.999, 'insufficient'],
    [3, 'low'],
    [5.999, 'low'],
    [6, 'normal'],
    [9, 'normal'],
    [9.001, 'high'],
    [15, 'high'],
    [15.001, 'excessive'],
    [1e6, 'excessive'],
  ];
  for (const [m, band] of cases) it(`${m} months → ${band}`, () => expect(classifyBand(m, DEFAULT_BANDS)).toBe(band));
});

const zeroSpending = `
fundcast: 1
id: zero
name: Zero spending
base_year: 2024
end_year: 2026
units: {money: yuan, persons: persons}
settings:
  reserve_months_basis: BASIS
  bands:
    - {id: thin, label_en: thin, label_zh: 薄, upper: 10}
    - {id: ok, label_en: ok, label_zh: 好}
funds:
  r:
    scheme: resident
    name: R
    opening: {balance: 100}
    members: {insured: 10, growth: 0}
    subsidy_per_head: {fixed: 1}
    premium_per_head: {fixed: 0}
    critical_illness_per_head: {fixed: 0}
    spending: {base: {per_insured: SPEND}, growth: 1}
    interest_rate: 0
`;

describe('settings', () => {
  it('zero expenditure yields reserveMonths null and band no_expenditure in the results', () => {
    const r = project(resolveAssumptions(parseScenario(zeroSpending.replace('BASIS', 'current_year').replace('SPEND', '0'))));
    for (const row of r.funds[0].rows) {
      expect(row.reserveMonths).toBeNull();
      expect(row.band).toBe('no_expenditure');
    }
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it("next-year basis divides by the following year's expenditure, and custom bands apply", () => {
    // spending 1/head growing 100%: E2025 = 10·2 = 20, E2026 = 40, E2027 = 80 (the extra year)
    // income 10 a year → B2025 = 100 + 10 − 20 = 90, B2026 = 90 + 10 − 40 = 60
    const r = project(resolveAssumptions(parseScenario(zeroSpending.replace('BASIS', 'next_year').replace('SPEND', '1'))));
    const [a, b] = r.funds[0].rows;
    expect(a.reserveMonths).toBeCloseTo((12 * 90) / 40, 12);
    expect(b.reserveMonths).toBeCloseTo((12 * 60) / 80, 12);
    expect(a.band).toBe('ok'); // 27 months ≥ 10
    expect(b.band).toBe('thin'); // 9 months < 10
    expect(r.funds[0].bandBasis).toBe('custom');
  });
});
