// Benchmark: Monte Carlo (issue 11) — the batch kernel with random numbers, 30 projected years.
//   aggregate:     national-stochastic (2 funds, 5 shock processes, 2 correlations), 100,000 paths
//   age-detailed:  national-age-detailed with spending, wage and interest shocks, 10,000 paths
// Each on 1 thread (in this thread) and on all cores (a warm worker pool: start-up reported
// apart); the share of the 1-thread time spent drawing the shocks; and the whole `simulate` with
// exact quantiles at the default 5,000 paths. Medians of the runs; targets (on 2 cores):
// aggregate < 0.5 s, age-detailed < 2 s, random numbers included.
// Run: npx tsx bench/montecarlo.bench.ts   (or `npm run bench` for every benchmark).
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSimulationPool, parseScenario, resolveAssumptions, ShockDrawer, simulate, simulatePaths } from '../src/index';
import { ageDetailedText, aggregateText } from './thirtyYearScenarios';

const aggregate = resolveAssumptions(parseScenario(aggregateText(), 'bench.yaml'));
const ageDetailed = resolveAssumptions(parseScenario(ageDetailedText(), 'bench.yaml'));
const cores = availableParallelism();

/** Median wall time (ms) of `runs` calls after one warm-up, and the median CPU time of this process (all threads). */
async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  await fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (x: number[]) => x.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

// CPU time is shown beside wall time: on a shared machine the wall time includes waiting for a core
const line = (name: string, m: { wall: number; cpu: number }, paths: number) =>
  console.log(`${name.padEnd(58)} median ${(m.wall / 1000).toFixed(3)} s (cpu ${(m.cpu / 1000).toFixed(3)} s)   ${Math.round(paths / (m.wall / 1000)).toLocaleString('en-US').padStart(9)} paths/s`);

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
      console.log(`${name}: speed-up 1 → ${cores} threads`.padEnd(58) + ` ${(one.wall / all.wall).toFixed(2)}×`);
      console.log(`${name}: share of the 1-thread time drawing shocks`.padEnd(58) + ` ${((100 * draw.wall) / one.wall).toFixed(0)}%  (${(draw.wall / 1000).toFixed(3)} s; cpu ${((100 * draw.cpu) / one.cpu).toFixed(0)}%)`);
    }
    const full = await median(5, () => simulate(aggregate, { paths: 5000, pool }));
    line(`simulate (summary, exact quantiles): 5,000 paths, ${cores} threads`, full, 5000);
  } finally {
    await pool.close();
  }
}
void main();
