// Benchmark: one age-detailed projection — 101 ages × 2 sexes × 4 membership statuses × 75 years
// after the base year 2024 — as the national example runs it: the population from the 2020
// census (cohort-component, 79 annual steps), members by status, and the age-mix indexes; inputs
// prepared beforehand (data loaded, mortality and fertility by year, retired shares).
// Run: npx tsx bench/membership.bench.ts   (or `npm run bench` for every benchmark). Target: < 5 ms median.
import { join } from 'node:path';
import { resolveAssumptions } from '../src/assumptions/resolveAssumptions';
import { fertilityForYear } from '../src/demography/fertilityForYear';
import { improveMortality } from '../src/demography/improveMortality';
import { loadAbridgedMortality } from '../src/demography/loadAbridgedMortality';
import { loadFertility } from '../src/demography/loadFertility';
import { projectPopulation, type ProjectionInput } from '../src/demography/projectPopulation';
import { singleYearMortality } from '../src/demography/singleYearMortality';
import type { BySex } from '../src/demography/types';
import { ageMixIndex } from '../src/membership/ageMixIndex';
import { censusPopulationProjection } from '../src/membership/censusPopulationProjection';
import { projectMembership } from '../src/membership/projectMembership';
import { retiredShares } from '../src/membership/retiredShares';
import { parseScenario } from '../src/scenario/loadScenario';
import { measure, report } from './measure';

const YEARS = 75;
const BASE = 2024;
const N = 101;
const file = join(__dirname, '..', 'scenarios', 'examples', 'national-age-detailed.yaml');
// a derived scenario extending the example, so that its cost_curve path resolves from scenarios/examples/
const long = parseScenario(`fundcast: 1\nextends: ${JSON.stringify(file)}\nend_year: ${BASE + YEARS}\n`, 'membership-bench.yaml');
const membership = resolveAssumptions(long).funds[0].membership!;

// Prepared inputs, as censusPopulationProjection builds them: the split census (row 0 of any
// projection from it), mortality improving 1% a year, WPP fertility held after 2030.
const census = censusPopulationProjection({ lastYear: 2021 });
const row0 = (m: BySex): BySex => ({ male: m.male.slice(0, N), female: m.female.slice(0, N) });
const abridged = loadAbridgedMortality('2020-2025');
const mx0 = { male: singleYearMortality(abridged.male, abridged.ageStart), female: singleYearMortality(abridged.female, abridged.ageStart) };
const steps = BASE + YEARS - 2020;
const mx = Array.from({ length: steps }, (_, t) => ({ male: improveMortality(mx0.male, 2020 + t + 4 / 3 - 2022.5, 0.01), female: improveMortality(mx0.female, 2020 + t + 4 / 3 - 2022.5, 0.01) }));
const fertility = loadFertility();
const fert = new Map(Array.from({ length: 10 }, (_, k) => [2021 + k, fertilityForYear(fertility, 2021 + k)] as const));
const input: ProjectionInput = {
  startYear: 2020, steps, population: row0(census.population),
  mx: (year, sex) => mx[year - 2020][sex],
  asfr: (year) => fert.get(Math.min(year + 1, 2030))!.asfr,
  srb: (year) => fert.get(Math.min(year + 1, 2030))!.srb,
};
const base = { actives: row0(membership.projection.stocks.actives), retirees: row0(membership.projection.stocks.retirees), residents: row0(membership.projection.stocks.residents) };
const q = retiredShares({ firstYear: BASE, years: YEARS + 1, ages: N, reform: true, female55Share: 0.5, shortShare: 0.05, extraYears: 5 });
const switching = new Float64Array(YEARS + 1);

/** Rows t0 … t0 + YEARS of a projection matrix; for flows of steps, step t goes to row t − t0 + 1. */
function rows(m: BySex, t0: number, steps: boolean): BySex {
  const cut = (a: Float64Array) => {
    const out = new Float64Array((YEARS + 1) * N);
    if (steps) out.set(a.subarray(t0 * N, (t0 + YEARS) * N), N);
    else out.set(a.subarray(t0 * N, (t0 + YEARS + 1) * N));
    return out;
  };
  return { male: cut(m.male), female: cut(m.female) };
}

function onePass() {
  const pop = projectPopulation(input);
  const t0 = BASE - 2020;
  const projection = projectMembership({
    firstYear: BASE, years: YEARS + 1, population: rows(pop.population, t0, false), deaths: rows(pop.deaths, t0, true), migration: rows(pop.migration, t0, true),
    base, retiredShare: q, switching, residentRule: 'switchers',
  });
  return [ageMixIndex(projection.stocks.actives, membership.costCurve), ageMixIndex(projection.stocks.retirees, membership.costCurve)];
}

// the benchmarked pass reproduces the example's members (same inputs): a check, not a timing
const check = onePass();
if (Math.abs(check[1][YEARS] - membership.ageMix.retirees![YEARS]) > 1e-9) throw new Error('benchmark inputs differ from the example');

report('membership: population + 4 statuses × 101 × 2 × 75 + age mix', measure(onePass, 300, 50));
const pop = projectPopulation(input);
const prepared = { firstYear: BASE, years: YEARS + 1, population: rows(pop.population, 4, false), deaths: rows(pop.deaths, 4, true), migration: rows(pop.migration, 4, true), base, retiredShare: q, switching, residentRule: 'switchers' as const };
report('membership: projectMembership only (4 statuses × 101 × 2 × 75)', measure(() => projectMembership(prepared), 300, 50));
report('membership: retiredShares, 76 years (setup)', measure(() => retiredShares({ firstYear: BASE, years: YEARS + 1, ages: N, reform: true, female55Share: 0.5, shortShare: 0.05, extraYears: 5 }), 50, 5));
report('membership: resolveAssumptions of the example, 75 years (setup)', measure(() => resolveAssumptions(long), 20, 3));
