import { describe, expect, it } from 'vitest';
import { fitLognormal } from '../../src/benefits/fitLognormal';
import { seededNormal } from './seededRandom';

describe('fitLognormal', () => {
  it('MLE of [e, e², e³]: μ = mean of logs = 2, σ² = ((1)² + 0² + 1²)/3 = 2/3 (hand calculation)', () => {
    const d = fitLognormal([Math.E, Math.E ** 2, Math.E ** 3], 'mle');
    expect(d.mu).toBeCloseTo(2, 14);
    expect(d.sigma ** 2).toBeCloseTo(2 / 3, 14);
  });

  it('moments of [1, 3]: mean 2, population variance 1, CV ½ → σ² = ln 1.25, μ = ln 2 − ln(1.25)/2', () => {
    const d = fitLognormal([1, 3]);
    expect(d.sigma ** 2).toBeCloseTo(Math.log(1.25), 14);
    expect(d.mu).toBeCloseTo(Math.LN2 - Math.log(1.25) / 2, 14);
  });

  // Seeded sample of 100,000 from μ = 8, σ = 1.2. Tolerances are 5 standard errors:
  // SE(μ̂) = σ/√n = 0.0038, SE(σ̂) = σ/√(2n) = 0.0027 for the MLE.
  const normal = seededNormal(42);
  const sample = Float64Array.from({ length: 100000 }, () => Math.exp(8 + 1.2 * normal()));

  it('MLE recovers μ = 8, σ = 1.2 from a seeded sample within 5 standard errors', () => {
    const d = fitLognormal(sample, 'mle');
    expect(Math.abs(d.mu - 8)).toBeLessThan(5 * 0.0038);
    expect(Math.abs(d.sigma - 1.2)).toBeLessThan(5 * 0.0027);
  });

  it('moments fit reproduces the sample mean exactly (identity, 1e-12) and σ near 1.2 (±0.05, heavy-tail noise)', () => {
    const d = fitLognormal(sample, 'moments');
    let sum = 0;
    for (const x of sample) sum += x;
    expect(Math.abs(Math.exp(d.mu + d.sigma ** 2 / 2) / (sum / sample.length) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(d.sigma - 1.2)).toBeLessThan(0.05);
  });

  it('does not change its input', () => {
    const amounts = Object.freeze([100, 200, 400]);
    expect(() => fitLognormal(amounts, 'mle')).not.toThrow();
    expect(amounts).toEqual([100, 200, 400]);
  });

  it.each([
    [[100], /at least 2/],
    [[100, 0], /> 0/],
    [[100, -3], /> 0/],
    [[100, Number.NaN], /> 0/],
    [[100, Infinity], /> 0/],
    [[250, 250, 250], /all claim amounts are equal/],
  ])('rejects %o', (amounts, message) => {
    expect(() => fitLognormal(amounts, 'mle')).toThrow(message);
    expect(() => fitLognormal(amounts, 'moments')).toThrow(message);
  });

  it('rejects an unknown method', () => {
    expect(() => fitLognormal([1, 2], 'median' as 'mle')).toThrow(/'moments' or 'mle'/);
  });
});
