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
 *   `SWITCHING_TARGET_MISSING` (no fund `to`), `SWITCHING_TARGET_NOT_RESIDENT` (`to` is an employee
 *   fund), `SWITCHING_TARGET_AGGREGATE` (`to` is in the aggregate mode), `SWITCHING_POPULATION_DIFFERS`
 *   (other population block), `SWITCHING_TARGET_SHARED` (another employee fund switches into `to`),
 *   `SWITCHING_TARGET_NEEDED` (positive plain share beside an age-detailed resident fund)
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
      throw new MembershipError(
        'SWITCHING_TARGET_NEEDED',
        `a plain share means the switchers leave the employee scheme and no fund counts them, but resident fund '${r}' is age-detailed on the same population: write switching_to_resident: {share: …, to: ${r}} so that its insured gain them`,
        `直接给出比例表示转出人员离开职工医保且不计入任何基金，但居民医保基金 '${r}' 按年龄细分且人口相同：请写 switching_to_resident: {share: …, to: ${r}}，使转出人员计入该基金参保人`,
        { fund: employeeId, residentFunds: detailedResidents },
        path,
      );
    }
    return null;
  }
  const at = [...path, 'to'];
  const target = Object.prototype.hasOwnProperty.call(funds, to) ? funds[to] : undefined;
  if (!target) {
    throw new MembershipError('SWITCHING_TARGET_MISSING', `no fund '${to}' in this scenario to receive the switchers (funds: ${Object.keys(funds).join(', ')})`, `情景中没有接收转出人员的基金 '${to}'（现有：${Object.keys(funds).join('、')}）`, { fund: employeeId, to }, at);
  }
  if (target.scheme !== 'resident') {
    throw new MembershipError('SWITCHING_TARGET_NOT_RESIDENT', `fund '${to}' is an employee fund: switchers move to a resident fund`, `基金 '${to}' 是职工医保基金：转出人员应转入居民医保基金`, { fund: employeeId, to }, at);
  }
  const targetDetail = detailOf(target);
  if (!targetDetail) {
    throw new MembershipError('SWITCHING_TARGET_AGGREGATE', `resident fund '${to}' is in the aggregate mode: switching into an aggregate fund is not modelled (give it members.age_detailed, or write a plain share to let the switchers leave the scheme)`, `居民医保基金 '${to}' 为汇总模式：不支持转入汇总模式基金（请为其设置 members.age_detailed，或直接给出比例，表示转出人员离开该制度）`, { fund: employeeId, to }, at);
  }
  if (!samePopulation(own.population, targetDetail.population)) {
    throw new MembershipError('SWITCHING_POPULATION_DIFFERS', `resident fund '${to}' projects another population (its age_detailed.population block differs): funds that exchange switchers must share one population`, `居民医保基金 '${to}' 的人口预测不同（age_detailed.population 不一致）：互转人员的基金须使用同一人口`, { fund: employeeId, to, own: own.population, target: targetDetail.population }, at);
  }
  const rival = Object.keys(funds).find((id) => id !== employeeId && funds[id].scheme === 'employee' && targetOf((detailOf(funds[id]) as EmployeeAgeDetail | undefined)?.switching_to_resident) === to);
  if (rival !== undefined) {
    throw new MembershipError('SWITCHING_TARGET_SHARED', `employee fund '${rival}' also switches into '${to}': one employee fund per resident fund is modelled`, `职工医保基金 '${rival}' 也转入 '${to}'：每个居民医保基金只能接收一个职工医保基金的转出人员`, { fund: employeeId, to, rival }, at);
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
  return (fund?.members as { age_detailed?: { population: PopulationSpec } } | undefined)?.age_detailed;
}
