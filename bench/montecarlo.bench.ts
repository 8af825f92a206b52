// Benchmark: Monte Carlo (issue 11) — the batch kernel with random numbers, 30 projected years.
//   aggregate:     national-stochastic (2 funds, 5 shock processes, 2 correlations), 100,000 paths
//   age-detailed:  national-age-detailed with spending, wage and interest shocks, 10,000 paths
// Each on 1 thread (in this thread) and on all cores (a warm worker pool: start-up reported
// apart); the share of the 1-thread time spent drawing the shocks; and the whole `simulate` with
// exact quantiles at the default 5,000 paths. Medians of the runs; targets (on 2 cores):
// aggregate < 0.5 s, age-detailed < 2 s, random numbers included.
// Run: npx tsx bench/montecarlo.bench.ts   (or `npm run bench` for every benchmark).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSimulationPool, loadScenario, mergeScenario, resolveAssumptions, ShockDrawer, simulate, simulatePaths, validateScenario, type Assumptions } from '../src/index';

const examples = join(__dirname, '..', 'scenarios', 'examples');
const thirtyYears = (file: string, extra: Record<string, unknown> = {}): Assumptions => {
  const s = loadScenario(file).scenario;
  // validated under the example's own file name, so that relative paths (cost curves) resolve
  return resolveAssumptions(validateScenario(mergeScenario(s, { end_year: s.base_year + 30, ...extra }), file));
};
const aggregate = thirtyYears(join(examples, 'national-stochastic.yaml'));
const ageDetailed = thirtyYears(join(examples, 'national-age-detailed.yaml'), {
  stochastic: {
    shocks: {
      spending_growth: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth', 'resident.spending.growth'], distribution: 'normal', sd: 0.015, ar1: 0.6, parameter_sd: 0.005 },
      wage_growth: { on: ['employee.contributions.base_growth'], distribution: 'normal', sd: 0.01, ar1: 0.5 },
      interest: { on: ['employee.interest_rate', 'resident.interest_rate'], distribution: 'normal', sd: 0.002, ar1: 0.8 },
    },
    correlations: [{ between: ['spending_growth', 'wage_growth'], rho: 0.5 }],
  },
});
const cores = availableParallelism();

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(runs / 2)];
}

const line = (name: string, ms: number, paths: number) => console.log(`${name.padEnd(58)} median ${(ms / 1000).toFixed(3)} s   ${Math.round(paths / (ms / 1000)).toLocaleString('en-US').padStart(11)} paths/s`);

async function main() {
  console.log(`cores: ${cores} (os.availableParallelism)`);
  const t0 = performance.now();
  const pool = await createSimulationPool(cores);
  await simulatePaths(aggregate, { paths: cores * 10, pool }); // every worker has loaded its code
  console.log(`worker pool start-up (${cores} threads, first task)`.padEnd(58) + ` ${((performance.now() - t0) / 1000).toFixed(3)} s`);
  try {
    for (const [name, a, paths, runs] of [['aggregate', aggregate, 100_000, 5], ['age-detailed', ageDetailed, 10_000, 7]] as const) {
      const years = a.timeline.endYear - a.timeline.baseYear;
      const one = await median(runs, () => simulatePaths(a, { paths, threads: 1 }));
      const all = await median(runs, () => simulatePaths(a, { paths, pool }));
      const drawer = new ShockDrawer(a.stochastic!, a.funds.map((f) => f.id), '1', a.timeline.length);
      const draw = await median(runs, () => {
        for (let p = 0; p < paths; p++) drawer.draw(p);
      });
      line(`${name}: ${paths.toLocaleString('en-US')} paths × ${years} years, 1 thread`, one, paths);
      line(`${name}: ${paths.toLocaleString('en-US')} paths × ${years} years, ${cores} threads`, all, paths);
      console.log(`${name}: speed-up 1 → ${cores} threads`.padEnd(58) + ` ${(one / all).toFixed(2)}×`);
      console.log(`${name}: share of the 1-thread time drawing shocks`.padEnd(58) + ` ${((100 * draw) / one).toFixed(0)}%  (${(draw / 1000).toFixed(3)} s)`);
    }
    const full = await median(5, () => simulate(aggregate, { paths: 5000, pool }));
    line(`simulate (summary, exact quantiles): 5,000 paths, ${cores} threads`, full, 5000);
  } finally {
    await pool.close();
  }
}
void main();
