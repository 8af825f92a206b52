// Benchmark: batch runs (issue 22) — a province of 100 regions × 1,000 Monte Carlo paths × 30
// projected years, every pooling rule (separate, full, adjustment fund) on every path.
//   1. one process (`fundcast batch --shard 0/1`, the built CLI) vs one shard per core run at
//      the same time (`--shard i/N`, N = the cores): wall time, throughput in region-paths per
//      second, and the scaling ratio (one process's time / the shards' time);
//   2. the set-up every shard repeats (prepareRegions), then the same job as 100 shards run one
//      after another in this process, and merged;
//   3. merge cost against the number of partials: jobs of 10, 30 and 100 shards of 10 paths
//      each (the rows grow with the partials), mergePartials timed (wall and CPU of this process;
//      CPU is less disturbed by other load) — linear growth means the CPU per partial stays the same;
//   and the shard-invariance bytes: every merge of the 1,000-path job (N shards, 100 shards)
//   must equal the single run's merged file byte for byte (exit 1 if not).
// The province is constructed (illustrative figures, not real accounts). Medians of the repeats;
// the load average is printed before and after; ratios are within this one run.
// Run: npx tsx bench/batch.bench.ts   (or `npm run bench` for every benchmark, `npm run bench -- batch` for this one).
// BENCH_REPEATS (default 3) sets the repeats of the process runs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBatchManifest, mergePartials, partialFileName, prepareRegions, runShard, type BatchJob } from '../src/index';
import { childrenCpu } from './measure';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'fundcast.cjs');
const REGIONS = 100;
const PATHS = 1000;
const YEARS = 30;
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const MERGE_RUNS = 7;
const cores = availableParallelism();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * Writes the bench province into `dir`: 100 regions whose size, income/expenditure ratio, reserve
 * and spending growth vary by a fixed pattern (so some regions run out early and some never), with
 * spending and wage-growth shocks per region; and one batch manifest per path count.
 */
function writeProvince(dir: string, pathCounts: number[]): void {
  const rows = ['region,name,insured,income,expenditure,balance,income_growth,expenditure_growth'];
  for (let i = 0; i < REGIONS; i++) {
    const insured = 40_000 + 15_000 * (i % 13);
    const income = insured * 0.55; // 10k yuan: 5,500 yuan per insured person
    const expenditure = income * (0.86 + 0.003 * (i % 47));
    const balance = expenditure * (0.4 + 0.025 * (i % 31)); // 5 to 14 months
    rows.push(`r${String(i).padStart(3, '0')},Region ${i},${insured},${income},${expenditure},${balance},0.04,${(0.048 + 0.0006 * (i % 23)).toFixed(4)}`);
  }
  writeFileSync(join(dir, 'province.csv'), rows.join('\n') + '\n');
  writeFileSync(
    join(dir, 'province.regions.yaml'),
    [
      'fundcast_regions: 1',
      'id: bench-province',
      'name: Bench province (constructed)',
      'base_year: 2024',
      `end_year: ${2024 + YEARS}`,
      'units: {money: 10k yuan, persons: persons}',
      'table: province.csv',
      'shared: {pool: employee, interest_rate: 0.015}',
      'pooling:',
      '  adjustment_fund: {share: 0.05, pays: balance_floor, floor_months: 0, interest_rate: 0.015}',
      'stochastic:',
      '  shocks:',
      '    spending: {on: [region.expenditure.growth], distribution: normal, sd: 0.015, ar1: 0.5}',
      '    wages: {on: [region.income.growth], distribution: normal, sd: 0.01}',
      '  correlations:',
      '    - {between: [spending, wages], rho: 0.3}',
      '',
    ].join('\n'),
  );
  for (const n of pathCounts) writeFileSync(join(dir, `p${n}.batch.yaml`), `fundcast_batch: 1\nid: bench-${n}\nscenarios: [province.regions.yaml]\npaths: ${n}\nseed: '1'\n`);
}

/** Runs `fundcast batch` for shards i/N of `manifest`, all at the same time; resolves with the wall seconds and the CPU seconds of the processes (NaN off Linux). */
function runProcesses(manifest: string, count: number, out: string): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = childrenCpu() ?? NaN;
  return Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((done, fail) => {
          const child = spawn(process.execPath, [bin, 'batch', manifest, '--shard', `${i}/${count}`, '--out', out, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`fundcast batch --shard ${i}/${count} exited with ${code}`))));
        }),
    ),
  ).then(() => ({ wall: (performance.now() - t0) / 1000, cpu: (childrenCpu() ?? NaN) - c0 }));
}

/** The partials of shards 0 … N − 1 of a job as merge input, read from `dir`. */
const readParts = (dir: string, count: number) => Array.from({ length: count }, (_, i) => ({ name: `shard ${i}`, bytes: readFileSync(join(dir, partialFileName({ index: i, count }))) }));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--js'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'fundcast-bench-batch-'));
  try {
    writeProvince(dir, [100, 300, PATHS]);
    const manifest = join(dir, `p${PATHS}.batch.yaml`);
    const regionPaths = REGIONS * PATHS;
    console.log(`province: ${REGIONS} regions × ${PATHS} paths × ${YEARS} years, 3 pooling rules per path; ${cores} cores; load average ${load()}`);
    let failed = false;

    // 1. one process vs one shard per core
    const one: { wall: number; cpu: number }[] = [];
    const many: { wall: number; cpu: number }[] = [];
    const d1 = join(dir, 'one');
    const dN = join(dir, 'many');
    mkdirSync(d1);
    mkdirSync(dN);
    for (let k = 0; k < REPEATS; k++) {
      one.push(await runProcesses(manifest, 1, d1));
      many.push(await runProcesses(manifest, cores, dN));
    }
    const single = mergePartials(readParts(d1, 1)).bytes;
    const t1 = median(one.map((r) => r.wall));
    const tN = median(many.map((r) => r.wall));
    const cpu = (runs: { cpu: number }[]) => (Number.isNaN(runs[0].cpu) ? 'n/a' : `${median(runs.map((r) => r.cpu)).toFixed(2)} s`);
    console.log(`1 process  (--shard 0/1)            wall median ${t1.toFixed(2)} s   ${(regionPaths / t1).toFixed(0)} region-paths/s   CPU ${cpu(one)}   (${REPEATS} runs)`);
    console.log(`${cores} processes (--shard i/${cores}, at once)  wall median ${tN.toFixed(2)} s   ${(regionPaths / tN).toFixed(0)} region-paths/s   CPU ${cpu(many)} (all shards)   (${REPEATS} runs)`);
    console.log(`scaling: ${(t1 / tN).toFixed(2)}× on ${cores} cores (ideal ${cores}× on idle cores; each process also starts node and loads the job)`);
    const c1 = median(one.map((r) => r.cpu));
    const cN = median(many.map((r) => r.cpu));
    if (!Number.isNaN(c1)) console.log(`CPU: ${(regionPaths / c1).toFixed(0)} region-paths per CPU second in one process; work efficiency of ${cores} shards = one process's CPU / all shards' CPU = ${(c1 / cN).toFixed(2)} (on idle cores the scaling would be about ${cores} × that = ${((cores * c1) / cN).toFixed(2)}×)`);
    const okN = same(mergePartials(readParts(dN, cores)).bytes, single);
    console.log(`shard invariance: merge of ${cores} shards ${okN ? '=' : '≠'} single run (${single.length} bytes)`);
    failed ||= !okN;

    // 2. 100 shards one after another in this process, then merged
    const job: BatchJob = loadBatchManifest(manifest);
    const setUp: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      prepareRegions(job.scenarios[0], job.rules);
      setUp.push(performance.now() - t0);
    }
    console.log(`set-up of one shard (prepareRegions: ${REGIONS} regions' assumptions, kernel models, deterministic flows) median ${median(setUp).toFixed(0)} ms   (5 runs)`);
    const cpuSeconds = (c0: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(c0);
      return (d.user + d.system) / 1e6;
    };
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    const hundred = Array.from({ length: 100 }, (_, i) => ({ name: `shard ${i}`, bytes: runShard(job, { index: i, count: 100 }) }));
    const seq = (performance.now() - t2) / 1000;
    const seqCpu = cpuSeconds(c2);
    const t3 = performance.now();
    const c3 = process.cpuUsage();
    const merged100 = mergePartials(hundred).bytes;
    const mergeSeconds = (performance.now() - t3) / 1000;
    const mergeCpu = cpuSeconds(c3);
    console.log(`100 shards in sequence (in process)  wall ${seq.toFixed(2)} s, CPU ${seqCpu.toFixed(2)} s   ${(regionPaths / seqCpu).toFixed(0)} region-paths per CPU second; merge of the 100 partials wall ${mergeSeconds.toFixed(2)} s, CPU ${mergeCpu.toFixed(2)} s`);
    const ok100 = same(merged100, single);
    console.log(`shard invariance: merge of 100 shards ${ok100 ? '=' : '≠'} single run`);
    failed ||= !ok100;

    // 3. merge cost against the number of partials (10 paths per partial)
    const sets: [number, { name: string; bytes: Uint8Array }[]][] = [
      [10, Array.from({ length: 10 }, (_, i) => ({ name: `shard ${i}`, bytes: runShard(loadBatchManifest(join(dir, 'p100.batch.yaml')), { index: i, count: 10 }) }))],
      [30, Array.from({ length: 30 }, (_, i) => ({ name: `shard ${i}`, bytes: runShard(loadBatchManifest(join(dir, 'p300.batch.yaml')), { index: i, count: 30 }) }))],
      [100, hundred],
    ];
    const perPartial: number[] = [];
    for (const [n, parts] of sets) {
      mergePartials(parts); // warm-up
      const t: number[] = [];
      const c: number[] = [];
      for (let k = 0; k < MERGE_RUNS; k++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        mergePartials(parts);
        const dc = process.cpuUsage(c0);
        c.push((dc.user + dc.system) / 1000);
        t.push(performance.now() - t0);
      }
      const m = median(t);
      perPartial.push(median(c) / n);
      console.log(`merge ${String(n).padStart(3)} partials of 10 paths   wall median ${m.toFixed(0)} ms   CPU median ${median(c).toFixed(0)} ms = ${(median(c) / n).toFixed(1)} ms per partial   (${MERGE_RUNS} runs)`);
    }
    console.log(`merge growth: CPU per partial with 100 partials = ${(perPartial[2] / perPartial[0]).toFixed(2)}× that with 10, ${(perPartial[1] / perPartial[0]).toFixed(2)}× with 30 (1.00 = linear)`);
    console.log(`load average after: ${load()}`);
    if (failed) {
      console.error('a merged result differs from the single run: shard invariance is broken');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
