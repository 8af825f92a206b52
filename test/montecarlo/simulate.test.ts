import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergeScenario, project, requiredTopUp, resolveAssumptions, validateScenario, type Assumptions } from '../../src/index';
import { simulate, simulatePaths } from '../../src/montecarlo/simulate';
import { quantileKey } from '../../src/montecarlo/summarizePaths';
import { normalQuantile } from '../../src/stochastic/normalQuantile';

const root = join(__dirname, '..', '..');
const example = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
const linear = join(__dirname, 'fixtures', 'linear.yaml');

function withStochastic(file: string, stochastic: unknown): Assumptions {
  return resolveAssumptions(validateScenario({ ...loadScenario(file).scenario, stochastic }, file));
}

describe('all shock sizes zero: every path is the deterministic projection, exactly', () => {
  // every distribution at size zero, on parameters of every effect (growth, add, scale)
  const zero = withStochastic(example, {
    shocks: {
      a: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth'], distribution: 'normal', sd: 0, ar1: 0.6, parameter_sd: 0 },
      b: { on: ['employee.contributions.base_growth'], distribution: 'lognormal', sd: 0, ar1: 0.5 },
      c: { on: ['resident.spending.growth'], distribution: 'truncated_normal', sd: 0, lower: -0.01, upper: 0.01 },
      d: { on: ['employee.contributions.employer_rate'], distribution: 'uniform', lower: 0, upper: 0 },
      e: { on: ['resident.premium_per_head.indexed.growth'], distribution: 'triangular', lower: 0, mode: 0, upper: 0 },
      f: { on: ['employee.interest_rate'], distribution: 'bootstrap', residuals: [0, 0, 0] },
    },
    correlations: [{ between: ['a', 'b'], rho: 0.5 }],
  });
  const reference = project(zero);

  it('path by path (balance, income, expenditure, months: identical numbers)', async () => {
    const block = await simulatePaths(zero, { paths: 50, threads: 1, seed: 'zero' });
    reference.funds.forEach((fund, f) =>
      fund.rows.forEach((row, y) => {
        for (let p = 0; p < block.count; p++) {
          const at = p * block.years + y;
          expect(block.funds[f].balance[at]).toBe(row.balance);
          expect(block.funds[f].income[at]).toBe(row.income);
          expect(block.funds[f].expenditure[at]).toBe(row.expenditure);
          expect(block.funds[f].months[at]).toBe(row.reserveMonths);
        }
      }),
    );
  });

  it('and the summary: every quantile is the deterministic value, probabilities 0 or 1', async () => {
    const r = await simulate(zero, { paths: 40, threads: 1 });
    r.funds.forEach((fund, f) => {
      const det = reference.funds[f];
      fund.rows.forEach((row, y) => {
        for (const v of Object.values(row.balance)) expect(v).toBe(det.rows[y].balance);
        expect(row.pExhaustedBy).toBe(det.exhaustionYear !== null && row.year >= det.exhaustionYear ? 1 : 0);
        expect(row.pDeficit).toBe(det.rows[y].surplus < 0 ? 1 : 0);
      });
      expect(fund.exhaustionYear.quantiles.p50).toBe(det.exhaustionYear);
      expect(fund.firstDeficitYear.quantiles.p50).toBe(det.firstDeficitYear);
    });
  });
});

describe('known distributions: quantiles within Monte Carlo error of the closed form', () => {
  // The sample q-quantile of N draws from N(μ, S²) has standard error S·√(q(1−q)/N)/φ(z_q)
  // (asymptotic normality of order statistics); each check allows 4 such errors (a false failure
  // has probability ≈ 6e-5 per check; the seed is fixed, so the outcome is reproducible).
  const N = 20000;
  const phi = (z: number) => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  function expectNormalQuantiles(q: Record<string, number | null>, mean: number, sd: number, label: string) {
    for (const p of [0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975]) {
      const z = normalQuantile(p);
      const se = (sd * Math.sqrt((p * (1 - p)) / N)) / phi(z);
      const got = q[quantileKey(p)]!;
      expect(Math.abs(got - (mean + sd * z)), `${label} p${p}: ${got} vs ${mean + sd * z} (se ${se})`).toBeLessThanOrEqual(4 * se);
    }
  }

  it('a single normal shock on a linear balance: balance_T ~ N(1000 + 50T, (100·σ)²·T)', async () => {
    const a = resolveAssumptions(loadScenario(linear));
    const r = await simulate(a, { paths: N, threads: 1, seed: 'linear' });
    const rows = r.funds[0].rows;
    // T = 10 (2025–2034), σ = 0.1: mean 1500, sd 100·0.1·√10 = 31.62…
    expectNormalQuantiles(rows[9].balance, 1500, 10 * Math.sqrt(10), 'balance 2034');
    // one year: T = 1, mean 1050, sd 10
    expectNormalQuantiles(rows[0].balance, 1050, 10, 'balance 2025');
  });

  it('an AR(1) shock: Var(x_t) = σ²(1 − φ^{2t})/(1 − φ²) in the income of year t; Var(Σx) in the balance', async () => {
    const sigma = 0.1;
    const ar = 0.7;
    const a = withStochastic(linear, { shocks: { subsidy: { on: ['res.fiscal_subsidy'], distribution: 'normal', sd: sigma, ar1: ar } } });
    const r = await simulate(a, { paths: N, threads: 1, seed: 'ar1' });
    const rows = r.funds[0].rows;
    for (const t of [1, 3, 10]) {
      const v = (sigma * sigma * (1 - ar ** (2 * t))) / (1 - ar * ar);
      expectNormalQuantiles(rows[t - 1].income, 100, 100 * Math.sqrt(v), `income year ${t}`);
    }
    // Σ_{t=1..T} x_t = Σ_s u_s·(1 − φ^{T−s+1})/(1 − φ): variance σ²·Σ_s ((1 − φ^{T−s+1})/(1 − φ))²
    const T = 10;
    let v = 0;
    for (let s = 1; s <= T; s++) v += ((1 - ar ** (T - s + 1)) / (1 - ar)) ** 2;
    expectNormalQuantiles(rows[T - 1].balance, 1500, 100 * sigma * Math.sqrt(v), 'balance 2034');
  });

  it('parameter uncertainty: one draw per path shifts every year alike (year-10 balance sd 100·δ·10)', async () => {
    const a = withStochastic(linear, { shocks: { subsidy: { on: ['res.fiscal_subsidy'], distribution: 'normal', sd: 0, parameter_sd: 0.05 } } });
    const r = await simulate(a, { paths: N, threads: 1, seed: 'parameter' });
    expectNormalQuantiles(r.funds[0].rows[9].balance, 1500, 100 * 0.05 * 10, 'balance 2034');
    expectNormalQuantiles(r.funds[0].rows[0].income, 100, 5, 'income 2025');
  });
});

describe('reproducible: the same seed gives the same bytes, whatever the threads and chunks', () => {
  const a = resolveAssumptions(loadScenario(example));

  it('1 thread, 2 threads and different chunk sizes: byte-identical JSON', async () => {
    const one = JSON.stringify(await simulate(a, { paths: 1200, seed: '7', threads: 1, chunkSize: 1200 }));
    const oneChunked = JSON.stringify(await simulate(a, { paths: 1200, seed: '7', threads: 1, chunkSize: 97 }));
    const two = JSON.stringify(await simulate(a, { paths: 1200, seed: '7', threads: 2, chunkSize: 250 }));
    expect(oneChunked).toBe(one);
    expect(two).toBe(one);
    // and a different seed gives different numbers
    expect(JSON.stringify(await simulate(a, { paths: 1200, seed: '8', threads: 1 }))).not.toBe(one);
  });

  it('paths sharded by firstPath are the same paths (a share computed elsewhere fits in exactly)', async () => {
    const whole = await simulatePaths(a, { paths: 300, seed: 's', threads: 1 });
    const tail = await simulatePaths(a, { paths: 120, firstPath: 180, seed: 's', threads: 1 });
    expect(Array.from(tail.funds[0].balance)).toEqual(Array.from(whole.funds[0].balance.subarray(180 * whole.years)));
    expect(Array.from(tail.funds[1].months)).toEqual(Array.from(whole.funds[1].months.subarray(180 * whole.years)));
  });

  it('common random numbers: a lever moved leaves the draws alone (a deterministic shift in every path)', async () => {
    const higher = resolveAssumptions(validateScenario(mergeScenario(loadScenario(example).scenario, { funds: { employee: { contributions: { employer_rate: 0.0715 } } } }), 'higher'));
    expect(higher.stochastic!.hash).toBe(a.stochastic!.hash);
    const base = await simulatePaths(a, { paths: 200, seed: 'crn', threads: 1 });
    const moved = await simulatePaths(higher, { paths: 200, seed: 'crn', threads: 1 });
    // the resident fund does not depend on the employer rate: identical paths
    expect(Array.from(moved.funds[1].balance)).toEqual(Array.from(base.funds[1].balance));
    // the employee fund gains in every path and year
    expect(moved.funds[0].income.every((v, i) => v > base.funds[0].income[i])).toBe(true);
  });
});

describe('required top-up', () => {
  it('without a rule: the least top-up keeping 3 months, as requiredTopUp computes it (shocks at zero)', async () => {
    const a = { ...resolveAssumptions(loadScenario(join(root, 'scenarios', 'examples', 'small-district.yaml'))), stochastic: null };
    const block = await simulatePaths(a, { paths: 1, threads: 1, floorMonths: 3 });
    const solved = requiredTopUp(a, { fund: a.funds[0].id, floorMonths: 3 });
    expect(solved.total).toBeGreaterThan(0);
    solved.path.forEach((p, y) => {
      // requiredTopUp measures the slope numerically and nudges T up by a few ulps: 1e-9 relative
      expect(Math.abs(block.funds[0].topUp[y] - p.topUp)).toBeLessThanOrEqual(1e-9 * Math.max(1, solved.total));
    });
  });
});
