import { DemographyError } from './demographyError';
import type { ProjectionResult } from './projectPopulation';
import type { BySex } from './types';

/**
 * Population at a time between two projected time labels, by linear interpolation per age and
 * sex: P(t0 + f) = (1 − f)·P(t0) + f·P(t0 + 1), 0 ≤ f ≤ 1.
 *
 * Use it to move from the projection's reference date to another one, e.g. a projection started
 * at the census of 1 November 2020 (time label 2020) gives 31 December 2021 at time 2021 + 2/12.
 *
 * @param result output of `projectPopulation`
 * @param time time in years on the projection's label scale, within [startYear, startYear + steps]
 * @returns a new population by sex (ages 0..ω), persons
 * @throws DemographyError `demography.yearNotCovered` if the time is outside the projection
 */
export function interpolatePopulation(result: ProjectionResult, time: number): BySex {
  const offset = time - result.startYear;
  if (!(offset >= 0 && offset <= result.steps)) {
    throw new DemographyError('demography.yearNotCovered.interpolatePopulation', { time, startYear: result.startYear, lastYear: result.startYear + result.steps });
  }
  const t0 = Math.min(Math.floor(offset), result.steps - 1);
  const f = offset - t0;
  const n = result.ages;
  const blend = (a: Float64Array) => {
    const out = new Float64Array(n);
    for (let x = 0; x < n; x++) out[x] = (1 - f) * a[t0 * n + x] + f * a[(t0 + 1) * n + x];
    return out;
  };
  return { male: blend(result.population.male), female: blend(result.population.female) };
}
