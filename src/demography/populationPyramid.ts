import { DemographyError } from './demographyError';
import type { ProjectionResult } from './projectPopulation';
import type { Sex } from './types';

/** One bar of a population pyramid. */
export interface PyramidRow {
  year: number;
  sex: Sex;
  /** Label such as `0-4`, `5-9`, …, `100+`. */
  ageGroup: string;
  /** First age of the group (for sorting). */
  ageStart: number;
  /** Persons. */
  count: number;
}

/**
 * Population pyramid data: counts by year, sex and age group of `width` years (the open group
 * is its own last row), as flat rows ready for a chart or a DataFrame.
 *
 * @param result output of `projectPopulation`
 * @param options `width` of the age groups in years (default 5); `years` to include (default all)
 * @returns rows ordered by year, sex (male, female), age
 * @throws DemographyError `demography.invalidInput` for a width that is not a positive integer or a year
 *   outside the projection
 */
export function populationPyramid(result: ProjectionResult, options: { width?: number; years?: readonly number[] } = {}): PyramidRow[] {
  const width = options.width ?? 5;
  const years = options.years ?? Array.from({ length: result.steps + 1 }, (_, t) => result.startYear + t);
  const open = result.ages - 1;
  if (!(Number.isInteger(width) && width >= 1) || years.some((y) => !Number.isInteger(y - result.startYear) || y < result.startYear || y > result.startYear + result.steps)) {
    throw new DemographyError('demography.invalidInput.populationPyramid', { width });
  }
  const rows: PyramidRow[] = [];
  for (const year of years) {
    const base = (year - result.startYear) * result.ages;
    for (const sex of ['male', 'female'] as const) {
      const pop = result.population[sex];
      for (let start = 0; start < open; start += width) {
        const end = Math.min(start + width - 1, open - 1);
        let count = 0;
        for (let x = start; x <= end; x++) count += pop[base + x];
        rows.push({ year, sex, ageGroup: start === end ? `${start}` : `${start}-${end}`, ageStart: start, count });
      }
      rows.push({ year, sex, ageGroup: `${open}+`, ageStart: open, count: pop[base + open] });
    }
  }
  return rows;
}
