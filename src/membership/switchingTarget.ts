import type { EmployeeAgeDetail, PopulationSpec, SwitchingToResident } from '../scenario/ageDetailSchema';
import type { FundSpec } from '../scenario/scenarioSchema';
import { MembershipError } from './membershipError';
import { samePopulation } from './samePopulation';

/**
 * The fund whose insured gain an employee fund's scheme switchers (age-detailed mode), read from
 * the employee fund's `members.age_detailed.switching_to_resident`:
 * - `{share, to: <fund id>}`: the switchers of each year join fund `to`'s insured, by age and sex,
 *   and age with the population afterwards. `to` must be a resident fund in the age-detailed mode
 *   whose `population` block gives the same projection (`samePopulation`), and receive from no
 *   other employee fund: the two funds then share one membership projection
 *   (`resolveSharedMembership`), so the employee fund's switching outflow is the resident fund's
 *   inflow cell by cell.
 * - a plain share (number or series): the switchers leave the employee scheme and no fund counts
 *   them (the employee-only case). Beside an age-detailed resident fund on the same population
 *   a positive plain share is refused, so that switchers never silently miss that fund.
 * Switching into a fund in the aggregate mode is not modelled (its members are totals with growth
 * rates, not people by age): an error, never a silent drop.
 *
 * @param employeeId id of the employee fund
 * @param funds the scenario's funds (validated), by id
 * @param share the resolved switching share by year (to tell a positive plain share), or null
 * @returns the receiving fund's id, or null when the switchers leave the scheme (or none switch)
 * @throws MembershipError with path below the employee fund's `age_detailed`:
 *   `membership.switchingTargetMissing` (no fund `to`), `membership.switchingTargetNotResident` (`to` is an employee
 *   fund), `membership.switchingTargetAggregate` (`to` is in the aggregate mode), `membership.switchingPopulationDiffers`
 *   (other population block), `membership.switchingTargetShared` (another employee fund switches into `to`),
 *   `membership.switchingTargetNeeded` (positive plain share beside an age-detailed resident fund)
 */
export function switchingTarget(employeeId: string, funds: Readonly<Record<string, FundSpec>>, share: Float64Array | null): string | null {
  const own = detailOf(funds[employeeId]) as EmployeeAgeDetail | undefined;
  const switching = own?.switching_to_resident;
  if (!own || switching === undefined) return null;
  const path = ['switching_to_resident'];
  const to = targetOf(switching);
  const detailedResidents = Object.keys(funds).filter((id) => funds[id].scheme === 'resident' && detailOf(funds[id]) && samePopulation(own.population, detailOf(funds[id])!.population));
  if (to === null) {
    if (share && share.some((v) => v > 0) && detailedResidents.length > 0) {
      const r = detailedResidents[0];
      throw new MembershipError('membership.switchingTargetNeeded', { r, fund: employeeId, residentFunds: detailedResidents }, path);
    }
    return null;
  }
  const at = [...path, 'to'];
  const target = Object.prototype.hasOwnProperty.call(funds, to) ? funds[to] : undefined;
  if (!target) {
    throw new MembershipError('membership.switchingTargetMissing', { to, funds: Object.keys(funds), fund: employeeId }, at);
  }
  if (target.scheme !== 'resident') {
    throw new MembershipError('membership.switchingTargetNotResident', { to, fund: employeeId }, at);
  }
  const targetDetail = detailOf(target);
  if (!targetDetail) {
    throw new MembershipError('membership.switchingTargetAggregate', { to, fund: employeeId }, at);
  }
  if (!samePopulation(own.population, targetDetail.population)) {
    throw new MembershipError('membership.switchingPopulationDiffers.switchingTarget', { to, fund: employeeId, own: own.population, target: targetDetail.population }, at);
  }
  const rival = Object.keys(funds).find((id) => id !== employeeId && funds[id].scheme === 'employee' && targetOf((detailOf(funds[id]) as EmployeeAgeDetail | undefined)?.switching_to_resident) === to);
  if (rival !== undefined) {
    throw new MembershipError('membership.switchingTargetShared', { rival, to, fund: employeeId }, at);
  }
  return to;
}

/** `to` of the object form; null for a plain share or nothing. */
function targetOf(switching: SwitchingToResident | undefined): string | null {
  return switching !== null && typeof switching === 'object' && 'to' in switching ? (switching as { to: string }).to : null;
}

/** The fund's `members.age_detailed` block, if any. */
function detailOf(fund: FundSpec | undefined): { population: PopulationSpec } | undefined {
  // explicit cast: tslab compiles without strictNullChecks, where `in` does not narrow these unions
  return fund?.scheme === 'totals' ? undefined : (fund?.members as { age_detailed?: { population: PopulationSpec } } | undefined)?.age_detailed;
}
