import { DemographyError } from './demographyError';
import { sumAges } from './sumAges';
import type { BySex } from './types';

/**
 * Old-age dependency ratio: persons aged 65+ per person aged 15–64, both sexes,
 * P(65+) / P(15–64). A ratio (multiply by 100 for the published percent form).
 *
 * Definition as in China's statistical yearbooks (老年抚养比) and the UN.
 *
 * @param population single-year counts by sex (at least ages 0..65)
 * @returns the ratio
 * @throws DemographyError `demography.emptyPopulation` if nobody is aged 15–64; `demography.invalidInput` (from `sumAges`)
 */
export function oldAgeDependencyRatio(population: BySex): number {
  const working = sumAges(population, 15, 64);
  if (!(working > 0)) throw new DemographyError('demography.emptyPopulation', {});
  return sumAges(population, 65) / working;
}
