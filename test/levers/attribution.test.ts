import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute, attributeOverlays, attributeScenarios, loadScenario } from '../../src/index';

const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const reform = (r: string) => join(root, 'scenarios', 'reforms', `${r}.yaml`);
const KEYS = ['balance', 'reserveMonths', 'exhaustionYear'] as const;

describe('attribution parts add up to the total difference', () => {
  const a = attributeOverlays(national, [reform('employer-rate-cut'), reform('drg-extension'), reform('procurement-savings')], { fund: 'employee', year: 2035 });

  it('sequential parts and Shapley parts each sum to the total (1e-9 relative)', () => {
    for (const k of KEYS) {
      const total = a.total[k];
      const seq = a.parts.reduce((s, p) => s + p.sequential[k], 0);
      const sh = a.parts.reduce((s, p) => s + p.shapley![k], 0);
      expect(Math.abs(seq - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(total)));
      expect(Math.abs(sh - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(total)));
    }
    expect(a.total.balance).toBeCloseTo(a.with.balance - a.without.balance, 6);
    expect(a.evaluations).toBe(8); // 2^3 subsets, each projected once
  });

  it('each lever pushes in its own direction: the rate cut lowers the balance, savings raise it', () => {
    const [cut, drg, proc] = a.parts;
    expect(cut.shapley!.balance).toBeLessThan(0);
    expect(drg.shapley!.balance).toBeGreaterThan(0);
    expect(proc.shapley!.balance).toBeGreaterThan(0);
  });
});

describe('the Shapley method on a game with a known answer', () => {
  it('v(S) = (Σ x_i)² splits the interaction equally: φ_i = x_i² + x_i·(Σ_{j≠i} x_j)', () => {
    // hand calculation for x = (1, 2, 3): total 36; φ = (1 + 5, 4 + 8, 9 + 9) = (6, 12, 18)
    const x = [1, 2, 3];
    const r = attribute(['a', 'b', 'c'], (s) => {
      const sum = x.reduce((acc, xi, i) => acc + (s[i] ? xi : 0), 0);
      return { balance: sum * sum, reserveMonths: 0, exhaustionYear: 0, censored: false };
    });
    expect(r.parts.map((p) => p.shapley!.balance)).toEqual([6, 12, 18]);
    // sequential in the order a, b, c: 1, (9 − 1) = 8, (36 − 9) = 27
    expect(r.parts.map((p) => p.sequential.balance)).toEqual([1, 8, 27]);
  });

  it('refuses more than 30 levers (subsets are 32-bit masks) instead of mis-attributing', () => {
    const many = Array.from({ length: 31 }, (_, i) => `l${i}`);
    expect(() => attribute(many, () => ({ balance: 0, reserveMonths: 0, exhaustionYear: 0, censored: false }))).toThrow(/at most 30 levers/);
  });

  it('refuses exact Shapley beyond 8 levers', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `l${i}`);
    expect(() => attribute(nine, () => ({ balance: 0, reserveMonths: 0, exhaustionYear: 0, censored: false }), { shapley: true })).toThrow(/at most 8 levers/);
  });
});

describe('attribution between two scenario files', () => {
  it('the example employer-rate cut differs from the baseline by one lever, which takes the whole difference', () => {
    const a = attributeScenarios(loadScenario(national), loadScenario(join(root, 'scenarios', 'examples', 'employer-rate-cut.yaml')), { fund: 'employee', year: 2035 });
    expect(a.levers).toEqual(['funds.employee.contributions.employer_rate']);
    expect(a.parts[0].shapley!.balance).toBe(a.total.balance);
    expect(a.total.balance).toBeLessThan(0);
  });
});
