import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { loadScenario } from '../../src/scenario/loadScenario';
import { requiredTopUp } from '../../src/solve/requiredTopUp';
import { topUpForRisk } from '../../src/solve/topUpForRisk';

const dir = mkdtempSync(join(tmpdir(), 'fundcast-topup-risk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const national = 'scenarios/china-national-2025.yaml';

describe('topUpForRisk (the treasury provision under uncertainty)', () => {
  it('with every shock at zero it is the deterministic least top-up (requiredTopUp), to the bisection\'s 0.1 %', async () => {
    const doc = parse(readFileSync(national, 'utf8'));
    for (const s of Object.values(doc.stochastic.shocks) as Record<string, unknown>[]) {
      s.sd = 0;
      if ('parameter_sd' in s) s.parameter_sd = 0;
    }
    const file = join(dir, 'zero.yaml');
    writeFileSync(file, stringify(doc));
    const a = resolveAssumptions(loadScenario(file));
    const r = await topUpForRisk(a, { fund: 'resident', toYear: 2050, probability: 0.1, simulation: { paths: 20, seed: '1', threads: 1 } });
    const det = requiredTopUp(a, { fund: 'resident', floorMonths: 3 });
    expect(det.firstYear).not.toBeNull(); // the deterministic fund does need help before 2050
    expect(det.firstYear!).toBeLessThanOrEqual(2050);
    // all paths are the deterministic one: q_y is its least top-up and k → 1 (stops within 0.1 %)
    expect(r.scale).toBeGreaterThanOrEqual(1);
    expect(r.scale).toBeLessThan(1.001);
    for (const { year, amount } of r.path) {
      const d = det.path.find((x) => x.year === year)?.topUp ?? 0;
      expect(Math.abs(amount - d)).toBeLessThanOrEqual(1e-3 * Math.max(1, d));
    }
    expect(r.probability).toBe(0);
  });

  it('with shocks: the path keeps the floor with probability ≥ 1 − p, a 1 % smaller one does not, and it exceeds the year-by-year quantiles', async () => {
    const a = resolveAssumptions(loadScenario(national));
    const r = await topUpForRisk(a, { fund: 'resident', toYear: 2040, probability: 0.1, simulation: { paths: 1000, seed: '3', threads: 1 } });
    expect(r.probability).toBeLessThanOrEqual(0.1);
    expect(r.probabilityBelowScale!).toBeGreaterThan(0.1);
    // a path short in one year is not always short in another: the joint condition needs k > 1
    expect(r.scale).toBeGreaterThan(1);
    expect(r.total).toBeCloseTo(r.path.reduce((s, x) => s + x.amount, 0), 9);
  });

  it('refuses a probability outside (0, 1)', async () => {
    const a = resolveAssumptions(loadScenario(national));
    await expect(topUpForRisk(a, { fund: 'resident', toYear: 2040, probability: 1 })).rejects.toThrow(/between 0 and 1/);
  });
});
