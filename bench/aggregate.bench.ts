// Benchmark: a 100-year aggregate projection of the national default scenario (two funds).
// Run: npx tsx bench/aggregate.bench.ts   (or `npm run bench` for every benchmark)
import { join } from 'node:path';
import { loadScenario, mergeScenario, project, resolveAssumptions, validateScenario } from '../src/index';
import { measure, report } from './measure';

const file = join(__dirname, '..', 'scenarios', 'china-national-2024.yaml');
const base = loadScenario(file).scenario;
const loaded = validateScenario(mergeScenario(base, { end_year: base.base_year + 100 }), '100-year');
const assumptions = resolveAssumptions(loaded);
const years = assumptions.timeline.endYear - assumptions.timeline.baseYear;
if (years !== 100) throw new Error(`expected a 100-year horizon, got ${years}`);

report('aggregate: project() 2 funds × 100 years', measure(() => project(assumptions), 500, 100));
report('aggregate: resolveAssumptions + project, 100 years', measure(() => project(resolveAssumptions(loaded)), 300, 50));
report('aggregate: load YAML + validate + resolve + project', measure(() => project(resolveAssumptions(loadScenario(file))), 100, 20));
