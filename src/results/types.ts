import type { FundDemography } from './demographyTypes';
import type { HistoryBasis, HistoryBudgetLines, ScenarioWarning } from '../history/types';
import type { OverlayInfo } from '../scenario/overlaySchema';

/**
 * Results of a projection, as plain typed objects. The JSON printed by `fundcast run --format json`
 * is exactly a ProjectionResult; the fields marked (contract) are a stable interface other tools read.
 */

/** A warning band in months of reserve: lower ≤ M < upper (or ≤ upper when upperInclusive). */
export interface Band {
  id: string;
  labelEn: string;
  labelZh: string;
  /** Lower bound (null: unbounded below). Equal to the previous band's upper. */
  lower: number | null;
  /** Upper bound (null: unbounded above). */
  upper: number | null;
  upperInclusive: boolean;
}

/** One projected year of one fund. Money in `unit.money`, counts in `unit.persons`. */
export interface FundYearRow {
  /** (contract) calendar year */
  year: number;
  /** balance at the end of the previous year */
  openingBalance: number;
  /** (contract) total income I = Σ incomeItems (interest included) */
  income: number;
  /** (contract) total expenditure E = Σ expenditureItems */
  expenditure: number;
  /** (contract) current surplus S = I − E (当期结余) */
  surplus: number;
  /** (contract) cumulative balance B = openingBalance + S (累计结余) */
  balance: number;
  /** (contract) months of reserve M = B ÷ (E′/12), E′ per `reserveMonthsBasis`; null when E′ = 0 */
  reserveMonths: number | null;
  /** (contract) id of the warning band M falls in; 'no_expenditure' when M is null */
  band: string;
  /** gap rate (E − I) / I (缺口率); null when I = 0 */
  gapRate: number | null;
  /** balance rate B / I (累计结余率); null when I = 0 */
  balanceRate: number | null;
  /** active contributors per retiree (在职退休比); null for funds without retirees */
  dependencyRatio: number | null;
  /** members by status, e.g. {actives, retirees} or {insured} */
  members: Record<string, number>;
  incomeItems: Record<string, number>;
  expenditureItems: Record<string, number>;
  /** flows outside the fund shown for information (e.g. contributions to individual accounts) */
  memo: Record<string, number>;
  /** funds with `service_lines` only: benefit spending by service line (ids of SERVICE_LINE_IDS) */
  serviceLines?: Record<string, ServiceLineRow>;
  /** funds with `service_lines` only: the indicators bureaus are judged on */
  care?: CareIndicators;
}

/** One service line in one projected year (serviceLineRows). */
export interface ServiceLineRow {
  /** (contract) the line's benefit spending, units.money; the lines sum to the benefit items (to rounding) */
  spending: number;
  /** the line's share of benefit spending */
  share: number;
  /** growth of spending from the year before (null when it was 0) */
  growth: number | null;
  /** admissions or visits, units.persons (null: the line has no `use`) */
  cases: number | null;
  /** spending per case, yuan (null: no cases) */
  costPerCase: number | null;
  /**
   * change of spending from the year before split into members, aging (age-mix index), use (cases per
   * member), price (cost per case) and policy (cost control, line savings, levers), units.money;
   * log-mean Divisia (LMDI-I) per status, summed: the five parts sum to the change
   */
  change: { members: number; aging: number; use: number; price: number; policy: number };
}

/** Care indicators of one projected year (null when the line they need is absent). */
export interface CareIndicators {
  /** inpatient cost per admission (住院次均费用), yuan */
  costPerAdmission: number | null;
  /** growth of cost per admission from the year before */
  costPerAdmissionGrowth: number | null;
  /** admissions per member per year (住院率) */
  admissionRate: number | null;
  /** pharmacy line ÷ benefit spending (药占比 as the fund pays it) */
  drugShare: number | null;
  /** out-of-region line ÷ benefit spending (异地就医占比) */
  outOfRegionShare: number | null;
}

/**
 * One observed (history) year of one fund, in the shape of a projected row: the same fields where
 * the history gives them, null where it does not (never estimated). `surplus` is the reported
 * surplus, or I − E when only those are reported; `openingBalance` is the previous history year's
 * balance (null after a gap); months of reserve, band, gap and balance rates are computed from
 * the observed figures exactly as for projected years (null when a figure they need is missing).
 */
export interface ObservedYearRow {
  year: number;
  /** (contract) always true: an observed year, not a projection */
  observed: true;
  /** report, scope and maternity basis of the year's figures (null: not stated) */
  basis: HistoryBasis;
  source: string | null;
  openingBalance: number | null;
  income: number | null;
  expenditure: number | null;
  surplus: number | null;
  balance: number | null;
  reserveMonths: number | null;
  /** band id of the months of reserve; null when they are unknown */
  band: string | null;
  gapRate: number | null;
  balanceRate: number | null;
  dependencyRatio: number | null;
  members: Record<string, number>;
  incomeItems: Record<string, number>;
  expenditureItems: Record<string, number>;
  /** per-head standards in force (yuan per person per year) */
  perHead: Record<string, number>;
  /** the year's budget table by line, executed and budgeted (history `budget_lines`); absent when not given */
  budgetLines?: HistoryBudgetLines;
}

/** Base-year figures: as the model reproduces them, and as observed when the scenario gives them. */
export interface BaseYearSummary {
  year: number;
  balance: number;
  modelIncome: number;
  modelExpenditure: number;
  observedIncome: number | null;
  observedExpenditure: number | null;
  /**
   * The base year's own months of reserve: balance ÷ (E′/12), E′ the observed base-year
   * expenditure (or the model's when none is observed; next year's projected expenditure under
   * `reserveMonthsBasis: next_year`); null when E′ = 0.
   */
  reserveMonths: number | null;
  /** band id of `reserveMonths` ('no_expenditure' when null) */
  band: string;
}

/**
 * The current year (base year + 1) as the projection took it from the fund's monthly figures
 * (monthly/applyReEstimates): its re-estimated income and expenditure replace the model's, so the
 * projection starts from a partly observed year. Absent without monthly figures of that year.
 */
export interface CurrentYearEstimate {
  year: number;
  /** the last month observed, 1 … 12 */
  throughMonth: number;
  /** `all`: the twelve months are the year itself; `partial`: the months to date re-estimated to a full year */
  months: 'all' | 'partial';
  /** the re-estimated income Î and expenditure Ê the projection uses for the year */
  income: number;
  expenditure: number;
  /** what the model alone gave for the year (income with interest on the opening balance) */
  modelIncome: number;
  modelExpenditure: number;
  /** the re-estimate's year-end balance and its range at `coverage` (the reported balance to date carried forward) */
  balance: { estimate: number; low: number | null; high: number | null };
  coverage: number;
}

/** Something a rule did during the projection, e.g. a rate raised by the rate-adjustment rule. */
export interface FundEvent {
  year: number;
  kind: 'rate_adjustment';
  lever: string;
  from: number;
  to: number;
}

/**
 * The projection of one fund: its rows year by year, the first deficit and exhaustion years, the
 * base year as modelled and observed, and (age-detailed funds) its demography.
 */
export interface FundResult {
  /** (contract) fund id from the scenario */
  id: string;
  /** (contract) display name */
  name: string;
  nameZh: string | null;
  /** scheme model: employee pooled fund, resident fund, or a fund given as totals only (see totalsFlows) */
  scheme: 'employee' | 'resident' | 'totals';
  /** 'official' (employee pooled fund, 人社部发〔2009〕67号), 'extension' (same bands on another fund), 'custom' */
  bandBasis: 'official' | 'extension' | 'custom';
  /** (contract) first projected year with a current deficit (S < 0), or null */
  firstDeficitYear: number | null;
  /** (contract) first projected year whose balance is negative (exhaustion, 基金穿底), or null */
  exhaustionYear: number | null;
  base: BaseYearSummary;
  /** the current year re-estimated from monthly figures, as the projection used it (absent without them) */
  currentYear?: CurrentYearEstimate;
  /** what dynamic rules did (rate adjustments), in year order */
  events: FundEvent[];
  /** (contract) projected years, base year + 1 … end year */
  rows: FundYearRow[];
  /** (contract) observed years from the fund's history, oldest first, ending with the base year (empty without a history) */
  history: ObservedYearRow[];
  /** age-detailed funds only: members by status, dependency ratios, pyramid data, spending decomposition */
  demography?: FundDemography;
}

/**
 * What `project` returns, and the CLI's JSON contract: the scenario, units, bands, reserve-months
 * basis and every fund's projection.
 */
export interface ProjectionResult {
  /**
   * (contract) the scenario: id, names, years, files, overlays, and `hash` — SHA-256 of the
   * resolved scenario (after extends and overlays; the same inputs give the same hash), re-hashed
   * with any lever a solver or attribution moved
   */
  scenario: { id: string; name: string; nameZh: string | null; baseYear: number; endYear: number; files: string[]; overlays: OverlayInfo[]; hash: string };
  /** (contract) the version of fundcast that produced the result */
  fundcastVersion: string;
  /** (contract) units of money and counts */
  unit: { money: string; persons: string; perHead: 'yuan per person per year' };
  reserveMonthsBasis: 'current_year' | 'next_year';
  bands: Band[];
  /** (contract) one entry per fund */
  funds: FundResult[];
  /** (contract) warnings about the scenario's data (e.g. history consistency), located; empty when none */
  warnings: ScenarioWarning[];
}
