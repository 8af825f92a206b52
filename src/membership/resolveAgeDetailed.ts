import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import { resolveSharedMembership } from './resolveSharedMembership';
import type { FundMembership, MemberStatus } from './types';

/** What the scenario resolver hands over for one age-detailed fund. */
export interface AgeDetailedRequest {
  scheme: 'employee' | 'resident';
  /** The fund's validated `members.age_detailed` block. */
  detail: EmployeeAgeDetail | ResidentAgeDetail;
  /** Base-year totals from `members` (units.persons): actives and retirees, or insured (as `residents`). */
  totals: Partial<Record<MemberStatus, number>>;
  baseYear: number;
  /** Number of years, base year included (the timeline length). */
  years: number;
  /** `units.persons` of the scenario. */
  personsUnit: 'persons' | '10k persons';
  /** Resolved `switching_to_resident` share by year index (employee funds), or null for none. */
  switching: Float64Array | null;
  /** Absolute (or package-relative) path of the age-cost curve to read. */
  costCurveFile: string;
}

/** Member counts by year (units.persons) for the fund engine, and the membership behind them. */
export interface AgeDetailedMembers {
  counts: Partial<Record<MemberStatus, Float64Array>>;
  membership: FundMembership;
}

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
