// Benchmark: Monte Carlo at scale (issue 20). Each case runs in its own process, so that its peak
// resident set (all threads) is its own; medians of the repeats; the machine's load before and after.
//   kernel:      the batch kernel with random numbers (paths computed into chunk-sized blocks and
//                dropped: no summary), aggregate 2 funds × 30 years at 10⁵ and 10⁶ paths, the
//                age-detailed example 10⁴ × 30, on 1 and 2 threads;
//   plain loop:  the same workload as one plain typed-array loop (bench/plainLoop.ts), 1 thread —
//                the kernel's ratio to it is printed;
//   numpy:       the same workload vectorised in numpy (bench/numpyLoop.py), when python3 has numpy;
//   summary:     the library's simulate with streamed summaries (kernel + per-worker partial
//                summaries + merge; histogram quantiles), aggregate 10⁵ and 10⁶ paths, 1 and 2 threads;
//   accuracy:    at 10⁶ paths, every reported quantile of 8 (fund, quantity, year) columns against
//                exact type 7 of the same paths (the columns gathered and sorted here): the largest
//                rank error seen beside the one the summary states;
//   simulate:    the whole `fundcast simulate --format json` process (summary included), aggregate
//                10⁵ and 10⁶ paths on 1 and 2 threads, 10⁷ on 2 (not with --quick);
//   everyday:    `node -e 0`, `fundcast run <default> --format json`, `fundcast simulate <example>`
//                (5,000 paths), as ratios to node's own start.
// Targets (issue 20, on 2 cores): kernel ≥ 1,000,000 aggregate paths/s on 2 threads and not slower
// than numpy; simulate 10⁶ paths ≤ 2 s and ≤ 300 MB; `run` ≤ 2× node; simulate 5,000 ≤ 3× run.
// Run: npx tsx bench/montecarloScale.bench.ts [--quick]   (or `npm run bench` for every benchmark)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSimulationPool, parseScenario, resolveAssumptions, simulate, type Assumptions } from '../src/index';
import { kernelModel } from '../src/montecarlo/kernelModel';
import { emptyPathBlock, runPaths } from '../src/montecarlo/runPaths';
import { plainKeys, plainLoop, plainWorkload } from './plainLoop';
import { ageDetailedText, aggregateText } from './thirtyYearScenarios';

const root = join(__dirname, '..');
const examples = join(root, 'scenarios', 'examples');
const bin = join(root, 'bin', 'fundcast.cjs');
const quick = process.argv.includes('--quick');

const AGGREGATE = aggregateText;
const AGE_DETAILED = ageDetailedText;
const resolveText = (text: string): Assumptions => resolveAssumptions(parseScenario(text, 'bench.yaml'));

interface Timing {
  wall: number;
  cpu: number;
  maxRssMb: number;
  note?: string;
}

const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];

/** Median wall and CPU seconds of `runs` calls after one warm-up. */
async function timed(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const CHUNK = 10_000;

/** Kernel throughput: paths [0, paths) into chunk-sized blocks that are dropped (1 thread: one reused block; more: a warm pool). */
async function kernelCase(text: string, paths: number, threads: number, runs: number): Promise<{ wall: number; cpu: number }> {
  const model = kernelModel(resolveText(text));
  if (threads === 1) {
    const block = emptyPathBlock(model, 0, CHUNK);
    return timed(runs, () => {
      for (let from = 0; from < paths; from += CHUNK) {
        block.from = from;
        runPaths(model, { seed: '1', from, to: Math.min(from + CHUNK, paths) }, block);
      }
    });
  }
  const pool = await createSimulationPool(threads);
  try {
    // one shared block per thread, each taking the next chunk when its last one is done
    const chunk = Math.min(CHUNK, Math.ceil(paths / (threads * 8)));
    const blocks = Array.from({ length: threads }, () => emptyPathBlock(model, 0, chunk, true));
    return await timed(runs, async () => {
      let next = 0;
      await Promise.all(blocks.map(async (block) => {
        while (next < paths) {
          const from = next;
          next = Math.min(from + chunk, paths);
          block.from = from;
          await pool.run({ model, block, seed: '1', from, to: next, floorMonths: 3 });
        }
      }));
    });
  } finally {
    await pool.close();
  }
}

/** One case in this (child) process; prints its Timing as JSON. */
async function child(spec: { kind: string; paths: number; threads: number; runs: number }): Promise<void> {
  let t: { wall: number; cpu: number };
  let note: string | undefined;
  if (spec.kind === 'kernel-aggregate') t = await kernelCase(AGGREGATE(), spec.paths, spec.threads, spec.runs);
  else if (spec.kind === 'kernel-age-detailed') t = await kernelCase(AGE_DETAILED(), spec.paths, spec.threads, spec.runs);
  else if (spec.kind === 'summary-aggregate') {
    const a = resolveText(AGGREGATE());
    const pool = spec.threads > 1 ? await createSimulationPool(spec.threads) : undefined;
    let err = 0;
    try {
      t = await timed(spec.runs, async () => {
        err = (await simulate(a, { paths: spec.paths, threads: spec.threads, pool, quantileMethod: 'histogram' })).settings.quantileRankError!;
      });
    } finally {
      await pool?.close();
    }
    note = `stated rank error ${err.toPrecision(2)}`;
  } else if (spec.kind === 'accuracy-aggregate') {
    note = accuracy(resolveText(AGGREGATE()), spec.paths, await simulate(resolveText(AGGREGATE()), { paths: spec.paths, quantileMethod: 'histogram' }));
    t = { wall: NaN, cpu: NaN };
  }
  else if (spec.kind === 'plain-aggregate') {
    const model = kernelModel(resolveText(AGGREGATE()));
    const w = plainWorkload(model);
    const keys = plainKeys(model, '1');
    let out = plainLoop(w, keys, 0, 1);
    t = await timed(spec.runs, () => (out = plainLoop(w, keys, 0, spec.paths)));
    // the yardstick computes what the kernel computes: end balances of the first 1,000 paths agree to 1e-9
    const check = runPaths(model, { seed: '1', from: 0, to: 1000 });
    const mine = plainLoop(w, keys, 0, 1000).endBalance;
    const T = check.years;
    check.funds.forEach((f, i) => {
      let sum = 0;
      for (let p = 0; p < 1000; p++) sum += f.balance[p * T + T - 1];
      if (!(Math.abs(sum - mine[i]) <= 1e-9 * Math.abs(sum))) throw new Error(`plain loop ≠ kernel: ${mine[i]} vs ${sum}`);
    });
    note = `= kernel to 1e-9; exhausted by the end: ${out.exhausted.map((x) => ((100 * x) / spec.paths).toFixed(1) + '%').join(', ')}`;
  } else throw new Error(`unknown case ${spec.kind}`);
  console.log(JSON.stringify({ ...t, maxRssMb: process.resourceUsage().maxRSS / 1024, note }));
}

/**
 * Every reported quantile of 8 columns (balance and months of reserve in the 10th and last year,
 * both funds) against exact type 7 of the same paths: the rank error of each — how far, as a share
 * of the paths, its value lies outside the exact order statistics at (n − 1)·q — beside the stated one.
 */
function accuracy(a: Assumptions, paths: number, result: Awaited<ReturnType<typeof simulate>>): string {
  const model = kernelModel(a);
  const Y = model.timeline.endYear - model.timeline.baseYear;
  const picks = [0, 1].flatMap((f) => [9, Y - 1].flatMap((y) => (['balance', 'months'] as const).map((q) => ({ f, y, q, values: new Float64Array(paths) }))));
  const block = emptyPathBlock(model, 0, CHUNK);
  for (let from = 0; from < paths; from += CHUNK) {
    const to = Math.min(from + CHUNK, paths);
    block.from = from;
    runPaths(model, { seed: '1', from, to }, block);
    for (const k of picks) for (let p = 0; p < to - from; p++) k.values[from + p] = block.funds[k.f][k.q][p * Y + k.y];
  }
  let worst = 0;
  for (const k of picks) {
    const sorted = k.values.filter((v) => !Number.isNaN(v)).sort();
    const n = sorted.length;
    const row = result.funds[k.f].rows[k.y];
    const reported = k.q === 'balance' ? row.balance : row.reserveMonths;
    for (const q of result.settings.quantiles) {
      const v = reported[`p${Number((q * 100).toPrecision(12))}`]!;
      // L: the last order statistic ≤ v, U: the first ≥ v; v lies between x(h − e·n) and x(h + e·n) for
      // e·n ≥ h − L and ≥ U − h, less the one rank that exact type 7 itself spans
      const below = (x: number, strict: boolean) => {
        let lo = 0;
        let hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (strict ? sorted[mid] < x : sorted[mid] <= x) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const h = (n - 1) * q;
      const L = below(v, false) - 1;
      const U = below(v, true);
      worst = Math.max(worst, Math.max(0, h - L - 1, U - h - 1) / n);
    }
  }
  return `largest rank error seen ${worst.toPrecision(2)} (of ${picks.length * result.settings.quantiles.length} quantiles), stated ${result.settings.quantileRankError!.toPrecision(2)}${worst <= result.settings.quantileRankError! ? ' — within it' : ' — NOT within it'}`;
}

function runChild(spec: { kind: string; paths: number; threads: number; runs: number }): Timing {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--case', JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`case ${JSON.stringify(spec)} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Timing;
}

/** A whole command: median wall and CPU of `runs` processes (after one untimed), and the largest peak RSS. */
function command(args: string[], runs: number): Timing {
  const once = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', join(__dirname, 'maxRss.cjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = (performance.now() - t0) / 1000;
    void c0;
    const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    if (r.status !== 0) return { wall, rss, refused: r.stderr.split('\n').find((l) => l.trim() && !l.startsWith('maxrss')) ?? `exit ${r.status}` };
    return { wall, rss, refused: undefined };
  };
  const first = once();
  if (first.refused) return { wall: NaN, cpu: NaN, maxRssMb: first.rss, note: `refused: ${first.refused.slice(0, 160)}` };
  const xs = Array.from({ length: runs }, once);
  return { wall: median(xs.map((x) => x.wall)), cpu: NaN, maxRssMb: Math.max(...xs.map((x) => x.rss)) };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
function line(name: string, t: Timing, paths?: number, extra = ''): void {
  if (Number.isNaN(t.wall)) return console.log(`${name.padEnd(60)} ${t.note}`);
  const rate = paths ? `${fmt(paths / t.wall).padStart(11)} paths/s` : '';
  const cpu = Number.isNaN(t.cpu) ? '' : ` (cpu ${t.cpu.toFixed(3)} s)`;
  console.log(`${name.padEnd(60)} ${t.wall.toFixed(3)} s${cpu} ${rate}  peak RSS ${fmt(t.maxRssMb)} MB${extra}${t.note ? `  [${t.note}]` : ''}`);
}

function numpyAvailable(): string | null {
  const r = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function main(): Promise<void> {
  const load0 = loadavg();
  console.log(`load average at start (1, 5, 15 min): ${load0.map((x) => x.toFixed(2)).join(', ')}${quick ? '   (--quick: fewer paths and repeats)' : ''}`);
  const big = quick ? 200_000 : 1_000_000;
  const kernel: Record<string, Timing> = {};
  for (const paths of [100_000, big]) {
    for (const threads of [1, 2]) {
      const t = runChild({ kind: 'kernel-aggregate', paths, threads, runs: paths > 100_000 ? 3 : 5 });
      kernel[`${paths}/${threads}`] = t;
      line(`kernel aggregate ${fmt(paths)} paths × 30 years, ${threads} thread${threads > 1 ? 's' : ''}`, t, paths);
    }
    const plain = runChild({ kind: 'plain-aggregate', paths, threads: 1, runs: paths > 100_000 ? 3 : 5 });
    line(`plain typed-array loop ${fmt(paths)} paths, 1 thread`, plain, paths, `   kernel/plain on 1 thread: ${(kernel[`${paths}/1`].wall / plain.wall).toFixed(2)}× the time`);
  }
  for (const paths of [100_000, big]) {
    for (const threads of [1, 2]) line(`simulate (library, streamed summary) ${fmt(paths)} paths, ${threads} thread${threads > 1 ? 's' : ''}`, runChild({ kind: 'summary-aggregate', paths, threads, runs: paths > 100_000 ? 2 : 3 }), paths);
  }
  console.log(`accuracy at ${fmt(big)} paths: ${runChild({ kind: 'accuracy-aggregate', paths: big, threads: 2, runs: 1 }).note}`);
  for (const threads of [1, 2]) line(`kernel age-detailed 10,000 paths × 30 years, ${threads} thread${threads > 1 ? 's' : ''}`, runChild({ kind: 'kernel-age-detailed', paths: 10_000, threads, runs: 5 }), 10_000);
  const s12 = kernel[`${big}/1`].wall / kernel[`${big}/2`].wall;
  console.log(`kernel speed-up 1 → 2 threads at ${fmt(big)} paths`.padEnd(60) + ` ${s12.toFixed(2)}×`);

  const np = numpyAvailable();
  const dir = mkdtempSync(join(tmpdir(), 'fundcast-bench-'));
  try {
    if (np) {
      const file = join(dir, 'workload.json');
      writeFileSync(file, JSON.stringify(plainWorkload(kernelModel(resolveText(AGGREGATE())))));
      for (const paths of [100_000, big]) {
        const out = JSON.parse(execFileSync('python3', [join(__dirname, 'numpyLoop.py'), file, String(paths), paths > 100_000 ? '3' : '5'], { encoding: 'utf8' }).trim()) as { wall: number };
        const k = kernel[`${paths}/2`].wall;
        line(`numpy ${np} vectorised ${fmt(paths)} paths, 1 thread`, { wall: out.wall, cpu: NaN, maxRssMb: NaN }, paths, `   kernel on 2 threads / numpy: ${(k / out.wall).toFixed(2)}× the time`);
      }
    } else console.log('numpy: skipped (python3 with numpy not found)');

    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--js'], { stdio: 'inherit' });
    const aggregateFile = join(dir, 'aggregate-30.yaml');
    writeFileSync(aggregateFile, AGGREGATE());
    for (const paths of [100_000, big, ...(quick ? [] : [10_000_000])]) {
      for (const threads of paths > big ? [2] : [1, 2]) {
        line(`fundcast simulate aggregate ${fmt(paths)} paths, ${threads} thread${threads > 1 ? 's' : ''} (whole process)`, command([bin, 'simulate', aggregateFile, '--paths', String(paths), '--threads', String(threads), '--format', 'json'], paths > big ? 1 : paths > 100_000 ? 2 : 3), paths);
      }
    }
    const defaultScenario = join(root, /\S+\.yaml/.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.forecast as string)![0]);
    const runs = quick ? 5 : 11;
    const node = command(['-e', '0'], runs);
    const run = command([bin, 'run', defaultScenario, '--format', 'json'], runs);
    const sim = command([bin, 'simulate', join(examples, 'national-stochastic.yaml'), '--format', 'json'], runs);
    line(`node -e 0 (node's own start)`, node);
    line(`fundcast run <default> --format json`, run, undefined, `   ${(run.wall / node.wall).toFixed(2)}× node`);
    line(`fundcast simulate <national-stochastic> (5,000 paths) --format json`, sim, 5000, `   ${(sim.wall / node.wall).toFixed(2)}× node, ${(sim.wall / run.wall).toFixed(2)}× run`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at end (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
}

const at = process.argv.indexOf('--case');
if (at > 0) void child(JSON.parse(process.argv[at + 1]));
else void main();
