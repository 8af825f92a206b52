import { describe, expect, it } from 'vitest';
import { parseClaimSizeDistribution } from '../../src/benefits/parseClaimSizeDistribution';

describe('parseClaimSizeDistribution', () => {
  it('mean 1, CV 1 becomes μ = −ln(2)/2, σ = √ln 2 (σ² = ln(1 + CV²), μ = ln m − σ²/2)', () => {
    const d = parseClaimSizeDistribution({ kind: 'lognormal', mean: 1, cv: 1 });
    expect(d).toEqual({ kind: 'lognormal', mu: expect.closeTo(-Math.LN2 / 2, 14), sigma: expect.closeTo(Math.sqrt(Math.LN2), 14) });
  });

  it('accepts μ, σ directly and empirical amounts', () => {
    expect(parseClaimSizeDistribution({ kind: 'lognormal', mu: 9, sigma: 1.1 })).toEqual({ kind: 'lognormal', mu: 9, sigma: 1.1 });
    const e = parseClaimSizeDistribution({ kind: 'empirical', amounts: [3, 1, 2] });
    expect(e.kind === 'empirical' && Array.from(e.sorted)).toEqual([1, 2, 3]);
  });

  it.each([
    [{ kind: 'lognormal', mean: 1000, cv: 1, mu: 3 }],
    [{ kind: 'lognormal', mean: 1000 }],
    [{ kind: 'lognormal', mean: -1, cv: 1 }],
    [{ kind: 'lognormal', mean: 1000, cv: 0 }],
    [{ kind: 'lognormal', mu: 3, sigma: 0 }],
    [{ kind: 'gamma', shape: 2, scale: 100 }],
    [{ kind: 'empirical', amounts: [] }],
    [{ kind: 'empirical', amounts: [10, -1] }],
  ])('rejects %o', (input) => {
    expect(() => parseClaimSizeDistribution(input)).toThrow(/invalid claim-size distribution/);
  });
});
