import { assertSchedule } from './assertSchedule';
import { DemographyError } from './demographyError';
import { survivalRatios } from './survivalRatios';
import type { BySex, Sex } from './types';

/** Assumptions and starting point of a cohort-component projection. */
export interface ProjectionInput {
  /** Time label of the starting population (e.g. 2020 for the census of 1 Nov 2020). */
  startYear: number;
  /** Number of annual steps to project (≥ 1). */
  steps: number;
  /** Starting population by single year of age 0..ω (last = open group ω+), persons. */
  population: BySex;
  /** Single-year central death rates (ages 0..ω) for the step starting at `year`. */
  mx: (year: number, sex: Sex) => ArrayLike<number>;
  /** Age-specific fertility rates (births per woman per year, ages 0..ω; 0 at age 0) for the step starting at `year`. */
  asfr: (year: number) => ArrayLike<number>;
  /** Sex ratio at birth (males per female, e.g. 1.11) for the step starting at `year`. */
  srb: (year: number) => number;
  /** Optional net migrants by age reached at the end of the step (ages 0..ω), for the step starting at `year`. */
  netMigration?: (year: number, sex: Sex) => ArrayLike<number>;
}

/** Result of `projectPopulation`. Matrices are flat, row-major: row t, age x at [t × ages + x]. */
export interface ProjectionResult {
  startYear: number;
  steps: number;
  /** Number of age cells ω + 1. */
  ages: number;
  /** Population at times startYear + t, t = 0..steps ((steps + 1) × ages per sex). */
  population: BySex;
  /** Deaths during step t (from startYear + t to startYear + t + 1) by age reached at the end of the step; age 0 = deaths of that step's births (steps × ages). */
  deaths: BySex;
  /** Net migrants added in step t by age at the end of the step (steps × ages). */
  migration: BySex;
  /** Births during step t by sex of the child (length steps). */
  births: BySex;
}

/**
 * Cohort-component population projection by sex and single year of age, in annual steps.
 *
 * For each step from time t to t+1 and each sex, with survival ratios S from that step's mx
 * (`survivalRatios`) and net migrants M (by age at t+1, added at the end of the step):
 *   P(x, t+1) = P(x−1, t)·Sx + Mx                       for 1 ≤ x < ω,
 *   P(ω, t+1) = (P(ω−1, t) + P(ω, t))·Sω + Mω           (open group),
 *   P(0, t+1) = B_sex·S0 + M0,
 * with births B = Σx fx · (Wx(t) + Wx(t+1)) / 2 (W = women, Wx(t+1) before births are added),
 * B_male = B·srb/(1+srb), B_female = B/(1+srb). Deaths are the cohort losses, e.g.
 * D(x, t) = P(x−1, t)·(1 − Sx), so by construction, for every age and sex,
 *   P(x, t+1) = A(x, t) − D(x, t) + M(x, t) with A the aged-on population (A0 = births).
 *
 * Reference: Preston, Heuveline & Guillot (2001), Demography, ch. 6; UN Manual III (1956).
 * Cost: O(steps × ages) plus one life table per step and sex; all arrays are Float64Array.
 *
 * @param input start population, assumptions as functions of the step's starting time label
 * @returns population, deaths, migration and births by step, sex and age
 * @throws DemographyError `demography.invalidInput` for a bad start population, steps, array length,
 *   death rate (negative or not finite), fertility (or asfr[0] ≠ 0) or SRB;
 *   `demography.negativePopulation` if net emigration exceeds the survivors of a cohort
 */
export function projectPopulation(input: ProjectionInput): ProjectionResult {
  const n = input.population.male.length;
  checkInput(input, n);
  const cells = (rows: number): BySex => ({ male: new Float64Array(rows * n), female: new Float64Array(rows * n) });
  const r: ProjectionResult = {
    startYear: input.startYear, steps: input.steps, ages: n,
    population: cells(input.steps + 1), deaths: cells(input.steps), migration: cells(input.steps),
    births: { male: new Float64Array(input.steps), female: new Float64Array(input.steps) },
  };
  r.population.male.set(input.population.male);
  r.population.female.set(input.population.female);
  for (let t = 0; t < input.steps; t++) {
    const year = input.startYear + t;
    const s = { male: survivalRatios(assertSchedule(input.mx(year, 'male'), n, 'mx.male')), female: survivalRatios(assertSchedule(input.mx(year, 'female'), n, 'mx.female')) };
    const migrants = { male: migrationOf(input, year, 'male', n), female: migrationOf(input, year, 'female', n) };
    for (const sex of ['male', 'female'] as const) ageOn(r, sex, t, s[sex], migrants[sex]);
    const births = birthsInStep(r.population.female, t, n, assertAsfr(input.asfr(year), n, year));
    const srb = input.srb(year);
    if (!(srb > 0 && Number.isFinite(srb))) throw new DemographyError('demography.invalidInput.projectPopulation', { year, srb });
    r.births.male[t] = (births * srb) / (1 + srb);
    r.births.female[t] = births / (1 + srb);
    for (const sex of ['male', 'female'] as const) addNewborns(r, sex, t, s[sex][0], migrants[sex][0]);
  }
  return r;
}

/** Survive and age the cohorts aged 0..ω at time t into ages 1..ω at t+1, add migrants. */
function ageOn(r: ProjectionResult, sex: Sex, t: number, s: Float64Array, m: Float64Array): void {
  const n = r.ages;
  const pop = r.population[sex];
  const from = t * n;
  const to = from + n;
  for (let x = 1; x < n; x++) {
    const agedOn = x < n - 1 ? pop[from + x - 1] : pop[from + x - 1] + pop[from + x];
    const survivors = agedOn * s[x];
    r.deaths[sex][from + x] = agedOn - survivors;
    r.migration[sex][from + x] = m[x];
    pop[to + x] = nonNegative(survivors + m[x], sex, r.startYear + t, x);
  }
}

/** Place the step's survivors of births (and age-0 migrants) at age 0 of time t+1. */
function addNewborns(r: ProjectionResult, sex: Sex, t: number, s0: number, m0: number): void {
  const born = r.births[sex][t];
  const survivors = born * s0;
  r.deaths[sex][t * r.ages] = born - survivors;
  r.migration[sex][t * r.ages] = m0;
  r.population[sex][(t + 1) * r.ages] = nonNegative(survivors + m0, sex, r.startYear + t, 0);
}

/** Births in step t: Σ f(x) × mean of women aged x at t and at t+1 (ages ≥ 1). */
function birthsInStep(women: Float64Array, t: number, n: number, f: ArrayLike<number>): number {
  let births = 0;
  for (let x = 1; x < n; x++) births += f[x] * 0.5 * (women[t * n + x] + women[(t + 1) * n + x]);
  return births;
}

function migrationOf(input: ProjectionInput, year: number, sex: Sex, n: number): Float64Array {
  return input.netMigration ? Float64Array.from(assertSchedule(input.netMigration(year, sex), n, `netMigration.${sex}`, { signed: true })) : new Float64Array(n);
}

function nonNegative(value: number, sex: Sex, year: number, age: number): number {
  if (value < 0) {
    throw new DemographyError('demography.negativePopulation', { sex, age, year, value });
  }
  return value;
}

function checkInput(input: ProjectionInput, n: number): void {
  if (!(Number.isInteger(input.steps) && input.steps >= 1) || !Number.isFinite(input.startYear) || n < 2) {
    throw new DemographyError('demography.invalidInput.checkInput', { steps: input.steps, startYear: input.startYear, ages: n });
  }
  assertSchedule(input.population.male, n, 'population.male');
  assertSchedule(input.population.female, n, 'population.female');
}

function assertAsfr(f: ArrayLike<number>, n: number, year: number): ArrayLike<number> {
  assertSchedule(f, n, 'asfr');
  if (f[0] !== 0) throw new DemographyError('demography.invalidInput.assertAsfr', { year });
  return f;
}
