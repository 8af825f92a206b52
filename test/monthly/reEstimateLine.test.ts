import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES, reEstimateLine, seasonalProfile, studentTQuantile, type SeasonalProfile } from '../../src/index';
import { dirichletMonths } from './syntheticMonths';

describe('studentTQuantile', () => {
  it('matches the t table to four decimals (Abramowitz & Stegun table 26.10)', () => {
    const table: [number, number, number][] = [
      [0.9, 1, 3.0777],
      [0.9, 2, 1.8856],
      [0.9, 3, 1.6377],
      [0.9, 5, 1.4759],
      [0.9, 10, 1.3722],
      [0.9, 30, 1.3104],
      [0.95, 3, 2.3534],
      [0.95, 7, 1.8946],
      [0.975, 10, 2.2281],
    ];
    // 1.2e-3: the 1/ν⁴ expansion is furthest off at ν = 3, p = 0.95 (2.3523 against 2.3534); ν = 1, 2 are exact
    for (const [p, nu, t] of table) expect(Math.abs(studentTQuantile(p, nu) - t), `t(${p}, ${nu})`).toBeLessThan(nu <= 2 ? 1e-4 : 1.2e-3);
    expect(studentTQuantile(0.9, Infinity)).toBeCloseTo(1.2815515655, 9);
  });
});

describe('reEstimateLine', () => {
  const profile: SeasonalProfile = {
    line: 'expenditure',
    cumulative: [0.1, 0.18, 0.26, 0.34, 0.42, 0.5, 0.58, 0.66, 0.74, 0.82, 0.9, 1],
    sd: [0.02, 0.02, 0.03, 0.03, 0.03, 0.05, 0.03, 0.03, 0.03, 0.02, 0.02, 0],
    years: [2020, 2021, 2022, 2023],
    source: 'history',
  };

  it('Ŷ = A / c with the t range of a new year’s share (hand calculation)', () => {
    const r = reEstimateLine(profile, 600, 6);
    expect(r.estimate).toBeCloseTo(1200, 10);
    expect(r.naive).toBe(1200);
    // s′ = 0.05·√(1 + 1/4) = 0.0559017; t(0.9, 3) = 1.6377 (table) → 600 / (0.5 ± 0.091551)
    // (relative 1e-4: the table's t has four decimals, which moves c ± q·s′ by up to 3e-6)
    expect(Math.abs(r.low! / (600 / 0.591551) - 1)).toBeLessThan(1e-4);
    expect(Math.abs(r.high! / (600 / 0.408449) - 1)).toBeLessThan(1e-4);
    expect(r.standardError).toBeCloseTo((600 * 0.0559017) / 0.25, 2);
  });

  it('a year whose months are all given is that year’s total exactly, range included', () => {
    const months = [101.3, 99.7, 120.05, 98.1, 97.2, 100.9, 103.33, 99.99, 100.01, 97.7, 96.4, 140.71];
    const total = months.reduce((s, x) => s + x, 0);
    const r = reEstimateLine(seasonalProfile('expenditure', [{ year: 2021, months }, { year: 2022, months: months.map((x) => x * 1.1) }, { year: 2023, months: [...months].reverse() }]), total, 12);
    expect([r.estimate, r.low, r.high, r.standardError]).toEqual([total, total, total, 0]);
  });

  it('an upper end that no share supports is null, never Infinity', () => {
    const wide = { ...profile, sd: profile.sd.map(() => 0.2), years: [] };
    const r = reEstimateLine(wide, 50, 1);
    expect(r.high).toBeNull();
    expect(r.low).toBeCloseTo(50 / (0.1 + 1.2815515655 * 0.2), 8);
  });

  it('refuses a month outside 1–12, a coverage outside (0, 1) and a zero share', () => {
    expect(() => reEstimateLine(profile, 1, 0)).toThrow(/from 1 to 12, found 0/);
    expect(() => reEstimateLine(profile, 1, 13)).toThrow(/1至12的整数/);
    expect(() => reEstimateLine(profile, 1, 3, 1)).toThrow(/strictly between 0 and 1/);
    expect(() => reEstimateLine(profile, Number.NaN, 3)).toThrow(/finite/);
    const zero = { ...profile, cumulative: [0, ...profile.cumulative.slice(1)] };
    expect(() => reEstimateLine(zero, 0, 1)).toThrow(/cannot be scaled/);
  });
});

describe('acceptance: re-estimates of seeded synthetic years', () => {
  it('error falls as months pass and the 80 % range covers about 80 % of outcomes', () => {
    // Each trial: a fund with the late resident-income profile (Dirichlet κ = 100, syntheticMonths.ts),
    // 8 past years to estimate the profile from, and a new year whose total is drawn around 1000.
    const w = DEFAULT_PROFILES.resident_income_late.weights;
    const trials = 600;
    const absErr = Array.from({ length: 12 }, () => 0);
    const naiveErr = Array.from({ length: 12 }, () => 0);
    const covered = Array.from({ length: 12 }, () => 0); // counts of trials
    for (let t = 0; t < trials; t++) {
      const draw = dirichletMonths(1000 + t, w, 100);
      const past = Array.from({ length: 8 }, (_, i) => ({ year: 2015 + i, months: draw().map((s) => s * (900 + 20 * i)) }));
      const profile = seasonalProfile('income', past);
      const total = 1000 + 10 * (t % 7);
      const months = draw().map((s) => s * total);
      let ytd = 0;
      for (let m = 1; m <= 12; m++) {
        ytd += months[m - 1]!;
        const r = reEstimateLine(profile, m === 12 ? total : ytd, m);
        absErr[m - 1]! += Math.abs(r.estimate / total - 1) / trials;
        naiveErr[m - 1]! += Math.abs(r.naive / total - 1) / trials;
        if (r.low !== null && r.low <= total && (r.high === null || total <= r.high)) covered[m - 1]! += 1;
      }
    }
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const pooled = covered.slice(0, 11).reduce((s, c) => s + c, 0) / (11 * trials);
    const share = covered.map((c) => c / trials);
    console.log(`re-estimate MAPE by month: ${absErr.map(pct).join(' ')}`);
    console.log(`naive YTD×12/m MAPE:       ${naiveErr.map(pct).join(' ')}`);
    console.log(`80% range coverage by month: ${share.map(pct).join(' ')}; Jan–Nov pooled ${pct(pooled)} over ${trials} seeded years`);
    // error falls: every quarter's end has a smaller mean error than the one before; December is exact
    expect(absErr[2]).toBeLessThan(absErr[0]!);
    expect(absErr[5]).toBeLessThan(absErr[2]!);
    expect(absErr[8]).toBeLessThan(absErr[5]!);
    expect(absErr[10]).toBeLessThan(absErr[8]!);
    expect(absErr[11]).toBe(0);
    // the profile beats the naive estimate on a late-arriving line (naive is 30 %+ off by September)
    expect(absErr[8]).toBeLessThan(naiveErr[8]! / 3);
    // coverage: a binomial share from 600 trials has sd √(0.16/600) ≈ 1.6 pp; 5 pp is three of them.
    // Pooled over Jan–Nov (correlated months) within 3 pp.
    for (let m = 0; m < 11; m++) expect(Math.abs(share[m]! - 0.8), `month ${m + 1}`).toBeLessThan(0.05);
    expect(Math.abs(pooled - 0.8)).toBeLessThan(0.03);
    expect(covered[11]).toBe(trials);
  });
});
