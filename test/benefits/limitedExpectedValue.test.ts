import { describe, expect, it } from 'vitest';
import { limitedExpectedValue } from '../../src/benefits/limitedExpectedValue';
import { lognormalFromMeanCv } from '../../src/benefits/lognormalFromMeanCv';
import { empiricalDistribution } from '../../src/benefits/empiricalDistribution';
import type { ClaimSizeDistribution, LognormalDistribution } from '../../src/benefits/claimSizeDistribution';
import { seededNormal } from './seededRandom';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const survival = (d: LognormalDistribution, x: number): number =>
  x <= 0 ? 1 : 0.5 * erfcApprox((Math.log(x) - d.mu) / d.sigma / Math.SQRT2);

/** erfc for the integration test only, from A&S 7.1.26 (absolute error ≤ 1.5e-7): deliberately
 * independent of the library's Cody erfc; tolerances below allow for it. */
function erfcApprox(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const e = y * Math.exp(-x * x);
  return x >= 0 ? e : 2 - e;
}

describe('lognormal limited expected value E[min(X, d)]', () => {
  it('μ = 0, σ = 1, d = 1: e^0.5·Φ(−1) + Φ(0) = 1.6487212707·0.1586552539 + 0.5 = 0.76157829 (A&S Table 26.1; mpmath 0.7615782918651234) to 1e-13', () => {
    const v = limitedExpectedValue({ kind: 'lognormal', mu: 0, sigma: 1 }, 1);
    expect(rel(v, 0.7615782918651233716818438)).toBeLessThan(1e-13);
  });

  const dist = lognormalFromMeanCv(8000, 1.8);
  const mean = 8000;

  it('E[min(X, 0)] = 0, E[min(X, ∞)] = E[X] (definition; 1e-12 relative)', () => {
    expect(limitedExpectedValue(dist, 0)).toBe(0);
    expect(rel(limitedExpectedValue(dist, Infinity), mean)).toBeLessThan(1e-12);
    expect(rel(limitedExpectedValue(dist, 1e12), mean)).toBeLessThan(1e-12);
  });

  it('is increasing, concave, and below min(d, E[X])', () => {
    let previous = 0;
    let previousSlope = Infinity;
    for (let d = 50; d <= 400000; d *= 1.3) {
      const v = limitedExpectedValue(dist, d);
      expect(v).toBeLessThanOrEqual(Math.min(d, mean));
      expect(v).toBeGreaterThan(previous);
      const slope = (v - previous) / (d - d / 1.3);
      expect(slope).toBeLessThanOrEqual(previousSlope * (1 + 1e-9));
      previous = v;
      previousSlope = slope;
    }
  });

  it('has derivative S(d) = P(X > d): central difference with h = 1e-4·d, to 1e-6 absolute', () => {
    for (const d of [300, 3000, 8000, 30000, 200000]) {
      const h = 1e-4 * d;
      const slope = (limitedExpectedValue(dist, d + h) - limitedExpectedValue(dist, d - h)) / (2 * h);
      expect(Math.abs(slope - survival(dist, d))).toBeLessThan(1e-6);
    }
  });

  it('equals ∫₀^d S(x) dx (composite Simpson, 20,000 intervals, to 1e-6 relative given the 1.5e-7 erfc used)', () => {
    for (const d of [1000, 8000, 60000]) {
      const n = 20000;
      const h = d / n;
      let sum = survival(dist, 0) + survival(dist, d);
      for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * survival(dist, i * h);
      expect(rel(limitedExpectedValue(dist, d), (sum * h) / 3)).toBeLessThan(1e-6);
    }
  });

  it('matches a seeded Monte Carlo mean of min(X, d) within 4 standard errors (n = 200,000)', () => {
    const normal = seededNormal(7);
    const n = 200000;
    const xs = Float64Array.from({ length: n }, () => Math.exp(dist.mu + dist.sigma * normal()));
    for (const d of [2000, 10000, 50000]) {
      let sum = 0;
      let squares = 0;
      for (const x of xs) {
        const m = Math.min(x, d);
        sum += m;
        squares += m * m;
      }
      const estimate = sum / n;
      const standardError = Math.sqrt((squares / n - estimate ** 2) / n);
      expect(Math.abs(limitedExpectedValue(dist, d) - estimate)).toBeLessThan(4 * standardError);
    }
  });

  it('stays accurate far in the tails (CV 20, σ = √ln 401 ≈ 2.45): E[min(X, d)] ≈ d for tiny d, ≈ E[X] for huge d', () => {
    const wide = lognormalFromMeanCv(5000, 20);
    const d = 1e-3; // P(X ≤ 1e-3) = Φ((ln 1e-3 − μ)/σ) ≈ Φ(−5.1) ≈ 2e-7, so E[min(X, d)] = d·(1 − O(2e-7))
    expect(rel(limitedExpectedValue(wide, d), d)).toBeLessThan(1e-6);
    expect(rel(limitedExpectedValue(wide, 1e15), 5000)).toBeLessThan(1e-9);
  });

  it.each([
    [{ kind: 'lognormal', mu: 0, sigma: 0 }, 1, /sigma/],
    [{ kind: 'lognormal', mu: Number.NaN, sigma: 1 }, 1, /mu/],
    [{ kind: 'lognormal', mu: 0, sigma: 40 }, 1, /overflows/],
    [{ kind: 'lognormal', mu: 0, sigma: 1 }, -1, /≥ 0/],
    [{ kind: 'lognormal', mu: 0, sigma: 1 }, Number.NaN, /≥ 0/],
    [{ kind: 'gamma', shape: 2 }, 1, /unknown claim-size distribution/],
  ])('rejects %o at d = %d', (distribution, d, message) => {
    expect(() => limitedExpectedValue(distribution as ClaimSizeDistribution, d)).toThrow(message);
  });
});

describe('empirical limited expected value', () => {
  const e = empiricalDistribution([300, 100, 200, 200]);

  it('sorts a copy and keeps running sums', () => {
    expect(Array.from(e.sorted)).toEqual([100, 200, 200, 300]);
    expect(Array.from(e.prefixSums)).toEqual([0, 100, 300, 500, 800]);
  });

  it.each([
    [0, 0], // nothing below 0
    [50, 50], // every claim exceeds 50: d·4/4
    [100, 100], // (100 + 3·100)/4
    [200, 175], // (100 + 200 + 200 + 200)/4 = 700/4
    [250, 187.5], // (100 + 200 + 200 + 250)/4 = 750/4
    [300, 200], // all ≤ 300: sample mean 800/4
    [Infinity, 200],
  ])('E[min(X, %d)] = %d (hand calculation)', (d, expected) => {
    expect(limitedExpectedValue(e, d)).toBeCloseTo(expected, 12);
  });

  it('rejects empty or negative amounts and negative limits', () => {
    expect(() => empiricalDistribution([])).toThrow(/at least one/);
    expect(() => empiricalDistribution([1, -2])).toThrow(/≥ 0/);
    expect(() => limitedExpectedValue(e, -1)).toThrow(/≥ 0/);
  });
});
