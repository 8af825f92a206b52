// Benchmark: cohort-component projection, 101 ages × 2 sexes × 75 annual steps, from the 2020
// census with WPP 2024 mortality and fertility; also three populations (e.g. three membership
// statuses projected side by side) and the data preparation.
// Run: npx tsx bench/demography.bench.ts   (or `npm run bench` for every benchmark). Target: < 5 ms median.
import { fertilityForYear } from '../src/demography/fertilityForYear';
import { loadAbridgedMortality } from '../src/demography/loadAbridgedMortality';
import { loadCensusPopulation } from '../src/demography/loadCensusPopulation';
import { loadFertility } from '../src/demography/loadFertility';
import { projectPopulation, type ProjectionInput } from '../src/demography/projectPopulation';
import { singleYearMortality } from '../src/demography/singleYearMortality';
import { splitCensusPopulation } from '../src/demography/splitCensusPopulation';
import { improveMortality } from '../src/demography/improveMortality';
import { measure, report } from './measure';

const abridged = loadAbridgedMortality('2020-2025');
const base = { male: singleYearMortality(abridged.male, abridged.ageStart), female: singleYearMortality(abridged.female, abridged.ageStart) };
const fertility = loadFertility();
const byYear = new Map(Array.from({ length: 16 }, (_, k) => [2015 + k, fertilityForYear(fertility, 2015 + k)] as const));
const population = splitCensusPopulation(loadCensusPopulation());
// Mortality improves 1% a year from 2022.5; rates precomputed per year so the timing is the engine's.
const mx = new Map(Array.from({ length: 76 }, (_, k) => [2020 + k, { male: improveMortality(base.male, 2020 + k - 2022.5, 0.01), female: improveMortality(base.female, 2020 + k - 2022.5, 0.01) }] as const));

const input: ProjectionInput = {
  startYear: 2020, steps: 75, population,
  mx: (year, sex) => mx.get(year)![sex],
  asfr: (year) => byYear.get(Math.min(year + 1, 2030))!.asfr,
  srb: (year) => byYear.get(Math.min(year + 1, 2030))!.srb,
};
const statuses = [1, 0.6, 0.25].map((f) => ({ ...input, population: { male: population.male.map((v) => v * f), female: population.female.map((v) => v * f) } }));

report('demography: projectPopulation 101 ages × 2 sexes × 75 years', measure(() => projectPopulation(input), 300, 50));
report('demography: 3 populations (statuses) × 101 × 2 × 75', measure(() => statuses.map(projectPopulation), 200, 30));
report('demography: split census + single-year mortality (setup)', measure(() => [splitCensusPopulation(loadCensusPopulation()), singleYearMortality(abridged.male, abridged.ageStart)], 100, 10));
