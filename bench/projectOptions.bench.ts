// Benchmark: one solver evaluation on the age-detailed national example, with and without the
// demographic outputs (project(a, {demography: false}) is what projectOneFund runs inside the
// solvers' loops). Prints both medians and their ratio, measured in this one run.
// Run: npx tsx bench/projectOptions.bench.ts   (or `npm run bench` for every benchmark)
import { join } from 'node:path';
import { loadScenario, project, resolveAssumptions, solveLever } from '../src/index';
import { measure, report } from './measure';

const a = resolveAssumptions(loadScenario(join(__dirname, '..', 'scenarios', 'examples', 'national-age-detailed.yaml')));
const employee = { ...a, funds: a.funds.filter((f) => f.id === 'employee') };

const full = measure(() => project(employee), 300, 50);
const light = measure(() => project(employee, { demography: false }), 300, 50);
report('age-detailed employee fund, project (all outputs)', full);
report('age-detailed employee fund, project (demography: false)', light);
console.log(`ratio of medians (all / demography: false): ${(full.median / light.median).toFixed(1)}×`);
report('solve: age-detailed employee employer_rate, ≥ 6 months to 2035', measure(() => solveLever(a, { fund: 'employee', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 6, toYear: 2035 } }), 20, 3));
