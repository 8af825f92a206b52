import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Times `fn` after `warmup` untimed calls: returns the median and 90th percentile of `runs`
 * timed calls, in milliseconds. A value returned by fn is kept so the work is not optimised away.
 */
export function measure(fn: () => unknown, runs = 200, warmup = 50): { median: number; p90: number; runs: number } {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    t.push(performance.now() - t0);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)], p90: t[Math.floor(runs * 0.9)], runs };
}

/** One result line: `name  median 0.123 ms  p90 0.150 ms  (200 runs)`. */
export function report(name: string, m: { median: number; p90: number; runs: number }): void {
  console.log(`${name.padEnd(58)} median ${m.median.toFixed(4)} ms   p90 ${m.p90.toFixed(4)} ms   (${m.runs} runs)`);
}

/**
 * CPU seconds (user + system) used so far by this process's finished children, or undefined off
 * Linux: cutime + cstime of /proc/self/stat (fields 16 and 17, 10 ms clock ticks).
 */
export function childrenCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
