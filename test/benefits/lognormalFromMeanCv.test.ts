import { describe, expect, it } from 'vitest';
import { lognormalFromMeanCv } from '../../src/benefits/lognormalFromMeanCv';

describe('lognormalFromMeanCv', () => {
  it('mean 1, CV 1: σ² = ln 2, μ = −ln(2)/2 (hand calculation from σ² = ln(1 + CV²), μ = ln m − σ²/2)', () => {
    const d = lognormalFromMeanCv(1, 1);
    expect(d.sigma ** 2).toBeCloseTo(Math.LN2, 14);
    expect(d.mu).toBeCloseTo(-Math.LN2 / 2, 14);
  });

  it.each([
    [150, 0.3],
    [10000, 1.5],
    [250000, 4],
    [1e-3, 0.01],
  ])('reproduces mean %d and CV %d (lognormal moment identities, 1e-12 relative)', (mean, cv) => {
    const { mu, sigma } = lognormalFromMeanCv(mean, cv);
    expect(Math.abs(Math.exp(mu + sigma ** 2 / 2) / mean - 1)).toBeLessThan(1e-12);
    expect(Math.abs(Math.sqrt(Math.expm1(sigma ** 2)) / cv - 1)).toBeLessThan(1e-12);
  });

  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [Infinity, 1],
    [100, 0],
    [100, -1],
    [100, Infinity],
  ])('rejects mean %d, CV %d', (mean, cv) => {
    expect(() => lognormalFromMeanCv(mean, cv)).toThrow(/> 0/);
  });
});
