import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import type { BySex } from '../demography/types';

/**
 * Shared types of the membership engine (age-detailed mode).
 *
 * Conventions (as in `src/demography/`): single-year schedules over ages 0..ω (last cell the
 * open group ω+); a time-by-age matrix is a flat Float64Array, row i (year index, 0 = base year)
 * and age x at [i × ages + x]. Counts are persons.
 */

/**
 * Membership status of a person. Every person of the projected population has exactly one:
 * `actives` employee-scheme contributors (在职职工), `retirees` employee-scheme retirees (退休人员),
 * `residents` resident-scheme insured (城乡居民参保人), `others` everyone else (uninsured, or
 * covered by a scheme this projection does not follow).
 */
export type MemberStatus = 'actives' | 'retirees' | 'residents' | 'others';

/** The four statuses, in the order they are reported. */
export const MEMBER_STATUSES: readonly MemberStatus[] = ['actives', 'retirees', 'residents', 'others'];

/** One matrix (years × ages) per sex. */
export type YearAgeBySex = BySex;

/** Inputs of `projectMembership`, all prepared (no file reading). */
export interface MembershipInput {
  /** Calendar year of index 0 (the base year). */
  firstYear: number;
  /** Number of years, base year included (≥ 2). */
  years: number;
  /** Projected population, years × ages per sex (row 0 = base year), persons. */
  population: YearAgeBySex;
  /** Deaths during the step ending at year index i (row i; row 0 unused), by age at the end of the step. */
  deaths: YearAgeBySex;
  /** Net migrants added during the step ending at year index i (row i; row 0 unused). */
  migration: YearAgeBySex;
  /** Base-year members by single age and sex, persons (each ≤ the population of its cell in sum). */
  base: { actives: BySex; retirees: BySex; residents: BySex };
  /** Share of each cell that has reached its retirement date, years × ages per sex, in [0, 1]. */
  retiredShare: YearAgeBySex;
  /** Share of surviving, non-retiring actives moving to the resident scheme in the step ending at index i (index 0 unused). */
  switching: Float64Array;
  /**
   * How resident-scheme members evolve: `coverage` keeps the base-year coverage of the population
   * outside the employee scheme (and not switched from it) at each age and sex, and adds every
   * switcher from the employee scheme; `switchers` carries the base-year residents (none for an
   * employee fund's own projection) and the people who switched from the employee scheme since
   * the base year, cohort by cohort.
   */
  residentRule: 'coverage' | 'switchers';
}

/** Flows of the step ending at each year index (row 0 is all zeros), years × ages per sex. */
export interface MembershipFlows {
  /** Deaths by status. */
  deaths: Record<MemberStatus, YearAgeBySex>;
  /** Net migrants by status (shared in proportion to the surviving members of each status). */
  migration: Record<MemberStatus, YearAgeBySex>;
  /** Net entrants by status (new members less leavers other than by death, retirement or switching; can be negative). */
  entrants: Record<MemberStatus, YearAgeBySex>;
  /** Actives who reached their retirement date (out of actives, into retirees). */
  retirements: YearAgeBySex;
  /** Actives moving to the resident scheme (out of actives, into residents). */
  switching: YearAgeBySex;
}

/** Result of `projectMembership`. */
export interface MembershipProjection {
  firstYear: number;
  years: number;
  /** Number of age cells ω + 1. */
  ages: number;
  /** The projected population the statuses partition, years × ages per sex. */
  population: YearAgeBySex;
  /** Members by status, years × ages per sex; the four statuses sum to the population in every cell. */
  stocks: Record<MemberStatus, YearAgeBySex>;
  /**
   * Residents who came from the employee scheme since the base year (part of `stocks.residents`),
   * survivors and their migrants, years × ages per sex; zero in the base year.
   */
  switchers: YearAgeBySex;
  flows: MembershipFlows;
}

/**
 * What an age-detailed fund carries in its validated assumptions: the membership projection,
 * the age-cost curve and the age-mix index of each status the fund pays for.
 */
export interface FundMembership {
  /** Statuses whose members the fund counts (employee: actives, retirees; resident: residents). */
  statuses: MemberStatus[];
  /**
   * The membership projection; the same object for an employee fund and the resident fund its
   * switchers join (`switching_to_resident: {share, to}`), which partition one population.
   */
  projection: MembershipProjection;
  /** Relative per-capita cost by single age and sex (the age-cost curve, any scale). */
  costCurve: BySex;
  /** File the curve was read from (as given or the shipped default). */
  costCurveFile: string;
  /** Age-mix index by status and year index (1 in the base year). */
  ageMix: Partial<Record<MemberStatus, Float64Array>>;
  /** Base-year calibration factor applied to each status's age-band input (members given ÷ band total). */
  calibration: Partial<Record<MemberStatus, number>>;
  /**
   * Employee funds: retiree/active per-head cost ratio the curve alone implies on the base-year
   * members (Σ R·cost / ΣR) ÷ (Σ A·cost / ΣA); null for resident funds.
   */
  curveRetireeToActiveRatio: number | null;
  /** Persons per unit of `units.persons` (1 or 10⁴), to convert the projection's persons. */
  personsPerUnit: number;
}

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
