import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';
import { loadScenario } from '../../src/scenario/loadScenario';
import { sensitivity } from '../../src/sensitivity/sensitivity';
import { parseSensitivityOutput } from '../../src/sensitivity/sensitivityOutput';
import { solveForRisk } from '../../src/solve/solveForRisk';
import { solveLever } from '../../src/solve/solveLever';

const dir = mkdtempSync(join(tmpdir(), 'fundcast-sensitivity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const national = 'scenarios/china-national-2025.yaml';
const a = resolveAssumptions(loadScenario(national));

/** The national scenario with extra `adjustments` written in the scenario file (the scenario layer's own route). */
function withAdjustments(adjustments: object[]): ReturnType<typeof project> {
  const doc = parse(readFileSync(national, 'utf8'));
  doc.adjustments = adjustments;
  const file = join(dir, `adj-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(doc));
  // the file sits in a temporary folder: history files are inline, nothing else is relative
  return project(resolveAssumptions(loadScenario(file)));
}

describe('sensitivity (deterministic)', () => {
  const s = sensitivity(a, 'employee', parseSensitivityOutput('months:2035'));

  it('the intermediate set is the scenario itself', () => {
    const own = project(a).funds.find((f) => f.id === 'employee')!;
    expect(s.base).toBe(own.rows.find((r) => r.year === 2035)!.reserveMonths);
    expect(s.sets[1]).toMatchObject({ set: 'intermediate', firstDeficitYear: own.firstDeficitYear, exhaustionYear: own.exhaustionYear });
  });

  it('each tornado end equals the same change written as a scenario adjustment (an independent route)', () => {
    for (const bar of s.tornado) {
      for (const end of [bar.lowCost, bar.highCost]) {
        const r = withAdjustments([{ fund: 'employee', lever: bar.lever, from: 2026, add: end.change }]);
        expect(end.value).toBeCloseTo(r.funds[0].rows.find((x) => x.year === 2035)!.reserveMonths!, 10);
      }
    }
  });

  it('low cost ≥ intermediate ≥ high cost, and the bars are sorted by swing', () => {
    const [lo, mid, hi] = s.sets.map((x) => x.output!);
    expect(lo).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(hi);
    const swings = s.tornado.map((b) => b.swing!);
    expect([...swings].sort((x, y) => y - x)).toEqual(swings);
    // spending growth and wage growth (±1 point a year) move 2035 reserves more than ±0.5 point of interest
    expect(s.tornado.at(-1)!.lever).toBe('interest_rate');
  });

  it('exhaustion years beyond the horizon count as end year + 1', () => {
    const e = sensitivity(a, 'employee', parseSensitivityOutput('exhaustion'));
    expect(e.sets[0].exhaustionYear).toBeNull();
    expect(e.sets[0].output).toBe(a.timeline.endYear + 1);
  });

  it('refuses an unknown output or fund with a bilingual error', () => {
    expect(() => parseSensitivityOutput('months:next')).toThrow(/months:YEAR.*年份/);
    expect(() => sensitivity(a, 'nope', { kind: 'exhaustion' })).toThrow(/no fund 'nope'/);
  });
});

describe('solveForRisk (solver under uncertainty)', () => {
  it('with every shock at zero it gives the deterministic solver\'s answer (all paths fail or none)', async () => {
    const doc = parse(readFileSync('scenarios/examples/national-stochastic.yaml', 'utf8'));
    doc.extends = join(process.cwd(), 'scenarios', 'china-national-2024.yaml');
    for (const shock of Object.values(doc.stochastic.shocks) as Record<string, unknown>[]) {
      shock.sd = 0;
      if ('parameter_sd' in shock) shock.parameter_sd = 0;
    }
    const file = join(dir, 'zero.yaml');
    writeFileSync(file, stringify(doc));
    const zero = resolveAssumptions(loadScenario(file));
    const risk = await solveForRisk(zero, { fund: 'resident', lever: 'subsidy_per_head', target: { kind: 'below', months: 3, toYear: 2040 }, probability: 0.1, min: 500, max: 3000, simulation: { paths: 50, seed: '1', threads: 1 } });
    const det = solveLever(zero, { fund: 'resident', lever: 'subsidy_per_head', target: { kind: 'minReserveMonths', months: 3, toYear: 2040 }, bounds: [500, 3000] } as never);
    expect(risk.feasible && det.feasible).toBe(true);
    if (risk.feasible && det.feasible) {
      expect(risk.probability).toBe(0);
      expect(risk.probabilityBeyond).toBe(1);
      // both bracket the same boundary: the bisection to 1e-6 of the value (≈ 1,100 yuan → 1.1e-3 yuan),
      // the deterministic solver to 1e-6 absolute
      expect(Math.abs(risk.value - det.value!)).toBeLessThan(1.2e-3);
    }
  });

  it('with shocks: P(failure) at the answer ≤ p < P just beyond it, and the Monte Carlo interval brackets it', async () => {
    const st = resolveAssumptions(loadScenario('scenarios/examples/national-stochastic.yaml'));
    const r = await solveForRisk(st, { fund: 'resident', lever: 'subsidy_per_head', target: { kind: 'below', months: 3, toYear: 2040 }, probability: 0.1, min: 500, max: 3000, simulation: { paths: 1000, seed: '7', threads: 1 } });
    expect(r.feasible).toBe(true);
    if (r.feasible) {
      expect(r.probability).toBeLessThanOrEqual(0.1);
      expect(r.probabilityBeyond).toBeGreaterThan(0.1);
      expect(r.direction).toBe('min');
      expect(r.interval[0]!).toBeLessThanOrEqual(r.value);
      expect(r.interval[1]!).toBeGreaterThanOrEqual(r.value);
    }
  });

  it('says so when no value within the bounds keeps the risk that low', async () => {
    const st = resolveAssumptions(loadScenario('scenarios/examples/national-stochastic.yaml'));
    const r = await solveForRisk(st, { fund: 'resident', lever: 'subsidy_per_head', target: { kind: 'below', months: 3, toYear: 2040 }, probability: 0.1, min: 100, max: 200, simulation: { paths: 200, seed: '1', threads: 1 } });
    expect(r.feasible).toBe(false);
    if (!r.feasible) expect(r.reason.zh).toMatch(/失败概率/);
  });
});
