import type { MemberStatus } from '../membership/types';

/* The demographic outputs of an age-detailed fund, part of the JSON contract (results/types.ts). */

/** Members by status and population of one year, in units.persons. */
export type MembersRow = { year: number; population: number } & Record<MemberStatus, number>;

/** The demographic outputs of one age-detailed fund. */
export interface FundDemography {
  fundId: string;
  baseYear: number;
  endYear: number;
  /** Members by status and the population, base year … end year (units.persons). */
  members: MembersRow[];
  /** Actives per retiree, old-age and total dependency ratios by year. */
  dependency: DependencyRow[];
  /** Pyramid rows (persons) by year, sex, 5-year age group and status, for `pyramidYears`. */
  pyramid: MembershipPyramidRow[];
  /** Benefit spending growth split into size, aging and per-capita cost. */
  decomposition: DecompositionRow[];
  /** Base-year calibration factor of each status's age-band input. */
  calibration: Partial<Record<MemberStatus, number>>;
  /** Retiree/active per-head ratio the age-cost curve alone implies in the base year (employee funds). */
  curveRetireeToActiveRatio: number | null;
  costCurveFile: string;
}

/** Dependency ratios of one year. */
export interface DependencyRow {
  year: number;
  /** Employee actives per retiree, ΣA / ΣR (在职退休比); null without retirees. */
  activesPerRetiree: number | null;
  /** Old-age dependency ratio of the population, P(65+) / P(15–64) (老年抚养比), a ratio. */
  oldAge: number;
  /** Total dependency ratio, (P(0–14) + P(65+)) / P(15–64) (总抚养比), a ratio. */
  total: number;
}

/** One bar segment of a membership pyramid. */
export interface MembershipPyramidRow {
  year: number;
  sex: 'male' | 'female';
  /** `0-4`, `5-9`, …, `100+`. */
  ageGroup: string;
  /** First age of the group (for sorting). */
  ageStart: number;
  status: MemberStatus;
  /** Persons. */
  count: number;
}

/** One year of the decomposition of benefit spending growth since the base year. */
export interface DecompositionRow {
  year: number;
  /** Benefit spending E (units.money): Σ over statuses of members × per-head spending × k × cost multiplier. */
  benefits: number;
  /** Members N of the statuses the fund pays for (units.persons). */
  members: number;
  /** Membership size factor N(i) / N(0). */
  size: number;
  /** Aging factor D(i) / D(0): average cost per member at base-year unit costs; = statusMix × ageMix. */
  aging: number;
  /** Part of aging due to the mix of statuses (e.g. the retiree share). */
  statusMix: number;
  /** Part of aging due to the age mix within each status (age-mix indexes; 1 in the aggregate mode). */
  ageMix: number;
  /** Per-capita cost factor at constant age mix: E(i) / (E(0) × size × aging). */
  unitCost: number;
  /** ln(E(i)/E(0)) and its exact split: lnSize + lnAging + lnUnitCost. */
  lnTotal: number;
  lnSize: number;
  lnAging: number;
  lnUnitCost: number;
}
