import { cohortSizeWeights } from '../demography/cohortSizeWeights';
import { fertilityForYear, type FertilityAssumption } from '../demography/fertilityForYear';
import { improveMortality } from '../demography/improveMortality';
import { lifeTable } from '../demography/lifeTable';
import { loadAbridgedMortality } from '../demography/loadAbridgedMortality';
import { loadBirthsByYear } from '../demography/loadBirthsByYear';
import { loadCensusPopulation } from '../demography/loadCensusPopulation';
import { loadFertility } from '../demography/loadFertility';
import { projectPopulation, type ProjectionResult } from '../demography/projectPopulation';
import { singleYearMortality } from '../demography/singleYearMortality';
import { splitCensusPopulation } from '../demography/splitCensusPopulation';
import type { Sex } from '../demography/types';
import { MembershipError } from './membershipError';

/** Census year and month of the shipped starting population (7th census, 1 November 2020). */
export const CENSUS_YEAR = 2020;
const CENSUS_MONTH = 11;
/** Mid-point of the WPP 2020-2025 period whose death rates are the starting level (1 July 2022). */
const MORTALITY_BASE_TIME = 2022.5;

/** Options of {@link censusPopulationProjection}. */
export interface CensusProjectionOptions {
  /** Last time label to project to (label Y = 1 November Y), > 2020. */
  lastYear: number;
  /** `全国` (default) or a province as named in the census file, e.g. `北京`. */
  region?: string;
  /** Split the 5-year census groups with cohort-size weights from births by year (default true; see SOURCES §9). */
  cohortWeights?: boolean;
  /** Annual reduction of all death rates from their 2020-2025 level (default 0; 0.01 = 1% a year). */
  mortalityImprovement?: number;
}

/**
 * The population by single age and sex projected from the 2020 census with the shipped data,
 * set up as the demography acceptance check (data/demography/SOURCES.md §7):
 * - start: 7th census (1 Nov 2020, time label 2020), split to single years by Sprague with
 *   cohort-size weights (births by year × WPP 2015-2020 survivors) unless `cohortWeights` is false;
 * - mortality: WPP 2024 2020-2025 rates by single year (`singleYearMortality`), improved at a
 *   constant rate r: mx(y) = mx·(1 − r)^(y + 4/3 − 2022.5) for the step starting 1 Nov y (its
 *   mid-point is 1 May y + 1);
 * - fertility: WPP 2024 TFR, age pattern and SRB of calendar year y + 1 for the step starting at
 *   label y; years after the last shipped year (2030) keep its values;
 * - no net migration (WPP 2024: under 0.05% of the population a year; see SOURCES §7).
 * A province uses the national mortality and fertility and no migration: a rough approximation.
 *
 * @param options last year, region, cohort weights, mortality improvement
 * @returns the cohort-component projection from label 2020 to `lastYear`
 * @throws MembershipError `membership.invalidInput` for lastYear ≤ 2020 or an improvement rate outside
 *   (−0.1, 0.1); DemographyError from the loaders (e.g. `demography.regionUnknown`)
 */
export function censusPopulationProjection(options: CensusProjectionOptions): ProjectionResult {
  const improvement = options.mortalityImprovement ?? 0;
  if (!Number.isInteger(options.lastYear) || options.lastYear <= CENSUS_YEAR || !(Math.abs(improvement) < 0.1)) {
    throw new MembershipError('membership.invalidInput.censusPopulationProjection', { censusYear: CENSUS_YEAR, ...options });
  }
  const census = loadCensusPopulation(options.region ?? '全国');
  const current = loadAbridgedMortality('2020-2025');
  const mx = { male: singleYearMortality(current.male, current.ageStart), female: singleYearMortality(current.female, current.ageStart) };
  let weights;
  if (options.cohortWeights ?? true) {
    const earlier = loadAbridgedMortality('2015-2020');
    const births = loadBirthsByYear();
    const lx = (m: Float64Array) => lifeTable(singleYearMortality(m, earlier.ageStart)).lx;
    weights = { male: cohortSizeWeights(births, lx(earlier.male), CENSUS_YEAR, CENSUS_MONTH), female: cohortSizeWeights(births, lx(earlier.female), CENSUS_YEAR, CENSUS_MONTH) };
  }
  const fertility = loadFertility();
  const lastFertilityYear = Math.max(...[...fertility.percentAsfr.keys()].filter((y) => fertility.byYear.has(y)));
  const fertilityCache = new Map<number, FertilityAssumption>();
  const fertilityOf = (label: number): FertilityAssumption => {
    const year = Math.min(label + 1, lastFertilityYear);
    let f = fertilityCache.get(year);
    if (!f) fertilityCache.set(year, (f = fertilityForYear(fertility, year)));
    return f;
  };
  const mxCache = new Map<string, Float64Array>();
  const mxOf = (label: number, sex: Sex): Float64Array => {
    if (improvement === 0) return mx[sex];
    const key = `${label}${sex}`;
    let m = mxCache.get(key);
    if (!m) mxCache.set(key, (m = improveMortality(mx[sex], label + 4 / 3 - MORTALITY_BASE_TIME, improvement)));
    return m;
  };
  return projectPopulation({
    startYear: CENSUS_YEAR,
    steps: options.lastYear - CENSUS_YEAR,
    population: splitCensusPopulation(census, weights ? { weights } : {}),
    mx: mxOf,
    asfr: (label) => fertilityOf(label).asfr,
    srb: (label) => fertilityOf(label).srb,
  });
}
