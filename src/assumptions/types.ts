import type { ScenarioParameter } from '../scenario/listParameters';
import type { LeverName } from '../levers/leverTable';
import type { StochasticModel } from '../stochastic/types';
import type { HistoryYear, ScenarioWarning } from '../history/types';
import type { FundMembership } from '../membership/types';
import type { Band, CurrentYearEstimate } from '../results/types';
import type { OverlayInfo } from '../scenario/overlaySchema';
import type { ServiceLineId } from '../scenario/serviceLinesSchema';

/**
 * Validated assumptions: every parameter resolved to one value per year, index 0 = base year,
 * index i = base year + i, up to end year + 1 (one extra year so that next-year expenditure is
 * known for the last year's months of reserve). Levels (members, per-head amounts) are already
 * grown; rates are as in force. The engines read only these arrays.
 */
export interface Timeline {
  baseYear: number;
  endYear: number;
  /** number of array entries: endYear − baseYear + 2 */
  length: number;
}

interface FundAssumptionsBase {
  id: string;
  name: string;
  nameZh: string | null;
  openingBalance: number;
  observed: { income: number; expenditure: number } | null;
  /** observed years from the fund's `history`, oldest first, the last being the base year (empty without a history) */
  history: HistoryYear[];
  /** (units.persons × yuan) → units.money */
  k: number;
  interestRate: Float64Array;
  otherIncomeShare: Float64Array;
  fiscalSubsidy: Float64Array;
  /** product of cost-control and benefit-change multipliers on benefit spending (1 = no change) */
  costMultiplier: Float64Array;
  /** one-off shocks: extra expenditure as a share of benefits, extra expenditure and income (money) */
  shockExpenditureShare: Float64Array;
  shockExpenditure: Float64Array;
  shockIncome: Float64Array;
  /** whether any shock is non-zero (then rows carry the one-off items in every year) */
  hasShocks: boolean;
  rules: FundRules;
  /** the current year re-estimated from monthly figures (monthly/applyReEstimates; its figures already in the one-off arrays at index 1), absent without them */
  currentYear?: CurrentYearEstimate;
}

/**
 * One status's service lines (serviceLineAssumptions), arrays per line in the order of
 * ServiceLineAssumptions.ids.
 */
export interface ServiceLineStatus {
  /** base-year spending per head of each line, σ · c(0) (yuan per person per year) */
  base: number[];
  /** base-year cases per member of each line (null: not given) */
  use0: (number | null)[];
  /** price index of each line P(i), 1 in the base year */
  priceIndex: Float64Array[];
  /** the status's age-mix index A(i) (null: none) */
  ageMix: Float64Array | null;
  /** spending per head of each line c(i) = base · U · P · A · M (yuan per person per year) */
  perHead: Float64Array[];
}

/** A fund's service lines: the lines it has, their use indexes and saving multipliers, and each status's arrays. */
export interface ServiceLineAssumptions {
  ids: ServiceLineId[];
  /** use index of each line U(i), 1 in the base year */
  useIndex: Float64Array[];
  /** multiplier of the savings on each line M(i) (1 = none) */
  lineMultiplier: Float64Array[];
  /** by status: 'actives' and 'retirees' (employee) or 'insured' (resident) */
  statuses: Record<string, ServiceLineStatus>;
}

/** Rules evaluated inside the projection loop (index = year − base year). */
export interface FundRules {
  topUp: { floorMonths: number; fromIndex: number } | null;
  rateAdjustment: { lever: LeverName; belowMonths: number; years: number; step: number; cap: number; fromIndex: number } | null;
}

/**
 * Validated assumptions of an employee pooled fund: one value per year of the timeline (typed
 * arrays, index 0 = base year) for members, contribution base, rates, account rules and spending.
 */
export interface EmployeeAssumptions extends FundAssumptionsBase {
  scheme: 'employee';
  actives: Float64Array;
  retirees: Float64Array;
  contributionBase: Float64Array;
  employerRate: Float64Array;
  employeeRate: Float64Array;
  collectionRate: Float64Array;
  retireeRate: Float64Array;
  pension: Float64Array;
  accountRule: ('pre2021' | 'post2021')[];
  employerShareToAccounts: Float64Array;
  retireeCreditShare: Float64Array;
  spendPerActive: Float64Array;
  spendPerRetiree: Float64Array;
  /** the service lines behind spendPerActive and spendPerRetiree (absent: spending is one per-head amount) */
  serviceLines?: ServiceLineAssumptions;
  /**
   * Age-detailed mode only: the membership projection behind `actives` and `retirees`, and the
   * age-mix indexes already multiplied into `spendPerActive` and `spendPerRetiree`.
   */
  membership?: FundMembership;
}

/**
 * Validated assumptions of a resident fund: one value per year of the timeline (index 0 = base
 * year) for the insured, per-head financing and spending.
 */
export interface ResidentAssumptions extends FundAssumptionsBase {
  scheme: 'resident';
  insured: Float64Array;
  subsidyPerHead: Float64Array;
  premiumPerHead: Float64Array;
  criticalIllnessPerHead: Float64Array;
  spendPerInsured: Float64Array;
  /** the service lines behind spendPerInsured (absent: spending is one per-head amount) */
  serviceLines?: ServiceLineAssumptions;
  /** Age-detailed mode only: the membership projection behind `insured`, and the age-mix index in `spendPerInsured`. */
  membership?: FundMembership;
}

/** A fund given as totals only (scheme: totals): own income and expenditure on their own growth paths. */
export interface TotalsAssumptions extends FundAssumptionsBase {
  scheme: 'totals';
  /** what the totals cover ('employee' → the official bands apply; the others: an extension) */
  pool: 'employee' | 'resident' | 'combined' | 'other';
  /** own income (all but interest and fiscal subsidy), grown: base × Π(1 + g) */
  ownIncome: Float64Array;
  /** multiplier on own income (1 = as projected; the `income_multiplier` lever, e.g. a rate rise across the board) */
  incomeMultiplier: Float64Array;
  /** expenditure before cost control, grown: base × Π(1 + g) */
  spending: Float64Array;
  /** a totals fund has no membership projection */
  membership?: undefined;
}

/** The validated assumptions of one fund: employee, resident or totals-only (tell them apart by `scheme`). */
export type FundAssumptions = EmployeeAssumptions | ResidentAssumptions | TotalsAssumptions;

/**
 * Everything `project` needs, validated and resolved year by year from a scenario
 * (`resolveAssumptions`): the timeline, units, bands, the reserve-months basis and each fund's
 * assumptions.
 */
export interface Assumptions {
  /**
   * `hash`: SHA-256 of the resolved scenario document (scenarioHash), re-hashed with each lever
   * moved on these assumptions (applyLever), so that a result traces to its inputs.
   */
  scenario: { id: string; name: string; nameZh: string | null; files: string[]; overlays: OverlayInfo[]; hash: string };
  timeline: Timeline;
  units: { money: string; persons: string };
  reserveMonthsBasis: 'current_year' | 'next_year';
  bands: Band[];
  /** true when the bands are the defaults (then the employee fund's basis is 'official') */
  defaultBands: boolean;
  funds: FundAssumptions[];
  /** warnings about the scenario's data (history consistency), located; empty when none */
  warnings: ScenarioWarning[];
  /** every parameter of the scenario as written, with its unit and source (listParameters) */
  parameters: ScenarioParameter[];
  /** the scenario's shock processes for Monte Carlo runs (null without a `stochastic` block; deterministic projections ignore it) */
  stochastic?: StochasticModel | null;
}
