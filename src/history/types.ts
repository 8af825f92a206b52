/**
 * A fund's observed past (its history), after reading: one record per observed year, oldest first.
 * Every figure is in the scenario's units (money: `units.money`; counts: `units.persons`; per-head
 * amounts: yuan per person per year). A figure the source does not give is `null` (totals) or
 * absent (items, members, per-head amounts) — never guessed.
 */

/** Which report a year's figures come from: annual statistical bulletin (公报), quick report (快报), final accounts (决算), budget (预算), audit, other. */
export type HistoryReport = 'bulletin' | 'quick_report' | 'final_accounts' | 'budget' | 'audit' | 'other';
/** Pooled fund only (统筹基金), or pooled fund together with individual accounts (含个人账户). */
export type HistoryScope = 'pooled' | 'with_accounts';
/** Whether maternity insurance (生育保险, merged into the employee fund from 2019) is included. */
export type HistoryMaternity = 'included' | 'excluded';

/** The basis of a year's figures; null = not stated. Two years whose stated bases differ are not one series. */
export interface HistoryBasis {
  report: HistoryReport | null;
  scope: HistoryScope | null;
  maternity: HistoryMaternity | null;
}

/** Names of the member counts a history year may give. */
export const HISTORY_MEMBER_KEYS = ['actives', 'retirees', 'insured'] as const;
/** Names of the per-head standards a history year may give (yuan per person per year). */
export const HISTORY_PER_HEAD_KEYS = [
  'contribution_base',
  'pension',
  'spending_per_active',
  'spending_per_retiree',
  'spending_per_insured',
  'subsidy',
  'premium',
  'critical_illness',
  'disposable_income',
] as const;

/** Names of the ratios a history year may report as published (checkReportedFigures). */
export const HISTORY_REPORTED_KEYS = ['reserve_months', 'gap_rate', 'surplus_rate', 'balance_rate'] as const;
/** A published ratio a history year may report (one of HISTORY_REPORTED_KEYS). */
export type ReportedFigure = (typeof HISTORY_REPORTED_KEYS)[number];

/**
 * One observed year of a fund after reading and checking: the reported figures, `null` where the
 * report gives none (never estimated).
 */
export interface HistoryYear {
  year: number;
  /** total income (interest included, as the report counts it) */
  income: number | null;
  expenditure: number | null;
  /** current surplus as reported (当期结余); null when the report does not give it */
  surplus: number | null;
  /** cumulative balance at the end of the year (累计结余) */
  balance: number | null;
  incomeItems: Record<string, number>;
  expenditureItems: Record<string, number>;
  members: Partial<Record<(typeof HISTORY_MEMBER_KEYS)[number], number>>;
  perHead: Partial<Record<(typeof HISTORY_PER_HEAD_KEYS)[number], number>>;
  /** ratios as the report publishes them (months of reserve, gap rate, surplus rate, balance rate) */
  reported?: Partial<Record<ReportedFigure, number>>;
  /** the year's budget table by line (absent when the year gives none) */
  budgetLines?: HistoryBudgetLines;
  basis: HistoryBasis;
  source: string | null;
}

/**
 * A history year's budget table (社会保险基金收支预算表) by budget line id (money/budgetLines), in
 * `units.money`: what was executed (执行数) and what had been budgeted (预算数), with the volumes
 * the variance analysis uses (members the budget assumed; admissions or visits by line, 人次, in
 * `units.persons`). A line not given is absent — a line the region does not use — never 0.
 */
export interface HistoryBudgetLines {
  executed: Record<string, number>;
  budgeted: Record<string, number>;
  budgetedMembers: Record<string, number>;
  executedCases: Record<string, number>;
  budgetedCases: Record<string, number>;
}

/** Settings of the consistency checks (see checkHistory). */
export interface HistoryCheckSettings {
  /** a figure and its recomputation differ when |a − b| > max(absolute, relative × the largest term) */
  relativeTolerance: number;
  absoluteTolerance: number;
  /** year-on-year change of a total, member count or per-head amount above this share is flagged (0.25 = 25%) */
  jumpThreshold: number;
}

/** Where a figure of a history came from: the file (scenario or CSV) and its line. */
export interface HistoryLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A fund's observed years, read from the scenario or its CSV file, with the consistency-check
 * settings and a way to locate each figure in its file.
 */
export interface FundHistory {
  fund: string;
  years: HistoryYear[];
  checks: HistoryCheckSettings;
  /** `inline` (the scenario's `history.years`) or `csv` (a file named by `history.file`) */
  form: 'inline' | 'csv';
  /** the funds this fund is the combined pool of (`sum_of`), checked year by year; null when not stated */
  sumOf?: string[] | null;
  /**
   * Where the figure `field` of `year` was written, e.g. locate(2023, ['surplus']) or
   * locate(2023, ['income_items', 'interest']); the year's own line when the field is absent.
   */
  locate(year: number, field: readonly (string | number)[]): HistoryLocation;
}

export type { ScenarioWarning } from '../scenario/ScenarioWarning';
