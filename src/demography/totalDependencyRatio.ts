import { DemographyError } from './demographyError';
import { sumAges } from './sumAges';
import type { BySex } from './types';

/**
 * Total dependency ratio: persons aged 0–14 and 65+ per person aged 15–64, both sexes,
 * (P(0–14) + P(65+)) / P(15–64). A ratio (× 100 for percent; 总抚养比).
 *
 * @param population single-year counts by sex (at least ages 0..65)
 * @returns the ratio
 * @throws DemographyError `demography.emptyPopulation` if nobody is aged 15–64; `demography.invalidInput` (from `sumAges`)
 */
export function totalDependencyRatio(population: BySex): number {
  const working = sumAges(population, 15, 64);
  if (!(working > 0)) throw new DemographyError('demography.emptyPopulation', {});
  return (sumAges(population, 0, 14) + sumAges(population, 65)) / working;
}
