import { describe, expect, it } from 'vitest';
import { cumulativeShares, defaultProfileFor, defaultSeasonalProfile, DEFAULT_PROFILES, MonthlyError, seasonalProfile } from '../../src/index';
import { dirichletMonths } from './syntheticMonths';

const flat = (x: number, dec = x) => [x, x, x, x, x, x, x, x, x, x, x, dec];

describe('cumulativeShares', () => {
  it('running sums over the total, December exactly 1', () => {
    // hand: total 10 + 10 + 20 + 9·0 + 60 = 100 → 0.1, 0.2, 0.4, …, 0.4, 1
    const c = cumulativeShares([10, 10, 20, 0, 0, 0, 0, 0, 0, 0, 0, 60]);
    expect(c.slice(0, 3)).toEqual([0.1, 0.2, 0.4]);
    expect(c[10]).toBe(0.4);
    expect(c[11]).toBe(1);
  });
  it('refuses 11 months, a non-finite month and a non-positive year, in English and Chinese', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as MonthlyError;
      }
      throw new Error('expected a MonthlyError');
    };
    const e1 = err(() => cumulativeShares(flat(1).slice(0, 11), 'income', 2024));
    expect([e1.code, e1.path, e1.en, e1.zh]).toEqual(['monthly.monthCount', ['income', 2024], 'income 2024: expected 12 monthly figures (January to December), found 11', 'income 2024年：应有12个月的数（1月至12月），实有11个']);
    const e2 = err(() => cumulativeShares([1, 1, Number.NaN, 1, 1, 1, 1, 1, 1, 1, 1, 1], 'income', 2024));
    expect([e2.code, e2.path]).toEqual(['monthly.notFinite', ['income', 2024, 3]]);
    expect(e2.zh).toContain('2024年3月');
    const e3 = err(() => cumulativeShares(flat(0), 'expenditure', 2023));
    expect([e3.code, e3.details.total]).toEqual(['monthly.yearTotal', 0]);
  });
});

describe('seasonalProfile', () => {
  const years = [
    { year: 2021, months: flat(8, 12) }, // hand: C_0 = 8/100 = 0.08
    { year: 2022, months: [6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 12] }, // 6/100 = 0.06
    { year: 2023, months: [10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 6, 12] }, // 10/100 = 0.10
  ];

  it('the mean of each year’s cumulative share, and its sample sd across years (hand calculation)', () => {
    const p = seasonalProfile('expenditure', Object.freeze(years.map((y) => Object.freeze({ ...y, months: Object.freeze([...y.months]) }))));
    expect(p.source).toBe('history');
    expect(p.years).toEqual([2021, 2022, 2023]);
    // January: shares 0.08, 0.06, 0.10 → mean 0.08, sd √((0 + 0.0004 + 0.0004)/2) = 0.02
    expect(p.cumulative[0]).toBeCloseTo(0.08, 14);
    expect(p.sd[0]).toBeCloseTo(0.02, 14);
    // November: 0.88 in every year (2022: 6+8·9+10 = 88; 2023: 10+72+6 = 88) → sd 0
    expect(p.cumulative[10]).toBeCloseTo(0.88, 14);
    expect(p.sd[10]).toBeCloseTo(0, 14);
    expect([p.cumulative[11], p.sd[11]]).toEqual([1, 0]);
  });

  it('falls back to the documented default below minYears, and says so', () => {
    const p = seasonalProfile('income', years.slice(0, 2), { fallback: 'resident_income_late' });
    expect([p.source, p.defaultId, p.years]).toEqual(['default', 'resident_income_late', []]);
    expect(seasonalProfile('income', years.slice(0, 2), { minYears: 2 }).source).toBe('history');
    expect(seasonalProfile('income', []).defaultId).toBe('even');
  });

  it('refuses a year given twice', () => {
    expect(() => seasonalProfile('income', [years[0]!, years[0]!])).toThrow(/2021 is given twice.*2021年重复给出/);
  });
});

describe('default profiles (docs/monthly.md)', () => {
  it('weights sum to 1; even is (k + 1)/12 with the Dirichlet spread √(C(1 − C)/(κ + 1))', () => {
    for (const p of Object.values(DEFAULT_PROFILES)) expect(p.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    const even = defaultSeasonalProfile('expenditure', 'even');
    expect(even.cumulative[5]).toBeCloseTo(0.5, 14);
    expect(even.sd[5]).toBeCloseTo(Math.sqrt(0.25 / 401), 14); // hand: κ = 400
    expect([even.cumulative[11], even.sd[11]]).toEqual([1, 0]);
    // resident income: 3+3+4+4+5+8+6+6+8 = 47 % by the end of September
    expect(defaultSeasonalProfile('income', 'resident_income_late').cumulative[8]).toBeCloseTo(0.47, 14);
  });
  it('resident income lines default to the late profile, every other line to even', () => {
    expect(defaultProfileFor('resident', 'income')).toBe('resident_income_late');
    expect(defaultProfileFor('resident', 'income.subsidy')).toBe('resident_income_late');
    expect(defaultProfileFor('resident', 'expenditure')).toBe('even');
    expect(defaultProfileFor('employee', 'income')).toBe('even');
  });
});

describe('acceptance: a known profile is recovered from seeded synthetic years', () => {
  it('mean within 4 standard errors and spread within 40 % over 30 years', () => {
    // true profile: the late resident-income weights, Dirichlet κ = 100 (syntheticMonths.ts)
    const w = DEFAULT_PROFILES.resident_income_late.weights;
    const draw = dirichletMonths(20261207, w, 100);
    const n = 30;
    const past = Array.from({ length: n }, (_, i) => ({ year: 1990 + i, months: draw().map((s) => s * 1000) }));
    const p = seasonalProfile('income', past);
    let C = 0;
    for (let k = 0; k < 11; k++) {
      C += w[k]!;
      const trueSd = Math.sqrt((C * (1 - C)) / 101);
      // the mean of n shares has standard error sd/√n: 4 of them fail by chance about once in 16,000
      expect(Math.abs(p.cumulative[k]! - C)).toBeLessThan((4 * trueSd) / Math.sqrt(n));
      // a sample sd from 30 draws has relative sd ≈ 1/√(2·29) ≈ 13 %: 40 % is three of them
      expect(Math.abs(p.sd[k]! / trueSd - 1)).toBeLessThan(0.4);
    }
  });
});
