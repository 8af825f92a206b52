// Benchmark: start-up of the installed command, as a user runs it (a new node process each time).
// Target (issue 13): `fundcast run <default scenario> --format json` below 0.35 s wall (median);
// `--help` fast. Node's own start (`node -e ''`) is measured in the same run as the yardstick.
// Wall time per call from performance.now(); CPU (user + system) from the children's times in
// /proc/self/stat (Linux; 10 ms ticks, so the medians are good to ~10 ms).
// Run: npx tsx bench/cli.bench.ts   (or `npm run bench` for every benchmark)
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { childrenCpu } from './measure';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'fundcast.cjs');
// the project's default scenario: the one `npm run forecast` projects
const forecast: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.forecast;
const scenario = join(root, /\S+\.yaml/.exec(forecast)![0]);
const RUNS = 21;
const TARGET_RUN_WALL_S = 0.35;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args: string[]): { wall: number; cpu: number | undefined } {
  spawnSync(process.execPath, args, { stdio: 'ignore' }); // warm the file cache
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    walls.push((performance.now() - t0) / 1000);
    const c1 = childrenCpu();
    if (c0 !== undefined && c1 !== undefined) cpus.push(c1 - c0);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  }
  return { wall: median(walls), cpu: cpus.length ? median(cpus) : undefined };
}

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--js'], { stdio: 'inherit' });
const node = time(['-e', '']);
const cases: [string, string[]][] = [
  ["node -e '' (node's own start)", ['-e', '']],
  ['fundcast --help', [bin, '--help']],
  ['fundcast run <default> --format json', [bin, 'run', scenario, '--format', 'json']],
  ['fundcast run <default> (table)', [bin, 'run', scenario]],
];
let runWall = Infinity;
for (const [name, args] of cases) {
  const t = name.startsWith('node') ? node : time(args);
  if (name.includes('--format json')) runWall = t.wall;
  const cpu = t.cpu === undefined ? 'n/a' : `${t.cpu.toFixed(2)} s`;
  console.log(`${name.padEnd(44)} wall median ${t.wall.toFixed(3)} s (${(t.wall / node.wall).toFixed(1)}× node)   CPU median ${cpu}   (${RUNS} runs)`);
}
if (runWall >= TARGET_RUN_WALL_S) {
  console.error(`fundcast run median ${runWall.toFixed(3)} s is not below the ${TARGET_RUN_WALL_S} s target`);
  process.exitCode = 1;
}
