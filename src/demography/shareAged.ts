import { DemographyError } from './demographyError';
import { sumAges } from './sumAges';
import type { BySex } from './types';

/**
 * Share of the population aged `fromAge` and over (default 65+), both sexes:
 * P(fromAge+) / P(all). A fraction in [0, 1] (multiply by 100 for percent).
 *
 * @param population single-year counts by sex
 * @param fromAge first age counted (default 65)
 * @returns the share
 * @throws DemographyError `demography.emptyPopulation` if the population is 0; `demography.invalidInput` (from `sumAges`)
 */
export function shareAged(population: BySex, fromAge = 65): number {
  const total = sumAges(population, 0);
  if (!(total > 0)) throw new DemographyError('demography.emptyPopulation.shareAged', {});
  return sumAges(population, fromAge) / total;
}
