// Public API of the membership engine: fundcast's age-detailed mode (issue 3). Builds on the
// demography engine (src/demography/): population by single age and sex → members by status →
// counts and age-mix indexes for the fund engine → outputs.

// Types and errors
export { MEMBER_STATUSES } from './types';
export type { FundMembership, MemberStatus, MembershipFlows, MembershipInput, MembershipProjection, YearAgeBySex } from './types';
export { MembershipError } from './membershipError';

// Inputs: population, base-year members, retirement, age-cost curve
export { censusPopulationProjection, CENSUS_YEAR } from './censusPopulationProjection';
export type { CensusProjectionOptions } from './censusPopulationProjection';
export { parseAgeBand } from './parseAgeBand';
export type { AgeBand } from './parseAgeBand';
export { membersByAge } from './membersByAge';
export type { AgeBandValues, MembersByAgeSpec } from './membersByAge';
export { retiredShares } from './retiredShares';
export type { RetiredShareOptions } from './retiredShares';
export { loadAgeCostCurve, DEFAULT_AGE_COST_CURVE } from './loadAgeCostCurve';

// Projection
export { projectMembership } from './projectMembership';
export { statusTotals } from './statusTotals';
export { ageMixIndex } from './ageMixIndex';
export { resolveAgeDetailed } from './resolveAgeDetailed';
export type { AgeDetailedMembers, AgeDetailedRequest } from './resolveAgeDetailed';
export { fundMembersFromProjection } from './fundMembersFromProjection';

// Scheme switching: an employee fund and the resident fund its switchers join share one projection
export { samePopulation } from './samePopulation';
export { switchingTarget } from './switchingTarget';
export { resolveSharedMembership } from './resolveSharedMembership';
export type { SharedMembers, SharedMembershipRequest } from './resolveSharedMembership';
export { resolveScenarioMembership } from './resolveScenarioMembership';
export type { MembershipIssue, ScenarioMembershipOptions } from './resolveScenarioMembership';

// Outputs
export { dependencyRatios } from './dependencyRatios';
export type { DependencyRow } from './dependencyRatios';
export { membershipPyramid } from './membershipPyramid';
export type { MembershipPyramidRow } from './membershipPyramid';
export { decomposeExpenditure } from './decomposeExpenditure';
export type { DecompositionRow } from './decomposeExpenditure';
export { fundDemography } from './fundDemography';
export type { FundDemography, MembersRow } from './fundDemography';
