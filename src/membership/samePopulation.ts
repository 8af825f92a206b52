import type { PopulationSpec } from '../scenario/ageDetailSchema';

/**
 * Whether two age-detailed `population` blocks give the same population projection: the same
 * region, cohort-weights flag and mortality improvement once the defaults are applied
 * (region 全国, cohort weights true, improvement 0; see `censusPopulationProjection`). Funds that
 * share one membership projection (scheme switching) must pass this test.
 *
 * @param a one fund's `population` block
 * @param b the other's
 * @returns true when both project the same population
 * @example samePopulation({region: '全国'}, {cohort_weights: true, mortality_improvement: 0}) // true
 */
export function samePopulation(a: PopulationSpec, b: PopulationSpec): boolean {
  return (
    (a.region ?? '全国') === (b.region ?? '全国') &&
    (a.cohort_weights ?? true) === (b.cohort_weights ?? true) &&
    (a.mortality_improvement ?? 0) === (b.mortality_improvement ?? 0)
  );
}
