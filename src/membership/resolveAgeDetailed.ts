import { DemographyError } from '../demography/demographyError';
import type { BySex } from '../demography/types';
import type { EmployeeAgeDetail, MembersByAgeInput, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import { ageMixIndex } from './ageMixIndex';
import { CENSUS_YEAR, censusPopulationProjection } from './censusPopulationProjection';
import { loadAgeCostCurve } from './loadAgeCostCurve';
import { MembershipError } from './membershipError';
import { membersByAge, type MembersByAgeSpec } from './membersByAge';
import { projectMembership } from './projectMembership';
import { retiredShares } from './retiredShares';
import { statusTotals } from './statusTotals';
import type { FundMembership, MemberStatus } from './types';

type Path = (string | number)[];

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
  /** Resolved `switching_to_resident` by year index (employee funds), or null for none. */
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
 * The age-detailed mode of one fund, from its scenario block to the per-year arrays the fund
 * engine reads (the glue between `resolveAssumptions` and the membership engine):
 * 1. population by single age and sex from the 2020 census (`censusPopulationProjection`), time
 *    label Y (1 November Y) standing for fund year Y;
 * 2. base-year members of each status from its age-band input (`membersByAge`, with exposure
 *    P·(1 − q) for actives, P·q for retirees, P for residents; q: share past the retirement
 *    date in the base year), each scaled by one factor
 *    κ_s = total_s / Σ shape_s so that the base-year totals are reproduced exactly;
 * 3. employee funds: retired shares q from the retirement rules (`retiredShares`), then
 *    `projectMembership` (residents follow the switchers); resident funds: `projectMembership`
 *    with the coverage rule and no employee members;
 * 4. the age-cost curve (`loadAgeCostCurve`) and the age-mix index of each status (`ageMixIndex`).
 *
 * @param request scheme, block, base-year totals, timeline, units, switching, cost-curve file
 * @returns counts by year index in units.persons, and the membership (projection, curve, indexes)
 * @throws MembershipError with `path` below `age_detailed` (bad bands, empty shapes, members
 *   above the population, a base year before 2020); DemographyError from the data loaders
 */
export function resolveAgeDetailed(request: AgeDetailedRequest): AgeDetailedMembers {
  const { scheme, detail, baseYear, years } = request;
  if (!Number.isInteger(baseYear) || baseYear < CENSUS_YEAR) {
    throw new MembershipError('BASE_YEAR_BEFORE_CENSUS', `the age-detailed mode starts from the 2020 census: base_year must be ${CENSUS_YEAR} or later, got ${baseYear}`, `按年龄细分模式以 2020 年人口普查为起点：base_year 须不早于 ${CENSUS_YEAR}，实际 ${baseYear}`, { baseYear });
  }
  const personsPerUnit = request.personsUnit === '10k persons' ? 1e4 : 1;
  const spec = detail.population;
  const pop = withPath(['population'], () => censusPopulationProjection({ lastYear: baseYear + years - 1, region: spec.region, cohortWeights: spec.cohort_weights, mortalityImprovement: spec.mortality_improvement }));
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
  const employee = scheme === 'employee';
  const e = detail as EmployeeAgeDetail;
  const q = employee
    ? withPath(['retirement'], () => retiredShares({ firstYear: baseYear, years, ages: n, reform: e.retirement.reform_2025, female55Share: e.retirement.female_55_share, shortShare: e.retirement.short_of_minimum?.share, extraYears: e.retirement.short_of_minimum?.extra_years }))
    : { male: new Float64Array(years * n), female: new Float64Array(years * n) };

  const base0 = { male: population.male.subarray(0, n), female: population.female.subarray(0, n) };
  const belowRetirement = { male: base0.male.map((p, x) => p * (1 - q.male[x])), female: base0.female.map((p, x) => p * (1 - q.female[x])) };
  const pastRetirement = { male: base0.male.map((p, x) => p * q.male[x]), female: base0.female.map((p, x) => p * q.female[x]) };
  const zero = (): BySex => ({ male: new Float64Array(n), female: new Float64Array(n) });
  const calibration: Partial<Record<MemberStatus, number>> = {};
  const calibrated = (status: MemberStatus, key: string, input: MembersByAgeInput, exposed: BySex): BySex => {
    const shape = withPath(['by_age', key], () => membersByAge(input as MembersByAgeSpec, exposed, base0));
    let sum = 0;
    for (let x = 0; x < n; x++) sum += shape.male[x] + shape.female[x];
    const target = (request.totals[status] ?? 0) * personsPerUnit;
    if (!(sum > 0) && target > 0) {
      throw new MembershipError('EMPTY_SHAPE', `by_age.${key} gives no ${status} in the base year, but the total is ${request.totals[status]}`, `by_age.${key} 在基期没有${status}，但合计为 ${request.totals[status]}`, { status }, ['by_age', key]);
    }
    const kappa = sum > 0 ? target / sum : 0;
    calibration[status] = kappa;
    return { male: shape.male.map((v) => v * kappa), female: shape.female.map((v) => v * kappa) };
  };
  const base = employee
    ? { actives: calibrated('actives', 'actives', e.by_age.actives, belowRetirement), retirees: calibrated('retirees', 'retirees', e.by_age.retirees, pastRetirement), residents: zero() }
    : { actives: zero(), retirees: zero(), residents: calibrated('residents', 'insured', (detail as ResidentAgeDetail).by_age.insured, base0) };

  const projection = withPath([], () => projectMembership({
    firstYear: baseYear, years, population, deaths: rows(pop.deaths, t0, true), migration: rows(pop.migration, t0, true), base,
    retiredShare: q, switching: request.switching ?? new Float64Array(years), residentRule: employee ? 'switchers' : 'coverage',
  }));
  const costCurve = withPath(['cost_curve'], () => loadAgeCostCurve(request.costCurveFile, n));
  const statuses: MemberStatus[] = employee ? ['actives', 'retirees'] : ['residents'];
  const ageMix: Partial<Record<MemberStatus, Float64Array>> = {};
  const counts: Partial<Record<MemberStatus, Float64Array>> = {};
  for (const s of statuses) {
    ageMix[s] = ageMixIndex(projection.stocks[s], costCurve);
    counts[s] = statusTotals(projection, s).map((v) => v / personsPerUnit);
  }
  const averageCost = (s: 'actives' | 'retirees') => {
    let people = 0;
    let cost = 0;
    for (const sex of ['male', 'female'] as const) for (let x = 0; x < n; x++) { people += base[s][sex][x]; cost += base[s][sex][x] * costCurve[sex][x]; }
    return cost / people;
  };
  const ratio = employee ? averageCost('retirees') / averageCost('actives') : NaN;
  return {
    counts,
    membership: {
      statuses, projection, costCurve, costCurveFile: request.costCurveFile, ageMix, calibration,
      curveRetireeToActiveRatio: Number.isFinite(ratio) ? ratio : null, personsPerUnit,
    },
  };
}

/** Runs fn; a MembershipError or DemographyError gets `prefix` in front of its path. */
function withPath<T>(prefix: Path, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof MembershipError) throw new MembershipError(err.code, err.en, err.zh, { ...err.details }, [...prefix, ...err.path]);
    if (err instanceof DemographyError) throw new MembershipError(err.code, err.en, err.zh, { ...err.details }, prefix);
    throw err;
  }
}
