import { FundcastError } from '../errors/FundcastError';
import { existsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import { kernelModel } from './kernelModel';
import { DEFAULT_FLOOR_MONTHS, emptyPathBlock, runPaths } from './runPaths';
import { emptyPartialSummary, gridCount, mergePartialSummary, partialFromData, type PartialSummary } from './partialSummary';
import { BINS, type QuantileGrids } from './quantileGrid';
import { PILOT_PATHS, pilotGrids, SUMMARY_STEP, summarizeRange } from './summarizeRange';
import { summarizePartial } from './summarizePartial';
import { summarizePaths, type SimulationResult } from './summarizePaths';
import type { KernelModel, PathBlock } from './types';

/**
 * Options of a Monte Carlo run: paths, seed, the share of paths to compute, worker threads, the
 * reserve floor for top-ups.
 */
export interface SimulateOptions {
  /** number of paths (default 5,000) */
  paths?: number;
  /** the seed: text of 1–64 letters, digits, '.', '_', '-' (default '1') */
  seed?: string | number;
  /** first path index (default 0): a machine computing a share of a large run sets it, the draws of path p never change */
  firstPath?: number;
  /** worker threads (default: the machine's cores, or 1 below 20,000 paths, where starting workers costs more than it saves); 1 runs in the calling thread */
  threads?: number;
  /** paths per task (default: about 8 tasks per thread, 100–5,000; histogram runs on worker threads: 2 per thread); results never depend on it */
  chunkSize?: number;
  /** floor in months of the least top-up for funds without a treasury_top_up rule (default 3) */
  floorMonths?: number;
  quantiles?: readonly number[];
  /** called after each finished chunk with the paths done so far */
  onProgress?: (done: number, total: number) => void;
  /** a pool of worker threads to reuse across runs (createSimulationPool); closed by its owner */
  pool?: SimulationPool;
  /**
   * How `simulate` computes quantiles: 'exact' sorts every year's values (type 7; memory grows with
   * the paths, at most MAX_PATH_YEARS path-years); 'histogram' streams — each worker summarises its
   * own paths into a partial summary (partialSummary), merged exactly, quantiles from fixed fine
   * histograms with their rank error stated; 'auto' (default): exact up to EXACT_PATHS paths.
   */
  quantileMethod?: 'auto' | 'exact' | 'histogram';
}

/** Number of Monte Carlo paths when none is given. */
export const DEFAULT_PATHS = 5000;
/** Seed of a Monte Carlo run when none is given (same seed, same paths, same bytes). */
export const DEFAULT_SEED = '1';
/** Below this many paths the default is one thread (the results are the same either way): starting worker threads costs more than they save. */
const SMALL_RUN = 20_000;
/**
 * Largest number of path-years (paths × funds × projected years) of a run with exact quantiles: they
 * keep 5 doubles of each, so this bounds the memory at 800 MB (e.g. 200,000 paths of 2 funds over
 * 50 years). Runs with histogram quantiles have no such limit: their memory does not grow with paths.
 */
export const MAX_PATH_YEARS = 20_000_000;
/** Up to this many paths `simulate` gives exact quantiles by default; above, histogram quantiles. */
export const EXACT_PATHS = 10_000;

/** Raised for options that cannot be used (the CLI exits 1). */
export class SimulateOptionError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(`${en} / ${zh}`);
    this.name = 'SimulateOptionError';
  }
}

/** The worker file: the built one next to the bundle, or the TypeScript sources' boot file. */
function workerFile(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, 'simulateWorker.boot.cjs');
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const file = join(dir, 'simulateWorker.js');
    if (existsSync(file)) return file;
  }
  throw new FundcastError('montecarlo.workerMissing', { dir: __filename });
}

/** Worker threads that run chunks of paths; reuse one across runs to pay the start-up once. */
export interface SimulationPool {
  threads: number;
  /** Computes the paths `from`…`to` − 1 of a model in a worker, into `block` (shared memory); resolves to the number of paths done. */
  run(task: { model: KernelModel; block: PathBlock; seed: string; from: number; to: number; floorMonths: number }): Promise<number>;
  /** The partial summary of the paths `from`…`to` − 1 of a model, computed and counted in a worker (summarizeRange). */
  summarize(task: { model: KernelModel; grids: QuantileGrids; seed: string; from: number; to: number; floorMonths: number; done?: Uint32Array }): Promise<PartialSummary>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/** A pool of `threads` worker threads (piscina). */
export async function createSimulationPool(threads = availableParallelism()): Promise<SimulationPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  return {
    threads,
    run: (task) => pool.run(task) as Promise<number>,
    summarize: async (task) => partialFromData((await pool.run({ ...task, kind: 'summarize' })) as Float64Array),
    close: () => pool.destroy(),
  };
}

function checkOptions(options: SimulateOptions, pathYears: number, exact = true): { paths: number; seed: string; firstPath: number; threads: number; floorMonths: number } {
  const paths = options.paths ?? DEFAULT_PATHS;
  const seed = String(options.seed ?? DEFAULT_SEED);
  const firstPath = options.firstPath ?? 0;
  const threads = options.pool?.threads ?? options.threads ?? (paths < SMALL_RUN ? 1 : availableParallelism());
  const floorMonths = options.floorMonths ?? DEFAULT_FLOOR_MONTHS;
  if (!Number.isInteger(paths) || paths < 1) throw new SimulateOptionError(`the number of paths must be a whole number ≥ 1, found ${paths}`, `路径数须为不小于1的整数，实际为 ${paths}`);
  if (exact && paths * pathYears > MAX_PATH_YEARS) {
    const most = Math.floor(MAX_PATH_YEARS / pathYears);
    throw new SimulateOptionError(`${paths} paths × ${pathYears} fund-years exceed what one run keeps in memory for exact quantiles (at most ${most} paths here); ask for at most ${most} paths (--paths ${most}; the library's \`paths\` option), or leave out --exact (histogram quantiles need no memory per path)`, `${paths} 条路径 × ${pathYears} 个基金年份超出单次运行为精确分位数保存数据的内存上限（此处最多 ${most} 条路径）；请将路径数减至 ${most} 条以内（命令行 --paths ${most}，库函数的 \`paths\` 选项），或去掉 --exact（直方图分位数不随路径数占用内存）`);
  }
  if (!/^[0-9A-Za-z._-]{1,64}$/.test(seed)) throw new SimulateOptionError(`the seed must be 1–64 letters, digits, '.', '_' or '-', found '${seed}'`, `种子须为 1–64 个字母、数字、'.'、'_' 或 '-'，实际为 '${seed}'`);
  if (!Number.isInteger(firstPath) || firstPath < 0 || firstPath + paths > 2 ** 32) throw new SimulateOptionError(`the first path must be a whole number ≥ 0 with first path + paths ≤ 2^32, found ${firstPath}`, `起始路径须为不小于0的整数，且起始路径 + 路径数 ≤ 2^32，实际为 ${firstPath}`);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new SimulateOptionError(`threads must be a whole number 1–256, found ${threads}`, `线程数须为 1–256 的整数，实际为 ${threads}`);
  if (!(floorMonths >= 0 && floorMonths <= 120)) throw new SimulateOptionError(`the top-up floor must be 0–120 months, found ${floorMonths}`, `兜底月数须在 0–120 之间，实际为 ${floorMonths}`);
  return { paths, seed, firstPath, threads, floorMonths };
}

/**
 * Runs paths firstPath … firstPath + paths − 1 of a scenario's Monte Carlo (the batch kernel,
 * runPaths) on worker threads and returns every path's results in one PathBlock, path by path in
 * order — the same numbers for any number of threads and any chunking, since each path's random
 * stream is keyed by the path (randomStreams). For common random numbers, run again with a lever
 * moved (applyLever) and the same seed: the draws are keyed by the stochastic block, not the levers.
 */
export async function simulatePaths(assumptions: Assumptions, options: SimulateOptions = {}): Promise<PathBlock> {
  const { paths, seed, firstPath, threads, floorMonths } = checkOptions(options, fundYears(assumptions));
  const model = kernelModel(assumptions);
  const { tasks, progress } = plan(options, paths, firstPath, threads, 100, 5000);
  if (threads === 1 && !options.pool) {
    const all = emptyPathBlock(model, firstPath, paths);
    for (const t of tasks) {
      runPaths(model, { seed, floorMonths, ...t }, all);
      progress(t.to - t.from);
    }
    return all;
  }
  // each worker writes its chunks straight into the shared columns, at the chunks' paths
  const all = emptyPathBlock(model, firstPath, paths, true);
  const pool = options.pool ?? (await createSimulationPool(threads));
  try {
    await Promise.all(tasks.map((t) => pool.run({ model, block: all, seed, floorMonths, ...t }).then(progress)));
  } finally {
    if (!options.pool) await pool.close();
  }
  return all;
}

/**
 * A scenario's Monte Carlo summary: per-year quantiles of balance, months of reserve, income,
 * expenditure and top-up; probabilities of a deficit, of being below each band and of exhaustion
 * by each year; distributions of the first-deficit and exhaustion years; top-up totals (see
 * SimulationResult). Same assumptions and seed → the same result, to the byte when printed.
 */
export async function simulate(assumptions: Assumptions, options: SimulateOptions = {}): Promise<SimulationResult> {
  const exact = isExact(options);
  const checked = checkOptions(options, fundYears(assumptions), exact);
  checkMemory(simulationPlan(assumptions, options));
  const deterministic = project(assumptions).funds.map((f) => f.rows.map((r) => ({ balance: r.balance, reserveMonths: r.reserveMonths })));
  const model = kernelModel(assumptions);
  const summary = { seed: checked.seed, floorMonths: checked.floorMonths, quantiles: options.quantiles, deterministic };
  if (exact) return summarizePaths(model, await simulatePaths(assumptions, options), summary);
  const { grids, partial } = await simulatePartial(assumptions, options);
  return summarizePartial(model, partial, grids, checked.firstPath, summary);
}

/** What a run will do and the memory its data take, before it starts (`fundcast simulate --dry-run`). */
export interface SimulationPlan {
  paths: number;
  threads: number;
  quantileMethod: 'exact' | 'histogram';
  /** bytes of the run's data (the program itself takes about 100 MB more, and each worker thread about 25 MB) */
  bytes: number;
  /** the memory of this machine or container (os.totalmem, or the process's constrained memory when smaller) */
  available: number;
}

/**
 * The plan of a run and its memory: exact quantiles keep 5 doubles per path-year (40·PY·N bytes,
 * PY = funds × projected years) and 16 bytes per path for the per-path figures; histogram runs keep
 * per thread a partial summary (8 bytes × BINS × (5·years + 1) × funds) and a block of SUMMARY_STEP
 * paths (40·PY bytes each), the calling thread the merged summary and the parts in flight, and the
 * pilot's block (PILOT_PATHS paths) — nothing that grows with N.
 */
export function simulationPlan(assumptions: Assumptions, options: SimulateOptions = {}): SimulationPlan {
  const exact = isExact(options);
  const { paths, threads } = checkOptions(options, fundYears(assumptions), exact);
  const PY = fundYears(assumptions);
  const years = assumptions.timeline.endYear - assumptions.timeline.baseYear;
  const partial = 8 * BINS * gridCount(assumptions.funds.length, years);
  const bytes = exact ? 40 * PY * paths + 16 * paths : (2 * threads + 1) * partial + threads * 40 * PY * Math.min(SUMMARY_STEP, paths) + 40 * PY * PILOT_PATHS;
  const limit = process.constrainedMemory?.() ?? 0;
  const available = limit > 0 ? Math.min(limit, totalmem()) : totalmem();
  return { paths, threads, quantileMethod: exact ? 'exact' : 'histogram', bytes, available };
}

/** Refuses a run whose data, with the program's ~100 MB per thread, would take more than 90% of the machine's memory. */
function checkMemory(plan: SimulationPlan): void {
  const need = plan.bytes + 100e6 * (1 + (plan.threads > 1 ? plan.threads / 4 : 0));
  if (need <= 0.9 * plan.available) return;
  const mb = (x: number) => Math.round(x / 1e6).toLocaleString('en-US');
  throw new SimulateOptionError(
    `this run would need about ${mb(need)} MB and the machine has ${mb(plan.available)} MB: not started; ask for fewer paths (--paths), or leave out --exact (histogram quantiles need no memory per path)`,
    `本次运行约需 ${mb(need)} MB 内存，本机仅有 ${mb(plan.available)} MB：未开始运行；请减少路径数（--paths），或去掉 --exact（直方图分位数不随路径数占用内存）`,
  );
}

/** Whether a run's quantiles are exact (quantileMethod, 'auto': up to EXACT_PATHS paths). */
function isExact(options: SimulateOptions): boolean {
  const method = options.quantileMethod ?? 'auto';
  if (method !== 'auto' && method !== 'exact' && method !== 'histogram') throw new SimulateOptionError(`the quantile method must be 'auto', 'exact' or 'histogram', found '${String(method)}'`, `分位数方法须为 'auto'、'exact' 或 'histogram'，实际为 '${String(method)}'`);
  return method === 'exact' || (method === 'auto' && (options.paths ?? DEFAULT_PATHS) <= EXACT_PATHS);
}

/**
 * The partial summary (partialSummary) of paths firstPath … firstPath + paths − 1 and the grids of
 * its quantiles (pilotGrids): each worker thread summarises the chunks it runs and the parts are
 * merged — exact counts, so the same for any number of threads and any chunking, and (with the
 * same seed, whatever firstPath) mergeable with the partial summaries of other shares of the run
 * computed elsewhere (mergePartialSummary). Memory O(funds × years × bins) per thread.
 */
export async function simulatePartial(assumptions: Assumptions, options: SimulateOptions = {}): Promise<{ grids: QuantileGrids; partial: PartialSummary }> {
  const { paths, seed, firstPath, threads, floorMonths } = checkOptions(options, fundYears(assumptions), false);
  const model = kernelModel(assumptions);
  const grids = pilotGrids(model, seed, floorMonths);
  const years = model.timeline.endYear - model.timeline.baseYear;
  const partial = emptyPartialSummary(model.funds.length, years, model.bands.length);
  if (threads === 1 && !options.pool) {
    const { tasks, progress } = plan(options, paths, firstPath, threads, 1024, 250_000);
    for (const t of tasks) {
      summarizeRange(model, grids, { seed, floorMonths, ...t }, partial);
      progress(t.to - t.from);
      if (options.onProgress) await new Promise(setImmediate); // let a progress bar draw
    }
    return { grids, partial };
  }
  // two tasks per thread (each returns a partial summary of some megabytes); progress from a shared counter
  const { tasks } = plan({ chunkSize: options.chunkSize ?? Math.max(1024, Math.ceil(paths / (threads * 2))) }, paths, firstPath, threads, 1024, 250_000);
  const done = new Uint32Array(new SharedArrayBuffer(4));
  const timer = options.onProgress ? setInterval(() => options.onProgress!(Math.min(paths, Atomics.load(done, 0)), paths), 250) : undefined;
  const pool = options.pool ?? (await createSimulationPool(threads));
  try {
    await Promise.all(tasks.map((t) => pool.summarize({ model, grids, seed, floorMonths, done, ...t }).then((part) => mergePartialSummary(partial, part))));
    options.onProgress?.(paths, paths);
  } finally {
    clearInterval(timer);
    if (!options.pool) await pool.close();
  }
  return { grids, partial };
}

/**
 * The chunks of a run (tasks of chunkSize paths, by default about 8 per thread within [least, most])
 * and the progress callback that adds up the paths done.
 */
function plan(options: SimulateOptions, paths: number, firstPath: number, threads: number, least: number, most: number): { tasks: { from: number; to: number }[]; progress: (n: number) => void } {
  const chunk = options.chunkSize ?? Math.min(most, Math.max(least, Math.ceil(paths / (threads * 8))));
  if (!Number.isInteger(chunk) || chunk < 1) throw new SimulateOptionError(`the chunk size must be a whole number ≥ 1, found ${chunk}`, `分块大小须为不小于1的整数，实际为 ${chunk}`);
  const tasks: { from: number; to: number }[] = [];
  for (let from = firstPath; from < firstPath + paths; from += chunk) tasks.push({ from, to: Math.min(from + chunk, firstPath + paths) });
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, paths);
  };
  return { tasks, progress };
}

/** Projected fund-years of a run's one path: funds × (end year − base year). */
function fundYears(a: Assumptions): number {
  return a.funds.length * (a.timeline.endYear - a.timeline.baseYear);
}
