import type { Assumptions } from '../assumptions/types';
import type { ProjectionResult } from '../results/types';

/**
 * What a solved lever must achieve (years are calendar years of the projection):
 * - `minReserveMonths`: months of reserve M_y ≥ `months` in every year fromYear … toYear
 *   (defaults: the lever's first year `from` … the end year);
 * - `bandAt`: lower ≤ M_year ≤ upper in one year;
 * - `stableRatio`: B/E equal in years[0] and years[1] (the "steady-state" rate of the
 *   Canada Pension Plan's actuarial reports, here on balance ÷ the year's expenditure);
 * - `payAsYouGo`: current surplus S_y = 0 in every year from `from` on, solved year by year.
 */
export type SolveTarget =
  | { kind: 'minReserveMonths'; months: number; fromYear?: number; toYear?: number }
  | { kind: 'bandAt'; year: number; lower: number; upper: number }
  | { kind: 'stableRatio'; years: readonly [number, number] }
  | { kind: 'payAsYouGo' };

/** The question put to `solveLever`. */
export interface SolveOptions {
  /** fund id in the scenario */
  fund: string;
  /** lever name from the lever registry, e.g. `employer_rate` */
  lever: string;
  target: SolveTarget;
  /** first year the lever moves (phase-in start); default: the first projected year */
  from?: number;
  /** [lower, upper] searched; default: the lever's natural bounds from the registry */
  bounds?: [number, number];
  /** largest change of the lever's value from one year to the next (see `phasedPath`) */
  maxChangePerYear?: number;
  /** 'min' (default): the lowest value meeting the target; 'max': the highest (for cuts) */
  direction?: 'min' | 'max';
}

/** A lever value in force from `year` until the next entry of a path (the last: to the horizon). */
export interface LeverYearValue {
  year: number;
  value: number;
}

/** The same text in English and Chinese. */
export interface Bilingual {
  en: string;
  zh: string;
}

/**
 * Why no value is reported:
 * - `infeasible`: no value within the bounds meets the target;
 * - `non_monotone`: the target's slack is not monotone in the lever over the bounds, so a
 *   bracketing search could return a wrong value — none is returned;
 * - `no_crossing`: an equation target (stable ratio, pay-as-you-go year) has no root in the bounds;
 * - `step_too_large`: pay-as-you-go needs a larger change in one year than `maxChangePerYear`.
 */
export interface SolveFailureReason extends Bilingual {
  code: 'infeasible' | 'non_monotone' | 'no_crossing' | 'step_too_large';
  /** the year concerned, when one year decides it */
  year: number | null;
}

interface SolveCommon {
  fund: string;
  lever: string;
  target: SolveTarget;
  from: number;
  direction: 'min' | 'max';
  bounds: [number, number];
  maxChangePerYear: number | null;
  /** the lever's value in force in the year before `from` (0 for growth levers) */
  currentValue: number;
  /** projections evaluated */
  iterations: number;
  /** absolute accuracy reached on the lever value: SOLVE_TOLERANCE (1e-6), or wider where doubles near the value are */
  tolerance: number;
}

/**
 * A solve that found a value: the lever value (or path), the binding year and the re-projected,
 * checked result.
 */
export interface SolveSuccess extends SolveCommon {
  feasible: true;
  /** the solved value (null for pay-as-you-go, whose answer is `path`) */
  value: number | null;
  /** the lever's values by year as applied (phase-in steps, or the pay-as-you-go path) */
  path: LeverYearValue[];
  /** 'lower'/'upper' when the answer is a bound of the search (the target holds there already) */
  atBound: 'lower' | 'upper' | null;
  /** the year whose constraint decides the answer (null for stable ratio and pay-as-you-go) */
  bindingYear: number | null;
  /** the assumptions with the path applied, and their projection */
  assumptions: Assumptions;
  result: ProjectionResult;
}

/** A solve with no feasible value within the bounds, and the reason. */
export interface SolveFailure extends SolveCommon {
  feasible: false;
  reason: SolveFailureReason;
}

/**
 * What `solveLever` returns: a success (`feasible: true`) or a failure with its reason (`feasible:
 * false`).
 */
export type SolveResult = SolveSuccess | SolveFailure;

/** A year's months of reserve. */
export interface YearMonths {
  year: number;
  months: number;
}

/**
 * Sustainability status, decided in this order:
 * `exhausted` (the balance turns negative within the horizon), `below_floor` (some year below
 * the low threshold), `drawing_down` (current deficits, reserve never below the threshold),
 * `low_reserve` (no current deficit, but the fund ends the horizon below the normal threshold —
 * 3.9 months is not sustainable when 6–9 is normal), `sustainable` (no current deficit and the
 * fund ends at or above the normal threshold; the summary names the band it ends in, so an
 * excessive reserve is said too).
 */
export type VerdictStatus = 'exhausted' | 'below_floor' | 'drawing_down' | 'low_reserve' | 'sustainable';

/**
 * The treasury top-up a verdict states, in units.money: `rule` — what the fund's own
 * `treasury_top_up` rule pays in the projection (the `treasury_top_up` income item); `least` —
 * the least top-up keeping months of reserve ≥ `floorMonths` (requiredTopUp), for a fund without a
 * rule that falls below the floor. `years` holds the years with a top-up > 0.
 */
export interface VerdictTopUp {
  basis: 'rule' | 'least';
  /** the floor kept, in months (null for `rule`: the result does not carry the rule's floor) */
  floorMonths: number | null;
  total: number;
  firstYear: number | null;
  largest: { year: number; amount: number } | null;
  years: { year: number; amount: number }[];
}

/**
 * A fund's sustainability verdict: status, first deficit and exhaustion years, years below and
 * above the bands, extremes, and a plain-language summary in Chinese and English built from those
 * numbers.
 */
export interface Verdict {
  fund: string;
  name: Bilingual;
  bandBasis: 'official' | 'extension' | 'custom';
  firstYear: number;
  lastYear: number;
  status: VerdictStatus;
  firstDeficitYear: number | null;
  exhaustionYear: number | null;
  /** band id and months of reserve (null: no expenditure) per projected year */
  bands: { year: number; band: string; months: number | null }[];
  /** low and high warning lines, and the lower bound of the normal band (months) */
  thresholds: { low: number; normal: number; high: number };
  /** the last projected year: its months of reserve (null: no expenditure) and band (id and labels) */
  end: { year: number; months: number | null; band: string; label: Bilingual };
  /** the base year's own months of reserve (FundResult.base) and band */
  base: { year: number; months: number | null; band: string; label: Bilingual };
  /** observed (history) years: gap rate (E − I)/I and months of reserve, null where a figure is missing */
  history: { year: number; gapRate: number | null; months: number | null; band: string | null }[];
  /**
   * observed (history) years with a current deficit S = reported surplus, else I − E, below zero:
   * the deficits the fund already ran up to and including the base year, in units.money
   */
  observedDeficits: { year: number; surplus: number }[];
  /** money unit of the amounts (the scenario's `units.money`) */
  moneyUnit: string;
  /** the treasury top-up: what the fund's `treasury_top_up` rule pays, or the least top-up keeping the floor (requiredTopUp); null when neither applies */
  topUp: VerdictTopUp | null;
  /** years with M < low, and with M > high */
  belowLow: { count: number; years: number[] };
  aboveHigh: { count: number; years: number[] };
  /** largest and smallest months of reserve (earliest year on ties); null when no year has M */
  largest: YearMonths | null;
  smallest: YearMonths | null;
  /** the plain-language summary in both languages, and in the requested one */
  summary: Bilingual;
  text: string;
}
