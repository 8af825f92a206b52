import { oldAgeDependencyRatio } from '../demography/oldAgeDependencyRatio';
import { totalDependencyRatio } from '../demography/totalDependencyRatio';
import { finiteRatio } from '../indicators/finiteRatio';
import { statusTotals } from './statusTotals';
import type { MembershipProjection } from './types';
import type { DependencyRow } from '../results/demographyTypes';

export type { DependencyRow } from '../results/demographyTypes';

/**
 * Dependency ratios by year from a membership projection: the fund's support ratio (actives per
 * retiree) and the population's old-age and total dependency ratios (definitions as in China's
 * statistical yearbooks and the UN; see `oldAgeDependencyRatio`, `totalDependencyRatio`).
 * Population ratios refer to the projection's reference date (1 November, census convention).
 *
 * @param projection output of `projectMembership`
 * @param lastYear last calendar year to report (default: the projection's last)
 * @returns one row per year from the base year
 * @throws DemographyError `demography.emptyPopulation` if a year has nobody aged 15–64
 */
export function dependencyRatios(projection: MembershipProjection, lastYear = projection.firstYear + projection.years - 1): DependencyRow[] {
  const actives = statusTotals(projection, 'actives');
  const retirees = statusTotals(projection, 'retirees');
  const n = projection.ages;
  const rows: DependencyRow[] = [];
  for (let i = 0; i < projection.years && projection.firstYear + i <= lastYear; i++) {
    const population = { male: projection.population.male.subarray(i * n, (i + 1) * n), female: projection.population.female.subarray(i * n, (i + 1) * n) };
    rows.push({
      year: projection.firstYear + i,
      activesPerRetiree: finiteRatio(actives[i], retirees[i]),
      oldAge: oldAgeDependencyRatio(population),
      total: totalDependencyRatio(population),
    });
  }
  return rows;
}
