import { DemographyError } from './demographyError';
import type { BySex } from './types';

/**
 * Persons of both sexes aged `from` to `to` inclusive (the last cell, the open group, counts as
 * its first age): Σ_{x=from..to} (male_x + female_x).
 *
 * @param population single-year counts by sex
 * @param from first age (integer ≥ 0)
 * @param to last age, inclusive (default: the open group)
 * @returns persons
 * @throws DemographyError `demography.invalidInput` for ages outside the schedule, from > to, or sexes of
 *   different lengths
 */
export function sumAges(population: BySex, from: number, to = population.male.length - 1): number {
  const n = population.male.length;
  if (population.female.length !== n || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to >= n || from > to) {
    throw new DemographyError('demography.invalidInput.sumAges', { from, to, maxAge: n - 1, n });
  }
  let total = 0;
  for (let x = from; x <= to; x++) total += population.male[x] + population.female[x];
  return total;
}
