import { describe, expect, it } from 'vitest';
import { dampedTrend, dampedTrendMethod } from '../../src/calibrate/dampedTrend';
import { greyModel } from '../../src/calibrate/greyModel';
import { logLinearTrend, logLinearTrendMethod } from '../../src/calibrate/logLinearTrend';
import { noChange } from '../../src/calibrate/noChange';
import { recentAverageGrowth } from '../../src/calibrate/recentAverageGrowth';

const years = (n: number, from = 2015) => Array.from({ length: n }, (_, i) => from + i);
const geometric = (n: number, q: number, c = 100) => Array.from({ length: n }, (_, i) => c * q ** i);

/** A seeded normal draw (Box–Muller on a small LCG) so the noisy cases are reproducible. */
function seededNormals(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}

describe('logLinearTrend', () => {
  it('recovers the growth of an exact geometric series, with zero standard error', () => {
    const fit = logLinearTrend.fit(years(8), geometric(8, 1.05));
    expect(fit.growth).toBeCloseTo(0.05, 12); // ln-linear fit of exact data is exact (rounding only)
    expect(fit.se).toBeLessThan(1e-12);
    expect(fit.forecast(1)).toBeCloseTo(100 * 1.05 ** 8, 8);
  });

  it('recovers a known trend from noisy data within two standard errors, and the se matches the theory', () => {
    // ln y_t = ln 100 + 0.04 t + ε_t, ε ~ N(0, 0.01²), 40 years. Theory: se(ĝ) = σ / √Σ(t − t̄)²
    // = 0.01 / √5330 = 1.37e-4 (Σ(t − t̄)² = n(n² − 1)/12 = 40·1599/12 = 5330).
    const eps = seededNormals(40, 7);
    const values = years(40).map((_, t) => 100 * Math.exp(0.04 * t + 0.01 * eps[t]));
    const fit = logLinearTrend.fit(years(40), values);
    expect(fit.se!).toBeGreaterThan(0.7 * 1.37e-4);
    expect(fit.se!).toBeLessThan(1.3 * 1.37e-4);
    expect(Math.abs(Math.log1p(fit.growth) - 0.04)).toBeLessThan(2 * fit.se!);
    expect(fit.residuals).toHaveLength(40);
  });

  it('the windowed trend uses only the last observations', () => {
    const values = [...geometric(5, 1.2), ...geometric(5, 1.03, 100 * 1.2 ** 5).slice(0)];
    const fit = logLinearTrendMethod(5).fit(years(10), values);
    expect(fit.period).toEqual([2020, 2024]);
    expect(fit.growth).toBeCloseTo(0.03, 12);
  });
});

describe('recentAverageGrowth', () => {
  it('averages the last k log changes (hand calculation)', () => {
    // changes: ln(110/100), ln(99/110), ln(108.9/99) = ln 1.1, ln 0.9, ln 1.1 → mean of last 2 = (ln 0.9 + ln 1.1)/2 = ln √0.99
    const fit = recentAverageGrowth(2).fit(years(4), [100, 110, 99, 108.9]);
    expect(fit.growth).toBeCloseTo(Math.sqrt(0.99) - 1, 12);
    expect(fit.forecast(2)).toBeCloseTo(108.9 * 0.99, 10);
    // se = sd(ln 0.9, ln 1.1) / √2 = |ln 1.1 − ln 0.9| / √2 / √2 = (ln 1.1 − ln 0.9) / 2
    expect(fit.se!).toBeCloseTo((Math.log(1.1) - Math.log(0.9)) / 2, 12);
  });

  it('with k = 1 is last year\'s growth, without a standard error', () => {
    const fit = recentAverageGrowth(1).fit(years(3), [100, 120, 150]);
    expect(fit.growth).toBeCloseTo(0.25, 12);
    expect(fit.se).toBeNull();
  });
});

describe('noChange', () => {
  it('forecasts the last value at every horizon', () => {
    const fit = noChange.fit(years(3), [1, 2, 3]);
    expect([fit.forecast(1), fit.forecast(5)]).toEqual([3, 3]);
    expect(fit.growth).toBe(0);
  });
});

describe('greyModel GM(1,1)', () => {
  it('on a geometric series gives the closed-form growth e^{2(q−1)/(q+1)} − 1', () => {
    // For x⁰(k) = c·q^k the background values are z¹(k) = A·q^k + B with A = c(q + 1)/(2(q − 1)),
    // so the regression x⁰ = −a·z¹ + b is exact with −a = 2(q − 1)/(q + 1) (the method's known
    // small bias: q = 1.1 gives 9.992 %, not 10 %).
    const fit = greyModel.fit(years(6), geometric(6, 1.1));
    expect(fit.growth).toBeCloseTo(Math.exp((2 * 0.1) / 2.1) - 1, 10);
    const ratio = fit.forecast(2) / fit.forecast(1);
    expect(ratio).toBeCloseTo(Math.exp((2 * 0.1) / 2.1), 10);
  });

  it('needs four points', () => {
    expect(() => greyModel.fit(years(3), [1, 2, 3])).toThrow(/at least 4/);
  });
});

describe('dampedTrend', () => {
  it('forecasts a constant series as constant', () => {
    const fit = dampedTrend.fit(years(6), [50, 50, 50, 50, 50, 50]);
    expect(fit.forecast(1)).toBeCloseTo(50, 10);
    expect(fit.forecast(10)).toBeCloseTo(50, 10);
  });

  it('with φ estimated, recovers the growth of a steadily growing series (φ = 1 fits it exactly)', () => {
    const fit = dampedTrend.fit(years(8), geometric(8, 1.06));
    expect(fit.parameters!.phi).toBe(1);
    expect(fit.growth).toBeCloseTo(0.06, 12); // exact data: Holt with b = ln 1.06 has zero one-step error
    expect(fit.forecast(5) / fit.forecast(4)).toBeCloseTo(1.06, 12);
  });

  it('with φ fixed at 0.8, projects growth between zero and the trend, fading with the horizon', () => {
    const fit = dampedTrendMethod(0.8).fit(years(8), geometric(8, 1.06));
    expect(fit.growth).toBeGreaterThan(0);
    expect(fit.growth).toBeLessThan(0.06);
    const g = [1, 2, 3, 10, 30].map((h) => fit.forecast(h + 1) / fit.forecast(h) - 1);
    for (let i = 1; i < g.length; i++) expect(g[i]).toBeLessThan(g[i - 1]);
    // growth in year h is φ^h·b: after 30 years 0.8^30 ≈ 0.1 % of the trend
    expect(g[4]).toBeLessThan(0.001);
  });
});

describe('every method refuses bad series with a located bilingual error', () => {
  for (const m of [logLinearTrend, recentAverageGrowth(3), noChange, greyModel, dampedTrend]) {
    it(m.id, () => {
      expect(() => m.fit([2020, 2021, 2023, 2024], [1, 2, 3, 4])).toThrow(/consecutive.*连续/);
      expect(() => m.fit(years(4), [1, 2, -3, 4])).toThrow(/positive.*正数/);
    });
  }
});

describe('forecast(0) is each method\'s fitted value for the last observed year', () => {
  const ys = years(6);
  const vs = [100, 104, 109, 112, 118, 121];
  it('no change, recent average: the last observation', () => {
    expect(noChange.fit(ys, vs).forecast(0)).toBe(121);
    expect(recentAverageGrowth(3).fit(ys, vs).forecast(0)).toBeCloseTo(121, 12);
  });
  it('log-linear: the fitted line at the last year (exp of last log minus its residual)', () => {
    const fit = logLinearTrend.fit(ys, vs);
    expect(fit.forecast(0)).toBeCloseTo(121 * Math.exp(-fit.residuals[5]), 10);
  });
  it('damped trend and GM(1,1): growth from forecast(0) to forecast(1) is the reported growth', () => {
    for (const m of [dampedTrend, greyModel]) {
      const fit = m.fit(ys, vs);
      expect(fit.forecast(1) / fit.forecast(0) - 1).toBeCloseTo(fit.growth, 12);
    }
  });
});
