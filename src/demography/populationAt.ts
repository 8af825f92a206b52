import { DemographyError } from './demographyError';
import type { ProjectionResult } from './projectPopulation';
import type { BySex } from './types';

/**
 * The projected population at one time label, as single-year schedules by sex (views into
 * the result, not copies: do not modify them).
 *
 * @param result output of `projectPopulation`
 * @param year time label, startYear..startYear + steps
 * @returns population by sex, ages 0..ω
 * @throws DemographyError `demography.yearNotCovered` if the year is not a projected time label
 */
export function populationAt(result: ProjectionResult, year: number): BySex {
  const t = year - result.startYear;
  if (!Number.isInteger(t) || t < 0 || t > result.steps) {
    throw new DemographyError('demography.yearNotCovered.populationAt', { year, startYear: result.startYear, lastYear: result.startYear + result.steps });
  }
  const n = result.ages;
  return { male: result.population.male.subarray(t * n, (t + 1) * n), female: result.population.female.subarray(t * n, (t + 1) * n) };
}
