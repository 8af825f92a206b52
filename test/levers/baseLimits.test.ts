import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergeScenario, project, resolveAssumptions, validateScenario } from '../../src/index';
import { cappedBaseFactor } from '../../src/assumptions/cappedBaseFactor';

/** E[clamp(X, a, b)] for X lognormal with mean 1, by the midpoint rule over z ∈ [−12, 12] (independent of the closed form). */
function numericFactor(a: number, b: number, cv: number): number {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  const mu = -sigma * sigma / 2;
  const n = 200_000;
  const h = 24 / n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const z = -12 + (i + 0.5) * h;
    const x = Math.exp(mu + sigma * z);
    s += Math.min(Math.max(x, a), b) * Math.exp(-z * z / 2);
  }
  return (s * h) / Math.sqrt(2 * Math.PI);
}

describe('contribution base floor and cap (缴费基数上下限)', () => {
  it('closed form agrees with numerical integration (1e-7)', () => {
    for (const [a, b, cv] of [[0.6, 3, 0.6], [0.6, 3, 1.0], [0.8, 2, 0.4], [0.3, 5, 1.5]]) {
      expect(Math.abs(cappedBaseFactor(a, b, cv) - numericFactor(a, b, cv))).toBeLessThan(1e-7);
    }
  });

  it('no limits leaves the average unchanged; a higher floor raises it, a lower cap lowers it', () => {
    expect(cappedBaseFactor(0, 1e12, 0.6)).toBeCloseTo(1, 12);
    expect(cappedBaseFactor(0.7, 3, 0.6)).toBeGreaterThan(cappedBaseFactor(0.6, 3, 0.6));
    expect(cappedBaseFactor(0.6, 2, 0.6)).toBeLessThan(cappedBaseFactor(0.6, 3, 0.6));
    expect(() => cappedBaseFactor(3, 0.6, 0.6)).toThrow(/must not be below the floor/);
  });

  it('in a projection, employer contributions scale by the factor', () => {
    const base = loadScenario(join(__dirname, '..', 'golden', 'scenarios', 'employee-two-year.yaml')).scenario;
    const run = (changes: object) => project(resolveAssumptions(validateScenario(mergeScenario(base, changes)))).funds[0].rows[0];
    const plain = run({});
    const limited = run({ funds: { emp: { contributions: { base_limits: { floor_share: 0.6, cap_share: 3, wage_cv: 0.6 } } } } });
    const f = cappedBaseFactor(0.6, 3, 0.6);
    expect(limited.incomeItems.employer_contributions / plain.incomeItems.employer_contributions).toBeCloseTo(f, 12);
  });
});
