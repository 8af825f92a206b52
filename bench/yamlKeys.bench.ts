// Benchmark: reading a scenario whose `funds` map has N bad entries (issue 8: 160,000 keys took
// 306 s when duplicate keys were checked pairwise and every issue was located). Linear time means
// the 4N/N ratio stays near 4 (it was about 16 before the fix).
// Run: npx tsx bench/yamlKeys.bench.ts   (or `npm run bench` for every benchmark)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../src/scenario/loadScenario';
import { measure, report } from './measure';

const base = readFileSync(join(__dirname, '..', 'scenarios', 'examples', 'small-district.yaml'), 'utf8');
const withFunds = (n: number) => base.replace(/^funds:\n/m, 'funds:\n' + Array.from({ length: n }, (_, i) => `  f${i}: {scheme: nope}`).join('\n') + '\n');
const read = (text: string) => () => {
  try {
    return parseScenario(text);
  } catch (e) {
    return e;
  }
};
const small = measure(read(withFunds(10_000)), 5, 1);
const large = measure(read(withFunds(40_000)), 5, 1);
report('parseScenario, 10,000 bad fund entries', small);
report('parseScenario, 40,000 bad fund entries', large);
console.log(`ratio 40k / 10k: ${(large.median / small.median).toFixed(1)} (linear: 4; quadratic: 16)`);
