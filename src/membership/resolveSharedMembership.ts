import { relocated } from '../errors/FundcastError';
import { DemographyError } from '../demography/demographyError';
import type { BySex } from '../demography/types';
import type { EmployeeAgeDetail, MembersByAgeInput, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import { CENSUS_YEAR, censusPopulationProjection } from './censusPopulationProjection';
import { fundMembersFromProjection } from './fundMembersFromProjection';
import { MembershipError } from './membershipError';
import { membersByAge, type MembersByAgeSpec } from './membersByAge';
import { projectMembership } from './projectMembership';
import { retiredShares } from './retiredShares';
import { samePopulation } from './samePopulation';
import type { AgeDetailedMembers, AgeDetailedRequest, MemberStatus } from './types';

type Scheme = 'employee' | 'resident';

/** The age-detailed funds that share one membership projection: one of them, or both (scheme switching). */
export type SharedMembershipRequest = Partial<Record<Scheme, AgeDetailedRequest>>;

/** What each fund of the group reads: counts and membership, the projection being the same object. */
export type SharedMembers = Partial<Record<Scheme, AgeDetailedMembers>>;

/**
 * The age-detailed mode of an employee fund, a resident fund, or the two together when the
 * employee fund's switchers move into the resident fund (`switchingTarget`): one population
 * partitioned into actives A, retirees R, residents H and others U, so that the employee fund's
 * switching outflow is the resident fund's inflow, cell by cell. Steps:
 * 1. population by single age and sex from the 2020 census (`censusPopulationProjection`), time
 *    label Y (1 November Y) standing for fund year Y; both funds must give the same `population`;
 * 2. retired shares q from the employee fund's retirement rules (`retiredShares`; none without it);
 * 3. base-year members of each status from its age-band input (`membersByAge`) with exposure
 *    P·(1 − q) for actives, P·q for retirees and P − A₀ − R₀ for residents (the people outside the
 *    employee scheme: the whole population without an employee fund), each scaled by one factor
 *    κ_s = total_s / Σ shape_s so that the base-year totals are reproduced exactly;
 * 4. `projectMembership` with the employee fund's switching shares: residents follow the coverage
 *    rule H = η·(P − A − R − S) + S when a resident fund is present (S: switchers since the base
 *    year, so every switcher is added to its insured), else the switchers rule (the employee fund's
 *    switchers, counted by no fund);
 * 5. for each fund, its counts, age-cost curve and age-mix indexes (`fundMembersFromProjection`).
 *
 * @param request `{employee?, resident?}`, at least one; both with the same base year, years and units
 * @returns `{employee?, resident?}`: counts by year index in units.persons and the membership
 * @throws MembershipError with `path` below the fund's `age_detailed` and `details.scheme` naming the
 *   fund it concerns (projection errors of a shared projection name the resident fund): bad bands,
 *   empty shapes, members above the population, a base year before 2020, `membership.invalidInput` for
 *   mismatched requests, `membership.switchingPopulationDiffers`; DemographyError from the loaders is
 *   rethrown as MembershipError with its code
 */
export function resolveSharedMembership(request: SharedMembershipRequest): SharedMembers {
  const { employee, resident } = request;
  const first = employee ?? resident;
  checkRequest(request);
  const { baseYear, years } = first!;
  const e = employee?.detail as EmployeeAgeDetail | undefined;
  const rd = resident?.detail as ResidentAgeDetail | undefined;
  const personsPerUnit = first!.personsUnit === '10k persons' ? 1e4 : 1;
  const spec = first!.detail.population;
  const pop = within(first!.scheme, ['population'], () => censusPopulationProjection({ lastYear: baseYear + years - 1, region: spec.region, cohortWeights: spec.cohort_weights, mortalityImprovement: spec.mortality_improvement }));
  const n = pop.ages;
  const rows = (m: BySex, from: number, steps: boolean): BySex => {
    const cut = (a: Float64Array) => {
      const out = new Float64Array(years * n);
      if (steps) out.set(a.subarray(from * n, (from + years - 1) * n), n); // step t ends at row t − from + 1
      else out.set(a.subarray(from * n, (from + years) * n));
      return out;
    };
    return { male: cut(m.male), female: cut(m.female) };
  };
  const t0 = baseYear - CENSUS_YEAR;
  const population = rows(pop.population, t0, false);
  const q = e
    ? within('employee', ['retirement'], () => retiredShares({ firstYear: baseYear, years, ages: n, reform: e.retirement.reform_2025, female55Share: e.retirement.female_55_share, shortShare: e.retirement.short_of_minimum?.share, extraYears: e.retirement.short_of_minimum?.extra_years }))
    : { male: new Float64Array(years * n), female: new Float64Array(years * n) };

  const base0 = { male: population.male.subarray(0, n), female: population.female.subarray(0, n) };
  const bySex = (f: (sex: 'male' | 'female', x: number) => number): BySex => ({ male: Float64Array.from({ length: n }, (_, x) => f('male', x)), female: Float64Array.from({ length: n }, (_, x) => f('female', x)) });
  const zero = (): BySex => bySex(() => 0);
  const calibration: Record<Scheme, Partial<Record<MemberStatus, number>>> = { employee: {}, resident: {} };
  const calibrated = (req: AgeDetailedRequest, status: MemberStatus, key: string, input: MembersByAgeInput, exposed: BySex): BySex => {
    const shape = within(req.scheme, ['by_age', key], () => membersByAge(input as MembersByAgeSpec, exposed, base0));
    let sum = 0;
    for (let x = 0; x < n; x++) sum += shape.male[x] + shape.female[x];
    const target = (req.totals[status] ?? 0) * personsPerUnit;
    if (!(sum > 0) && target > 0) {
      throw new MembershipError('membership.emptyShape', { key, status, total: req.totals[status], scheme: req.scheme }, ['by_age', key]);
    }
    const kappa = sum > 0 ? target / sum : 0;
    calibration[req.scheme][status] = kappa;
    return { male: shape.male.map((v) => v * kappa), female: shape.female.map((v) => v * kappa) };
  };
  const actives = e ? calibrated(employee!, 'actives', 'actives', e.by_age.actives, bySex((s, x) => base0[s][x] * (1 - q[s][x]))) : zero();
  const retirees = e ? calibrated(employee!, 'retirees', 'retirees', e.by_age.retirees, bySex((s, x) => base0[s][x] * q[s][x])) : zero();
  const outside = bySex((s, x) => Math.max(0, base0[s][x] - actives[s][x] - retirees[s][x]));
  const residents = rd ? calibrated(resident!, 'residents', 'insured', rd.by_age.insured, outside) : zero();

  const projection = within(resident ? 'resident' : 'employee', [], () => projectMembership({
    firstYear: baseYear, years, population, deaths: rows(pop.deaths, t0, true), migration: rows(pop.migration, t0, true),
    base: { actives, retirees, residents }, retiredShare: q, switching: employee?.switching ?? new Float64Array(years),
    residentRule: resident ? 'coverage' : 'switchers',
  }));
  const out: SharedMembers = {};
  for (const req of [employee, resident]) {
    if (!req) continue;
    out[req.scheme] = within(req.scheme, ['cost_curve'], () => fundMembersFromProjection(projection, req.scheme === 'employee' ? ['actives', 'retirees'] : ['residents'], {
      base: { actives, retirees }, calibration: calibration[req.scheme], costCurveFile: req.costCurveFile, personsPerUnit,
    }));
  }
  return out;
}

/** One or two requests of the right schemes, on one timeline, units and population. */
function checkRequest({ employee, resident }: SharedMembershipRequest): void {
  const scheme = resident ? 'resident' : 'employee';
  if (!employee && !resident) throw new MembershipError('membership.shared.noFund', { scheme });
  if ((employee && employee.scheme !== 'employee') || (resident && resident.scheme !== 'resident')) throw new MembershipError('membership.shared.wrongScheme', { scheme });
  if (employee && resident && (employee.baseYear !== resident.baseYear || employee.years !== resident.years || employee.personsUnit !== resident.personsUnit)) {
    throw new MembershipError('membership.shared.timelinesDiffer', { scheme });
  }
  if (employee && resident && !samePopulation(employee.detail.population, resident.detail.population)) {
    throw new MembershipError('membership.switchingPopulationDiffers.checkRequest', { scheme: 'resident' }, ['population']);
  }
  const first = (employee ?? resident)!;
  if (!Number.isInteger(first.baseYear) || first.baseYear < CENSUS_YEAR) {
    throw new MembershipError('membership.baseYearBeforeCensus', { censusYear: CENSUS_YEAR, baseYear: first.baseYear, scheme: first.scheme });
  }
}

/** Runs fn; a MembershipError or DemographyError gets `prefix` in front of its path and the fund's scheme in its details. */
function within<T>(scheme: Scheme, prefix: (string | number)[], fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof MembershipError) throw new MembershipError(...relocated(err, { scheme }, [...prefix, ...err.path]));
    if (err instanceof DemographyError) throw new MembershipError(...relocated(err, { scheme }, prefix));
    throw err;
  }
}
