import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import { resolveSharedMembership } from './resolveSharedMembership';
import type { AgeDetailedMembers, AgeDetailedRequest } from './types';

export type { AgeDetailedMembers, AgeDetailedRequest } from './types';

/**
 * The age-detailed mode of one fund on its own, from its scenario block to the per-year arrays
 * the fund engine reads: `resolveSharedMembership` with this fund alone. An employee fund's
 * switchers then leave the scheme (followed as `residents` of its projection, counted by no
 * fund); a resident fund's insured keep their base-year coverage of the population. To move an
 * employee fund's switchers into a resident fund, resolve the two together with
 * `resolveSharedMembership({employee, resident})`.
 *
 * @param request scheme, block, base-year totals, timeline, units, switching, cost-curve file
 * @returns counts by year index in units.persons, and the membership (projection, curve, indexes)
 * @throws MembershipError with `path` below `age_detailed` (bad bands, empty shapes, members
 *   above the population, a base year before 2020); DemographyError codes from the data loaders
 */
export function resolveAgeDetailed(request: AgeDetailedRequest): AgeDetailedMembers {
  return resolveSharedMembership({ [request.scheme]: request })[request.scheme]!;
}
