// Runs every bench/*.bench.ts in its own process (so one benchmark's JIT state does not bias
// another) and prints their results. `npm run bench`; `npm run bench -- batch cli` runs only the
// named parts (bench/batch.bench.ts, bench/cli.bench.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = __dirname;
const all = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
const named = process.argv.slice(2).map((n) => n.replace(/\.bench\.ts$/, ''));
const unknown = named.filter((n) => !all.includes(`${n}.bench.ts`));
if (unknown.length) {
  console.error(`no benchmark named ${unknown.join(', ')}; the parts are: ${all.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ')}`);
  process.exit(1);
}
const files = named.length ? named.map((n) => `${n}.bench.ts`) : all;
let failed = 0;
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const f of files) {
  console.log(`\n# ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
