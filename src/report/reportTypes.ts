import type { FundMonitor } from '../monthly/monitorFund';
import type { Lang } from '../results/labels';
import type { ProjectionResult } from '../results/types';
import type { Scenario } from '../scenario/scenarioSchema';

/** Text in both languages; the report shows the one of its language. */
export interface ReportText {
  zh: string;
  en: string;
}

/** Observed years of one fund (history), shown against the projection when given. */
export interface ReportHistory {
  fund: string;
  rows: { year: number; income: number | null; expenditure: number | null; balance: number | null }[];
  /** where the figures come from, e.g. "2021–2025 national bulletins" */
  source?: ReportText | string;
}

/** Quantiles of one stochastic outcome by year (e.g. from a Monte Carlo run), drawn as a fan. */
export interface ReportFan {
  fund: string;
  /** what the fan shows and its unit, e.g. months of reserve or balance in 亿元 */
  measure: 'reserveMonths' | 'balance';
  /** unit of the values, e.g. '亿元' or 'months' (shown on the axis) */
  unit: ReportText | string;
  /** the quantile levels drawn: outer and inner ranges, e.g. {outer: [0.025, 0.975], inner: [0.25, 0.75]} */
  levels: { outer: [number, number]; inner: [number, number] };
  /** per year: outer low, inner low, median, inner high, outer high */
  rows: { year: number; low: number; lowInner: number; median: number; highInner: number; high: number }[];
  /** number of simulated paths and the seed, stated under the chart */
  paths: number;
  seed: number | string;
  /** probability that the balance is exhausted by each year (optional row under the chart) */
  exhaustionProbability?: { year: number; probability: number }[];
}

/** One-at-a-time sensitivity of one outcome (a table; a tornado chart when the charts have one). */
export interface ReportSensitivity {
  fund: string;
  /** the outcome measured, e.g. "months of reserve in 2035", and its unit */
  outcome: ReportText | string;
  unit: ReportText | string;
  base: number;
  rows: { parameter: ReportText | string; low: number; high: number; outcomeLow: number; outcomeHigh: number; unit?: ReportText | string }[];
}

/** A budget table: rows of named amounts by column (e.g. years), with its unit. */
export interface ReportBudget {
  title: ReportText | string;
  unit: ReportText | string;
  columns: (ReportText | string)[];
  /** `total`: a subtotal or total row, printed in bold */
  rows: { label: ReportText | string; values: (number | null)[]; total?: boolean }[];
  source?: ReportText | string;
  /** decimals of the figures (default 1; 0 for a budget in whole yuan) */
  decimals?: number;
  /** sentences under the table, e.g. the checks and the budget-principle findings */
  notes?: (ReportText | string)[];
}

/** Inputs of {@link reportHtml}. */
export interface ReportInput {
  /** the projection shown (its identities are checked before writing) */
  result: ProjectionResult;
  /** the validated scenario it was projected from: the assumption table reads its parameters */
  scenario: Scenario;
  /** language; default zh when the scenario or one of its funds has a Chinese name, else en */
  lang?: Lang;
  /** a second projection of the same funds (e.g. without the reform overlays): adds a months-of-
   * reserve comparison chart per fund */
  compareWith?: { result: ProjectionResult; label: string; ownLabel: string };
  /** a footnote on every chart, e.g. "illustrative assumptions" */
  chartFootnote?: string | string[];
  /** optional sections; each appears only when given (and not empty). History defaults to the
   * observed years the projection carries (`funds[].history`). */
  history?: ReportHistory[];
  fans?: ReportFan[];
  sensitivity?: ReportSensitivity[];
  budget?: ReportBudget[];
  /** the current year month by month (monitorScenario), for the funds with monthly figures */
  monitor?: FundMonitor[];
  /** generator line in the notes; default "fundcast <the result's fundcastVersion>" (no date: the
   * same inputs give the same bytes) */
  generator?: string;
}
