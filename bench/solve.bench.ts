// Benchmark: solvers on the national default scenario (two funds, 2025–2060) and the small district.
// Targets for issue 5: an aggregate solve (lowest employer rate keeping ≥ 6 months to 2035) < 50 ms median,
// an age-detailed one < 1 s.
// Run: npx tsx bench/solve.bench.ts   (or `npm run bench` for every benchmark)
import { join } from 'node:path';
import { loadScenario, requiredTopUp, resolveAssumptions, solveLever, verdict, project } from '../src/index';
import { measure, report } from './measure';

const national = resolveAssumptions(loadScenario(join(__dirname, '..', 'scenarios', 'china-national-2024.yaml')));
const district = resolveAssumptions(loadScenario(join(__dirname, '..', 'scenarios', 'examples', 'small-district.yaml')));
const floor = { kind: 'minReserveMonths', months: 6, toYear: 2035 } as const;

const aggregate = measure(() => solveLever(national, { fund: 'employee', lever: 'employer_rate', target: floor }), 100, 20);
report('solve: national employee employer_rate, ≥ 6 months to 2035', aggregate);
report('solve: national employee, same, phased ≤ 0.002 a year', measure(() => solveLever(national, { fund: 'employee', lever: 'employer_rate', target: floor, maxChangePerYear: 0.002 }), 100, 20));
report('solve: national resident premium_per_head, band 6–9 in 2035', measure(() => solveLever(national, { fund: 'resident', lever: 'premium_per_head', target: { kind: 'bandAt', year: 2035, lower: 6, upper: 9 } }), 100, 20));
report('solve: district employer_rate, stable ratio 2030/2045', measure(() => solveLever(district, { fund: 'employee', lever: 'employer_rate', target: { kind: 'stableRatio', years: [2030, 2045] } }), 100, 20));
report('solve: district employer_rate, pay-as-you-go (21 years)', measure(() => solveLever(district, { fund: 'employee', lever: 'employer_rate', target: { kind: 'payAsYouGo' } }), 20, 5));
report('requiredTopUp: national employee, floor 6 months (36 years)', measure(() => requiredTopUp(national, { fund: 'employee', floorMonths: 6 }), 20, 5));
// age-detailed (issue 5 target < 1 s): loading and resolving the scenario (population and membership
// projection) once, then the same floor solve on the employee fund
const ageFile = join(__dirname, '..', 'scenarios', 'examples', 'national-age-detailed.yaml');
const ageDetailed = measure(() => solveLever(resolveAssumptions(loadScenario(ageFile)), { fund: 'employee', lever: 'employer_rate', target: floor }), 20, 3);
report('solve: age-detailed national employee (incl. resolve), ≥ 6 months', ageDetailed);
const result = project(national);
report('verdict: national employee', measure(() => verdict(result, 'employee'), 500, 100));

if (ageDetailed.median >= 1000) {
  console.error(`age-detailed solve median ${ageDetailed.median.toFixed(0)} ms is above the 1 s target`);
  process.exitCode = 1;
}
if (aggregate.median >= 50) {
  console.error(`aggregate solve median ${aggregate.median.toFixed(2)} ms is above the 50 ms target`);
  process.exitCode = 1;
}
