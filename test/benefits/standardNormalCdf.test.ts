import { describe, expect, it } from 'vitest';
import { erfc } from '../../src/benefits/erfc';
import { standardNormalCdf } from '../../src/benefits/standardNormalCdf';

/** Relative error |a − b| / |b|. */
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/**
 * Independent check of erfc written here (not the library's algorithm):
 * for x ≤ 0.8, erf(x) = (2/√π)·exp(−x²)·Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (A&S 7.1.6, all terms
 * positive, no cancellation); for x > 0.8 the continued fraction A&S 7.1.14,
 * erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated bottom-up.
 */
function erfcReference(x: number): number {
  if (x <= 0.8) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
      if (term < 1e-18 * sum) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  let f = x;
  for (let k = 5000; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

describe('erfc', () => {
  // Reference values computed with mpmath 1.3.0 (mp.erfc) at 30 significant digits.
  const cases: [number, number][] = [
    [0, 1],
    [0.1, 0.8875370839817151016],
    [0.46875, 0.50738652678206200841],
    [0.5, 0.47950012218695346232],
    [1, 0.15729920705028513066],
    [2, 0.0046777349810472658379],
    [3, 0.000022090496998585441373],
    [4, 1.5417257900280018852e-8],
    [4.5, 1.9661604415428874763e-10],
    [5, 1.5374597944280348502e-12],
    [6, 2.1519736712498913117e-17],
    [10, 2.088487583762544757e-45],
    [20, 5.3958656116079009289e-176],
  ];
  it.each(cases)('erfc(%d) matches mpmath to 1e-14 relative', (x, expected) => {
    expect(rel(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it('obeys erfc(−x) = 2 − erfc(x) (A&S 7.1.9) to 1e-15 absolute', () => {
    for (let x = -6; x <= 6; x += 0.37) expect(Math.abs(erfc(-x) - (2 - erfc(x)))).toBeLessThan(1e-15);
  });

  // Tolerances: the reference's own exp(−x²) carries a relative error of about 2x²·1.1e-16 from
  // rounding x² (≈ 1.4e-13 at x = 25), hence the looser bound beyond x = 10.
  it('agrees with an independent series / continued-fraction evaluation (2e-14 on [0, 10], 2e-13 on [10, 25])', () => {
    let worstNear = 0;
    let worstFar = 0;
    for (let x = 0; x <= 25; x += 0.013) {
      const r = rel(erfc(x), erfcReference(x));
      if (x <= 10) worstNear = Math.max(worstNear, r);
      else worstFar = Math.max(worstFar, r);
    }
    expect(worstNear).toBeLessThan(2e-14);
    expect(worstFar).toBeLessThan(2e-13);
  });

  it('has the documented limits and throws on NaN', () => {
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(27)).toBe(0); // true value 5.2e-319 is below the smallest normal double: documented underflow
    expect(() => erfc(Number.NaN)).toThrow(/NaN/);
  });
});

describe('standardNormalCdf', () => {
  // Reference values computed with mpmath 1.3.0 (mp.ncdf) at 30 significant digits; the moderate
  // ones also appear in Abramowitz & Stegun Table 26.1 (e.g. Φ(1) = 0.841344746068543).
  // Tolerance 1e-13; for z ≤ −20 it is 5e-13 because forming −z/√2 rounds the argument, and
  // erfc's relative sensitivity to its argument is about 2x² (x = 21: 2·450·1.1e-16 ≈ 1e-13).
  it.each([
    [-30, 4.9067139271481870595e-198],
    [-20, 2.7536241186062336951e-89],
  ])('Φ(%d) matches mpmath to 5e-13 relative in the far tail', (z, expected) => {
    expect(rel(standardNormalCdf(z), expected)).toBeLessThan(5e-13);
  });
  const cases: [number, number][] = [
    [-10, 7.619853024160526066e-24],
    [-5, 2.8665157187919391167e-7],
    [-3, 0.0013498980316300945267],
    [-1.96, 0.024997895148220436213],
    [-1, 0.15865525393145705141],
    [-0.5, 0.30853753872598689636],
    [0, 0.5],
    [0.5, 0.69146246127401310364],
    [1, 0.84134474606854294859],
    [1.96, 0.97500210485177956379],
    [3, 0.99865010196836990547],
    [5, 0.99999971334842812081],
  ];
  it.each(cases)('Φ(%d) matches mpmath to 1e-13 relative', (z, expected) => {
    expect(rel(standardNormalCdf(z), expected)).toBeLessThan(1e-13);
  });

  it('obeys Φ(z) + Φ(−z) = 1 to 2e-16 and is non-decreasing', () => {
    let previous = 0;
    for (let z = -9; z <= 9; z += 0.01) {
      expect(Math.abs(standardNormalCdf(z) + standardNormalCdf(-z) - 1)).toBeLessThanOrEqual(2.3e-16);
      expect(standardNormalCdf(z)).toBeGreaterThanOrEqual(previous);
      previous = standardNormalCdf(z);
    }
  });

  it('has slope φ(z) = exp(−z²/2)/√(2π): central difference, h = 1e-5, to 1e-9 relative', () => {
    for (const z of [-4, -1.3, 0, 0.7, 2.2]) {
      const h = 1e-5;
      const slope = (standardNormalCdf(z + h) - standardNormalCdf(z - h)) / (2 * h);
      expect(rel(slope, Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI))).toBeLessThan(1e-9);
    }
  });

  it('throws on NaN', () => {
    expect(() => standardNormalCdf(Number.NaN)).toThrow(/NaN/);
  });
});
