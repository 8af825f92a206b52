// Public API of the demography engine (fundcast issue 3, "Aging engine").
// Single-year age schedules are Float64Array over ages 0..ω, the last cell the open group ω+.

// Types and constants
export { AGE_COUNT, OPEN_AGE, SEXES } from './types';
export type { BySex, Sex } from './types';
export { DemographyError } from './demographyError';

// Shipped data (data/demography/, see SOURCES.md)
export { loadCensusPopulation } from './loadCensusPopulation';
export type { AgeGroupPopulation, LoadCensusOptions } from './loadCensusPopulation';
export { loadAbridgedMortality } from './loadAbridgedMortality';
export type { AbridgedMortality, WppPeriod } from './loadAbridgedMortality';
export { loadFertility } from './loadFertility';
export type { FertilityData, FertilityYear } from './loadFertility';
export { loadBirthsByYear } from './loadBirthsByYear';
export { loadLifeExpectancy } from './loadLifeExpectancy';
export type { LifeExpectancyYear } from './loadLifeExpectancy';
export { loadPopulationAging } from './loadPopulationAging';
export type { PopulationAgingYear } from './loadPopulationAging';
export { findPackageRoot } from '../general/findPackageRoot';

// Single years of age
export { SPRAGUE_MULTIPLIERS } from './spragueMultipliers';
export { spragueSplit } from './spragueSplit';
export { splitCensusPopulation } from './splitCensusPopulation';
export { cohortSizeWeights } from './cohortSizeWeights';
export { singleYearMortality } from './singleYearMortality';
export { pchipInterpolate } from './pchipInterpolate';
export { singleYearAsfr } from './singleYearAsfr';
export { fertilityForYear } from './fertilityForYear';
export type { FertilityAssumption } from './fertilityForYear';

// Mortality
export { lifeTable } from './lifeTable';
export type { LifeTable } from './lifeTable';
export { survivalRatios } from './survivalRatios';
export { improveMortality } from './improveMortality';
export { improvementRates } from './improvementRates';

// Projection and indicators
export { projectPopulation } from './projectPopulation';
export type { ProjectionInput, ProjectionResult } from './projectPopulation';
export { populationAt } from './populationAt';
export { interpolatePopulation } from './interpolatePopulation';
export { sumAges } from './sumAges';
export { shareAged } from './shareAged';
export { oldAgeDependencyRatio } from './oldAgeDependencyRatio';
export { totalDependencyRatio } from './totalDependencyRatio';
export { populationPyramid } from './populationPyramid';
export type { PyramidRow } from './populationPyramid';

// Retirement rules
export { retirementAge, RETIREMENT_REFORM_2025 } from './retirementAge';
export type { RetirementAge, RetirementCategory, RetirementPhasing } from './retirementAge';
export { minimumContributionMonths } from './minimumContributionMonths';

// Validation helper shared by the engines
export { assertSchedule } from './assertSchedule';
