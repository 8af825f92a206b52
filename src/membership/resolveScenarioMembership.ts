import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import type { FundSpec } from '../scenario/scenarioSchema';
import { MembershipError } from './membershipError';
import type { AgeDetailedMembers, AgeDetailedRequest } from './resolveAgeDetailed';
import { resolveSharedMembership, type SharedMembershipRequest } from './resolveSharedMembership';
import { switchingTarget } from './switchingTarget';

/** What `resolveScenarioMembership` needs from the scenario resolver besides the funds. */
export interface ScenarioMembershipOptions {
  baseYear: number;
  /** Number of years, base year included (the timeline length). */
  years: number;
  personsUnit: 'persons' | '10k persons';
  /** An employee fund's resolved switching share by year index (the `share` of the object form), or null for none. */
  switchingShare(fundId: string): Float64Array | null;
  /** The age-cost curve file of a fund (its `cost_curve` resolved against the scenario file, or the default). */
  costCurveFile(fundId: string): string;
}

/** A problem with one fund's age-detailed members: `error.path` is below that fund's `age_detailed`. */
export interface MembershipIssue {
  fund: string;
  error: MembershipError;
}

/**
 * The age-detailed members of every fund of a scenario. Funds are resolved in groups that share
 * one membership projection: an employee fund together with the resident fund its switchers move
 * to (`switching_to_resident: {share, to}`, checked by `switchingTarget`), every other
 * age-detailed fund on its own (`resolveSharedMembership`). Aggregate funds are left out.
 * Errors are collected as data, one per failing group, attributed to the fund they concern;
 * the funds of a failing group are missing from `members`.
 *
 * @param funds the scenario's validated funds, by id
 * @param options timeline, persons unit, and how to read a fund's switching share (once per fund) and cost curve
 * @returns members by fund id, and the issues
 * @throws only what is not a MembershipError (a bug)
 */
export function resolveScenarioMembership(funds: Readonly<Record<string, FundSpec>>, options: ScenarioMembershipOptions): { members: Map<string, AgeDetailedMembers>; issues: MembershipIssue[] } {
  const members = new Map<string, AgeDetailedMembers>();
  const issues: MembershipIssue[] = [];
  // totals funds have no members
  const detailOf = (id: string) => {
    // a local first: TypeScript before 5.5 (the notebook kernel's) does not narrow funds[id] by its scheme
    const fund = funds[id];
    return fund.scheme === 'totals' ? undefined : (fund.members as { age_detailed?: EmployeeAgeDetail | ResidentAgeDetail }).age_detailed;
  };
  const detailed = Object.keys(funds).filter((id) => detailOf(id) !== undefined);
  const caught = (fund: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof MembershipError)) throw e;
      issues.push({ fund, error: e });
    }
  };
  const shares = new Map(detailed.filter((f) => funds[f].scheme === 'employee').map((id) => [id, options.switchingShare(id)]));
  const groups: Partial<Record<'employee' | 'resident', string>>[] = [];
  const received = new Set<string>();
  for (const id of shares.keys()) {
    caught(id, () => {
      const to = switchingTarget(id, funds, shares.get(id) ?? null);
      groups.push(to === null ? { employee: id } : { employee: id, resident: to });
      if (to !== null) received.add(to);
    });
  }
  for (const id of detailed.filter((f) => funds[f].scheme === 'resident' && !received.has(f))) groups.push({ resident: id });

  const requestOf = (id: string): AgeDetailedRequest => {
    const spec = funds[id];
    // explicit casts: tslab compiles without strictNullChecks, where `in` does not narrow these unions
    const m = (spec as { members: unknown }).members as { actives?: number; retirees?: number; insured?: number };
    const employee = spec.scheme === 'employee';
    return {
      scheme: employee ? 'employee' : 'resident', // only age-detailed funds get here: never a totals fund
      detail: detailOf(id)!,
      totals: employee ? { actives: m.actives, retirees: m.retirees } : { residents: m.insured },
      baseYear: options.baseYear,
      years: options.years,
      personsUnit: options.personsUnit,
      switching: employee ? (shares.get(id) ?? null) : null,
      costCurveFile: options.costCurveFile(id),
    };
  };
  for (const group of groups) {
    const request: SharedMembershipRequest = {};
    if (group.employee !== undefined) request.employee = requestOf(group.employee);
    if (group.resident !== undefined) request.resident = requestOf(group.resident);
    const blamed = (e: MembershipError) => (e.details.scheme === 'resident' ? group.resident : group.employee) ?? group.employee ?? group.resident!;
    try {
      const out = resolveSharedMembership(request);
      if (group.employee !== undefined) members.set(group.employee, out.employee!);
      if (group.resident !== undefined) members.set(group.resident, out.resident!);
    } catch (e) {
      if (!(e instanceof MembershipError)) throw e;
      issues.push({ fund: blamed(e), error: e });
    }
  }
  return { members, issues };
}
