/**
 * The seasonal profile of one line of a fund's accounts: the share of the year's total reached by the
 * end of each month (a cumulative share, 累计进度), with its spread across the years it was estimated
 * from. Month index k = 0 … 11 is January … December.
 */
export interface SeasonalProfile {
  /** the line the profile belongs to, e.g. `income`, `expenditure`, `income.premium` */
  line: string;
  /** c[k] = mean over the years of (Σ_{j≤k} x_j) / (Σ_{j<12} x_j); non-decreasing for non-negative flows; c[11] = 1 exactly */
  cumulative: number[];
  /** sd[k] = the spread (standard deviation) of that share across years; sd[11] = 0 */
  sd: number[];
  /** how many years the spread rests on (the degrees of freedom of the range are n − 1); 0 for a default profile */
  years: number[];
  /** where the profile comes from: `history` (estimated from past years) or `default` (a documented default, see `defaultId`) */
  source: 'history' | 'default';
  /** the default profile used (DEFAULT_PROFILES), when source is `default` */
  defaultId?: DefaultProfileId;
}

/** The ids of the documented default profiles (DEFAULT_PROFILES, docs/monthly.md). */
export type DefaultProfileId = 'even' | 'resident_income_late';

/** One past year of one line, month by month: twelve monthly flows (not year-to-date), January first, in the scenario's money unit. */
export interface MonthlyYear {
  year: number;
  months: readonly number[];
}

/** One month of a fund after reading: its own flows (derived from year-to-date figures when those are given), stocks at its end. */
export interface MonthRecord {
  year: number;
  /** 1 … 12 */
  month: number;
  /** `YYYY-MM` */
  period: string;
  /** the month's own flows (当月); null where it cannot be known (not given, or the month before it missing on a year-to-date footing) */
  income: number | null;
  expenditure: number | null;
  incomeItems: Record<string, number | null>;
  expenditureItems: Record<string, number | null>;
  /** year-to-date flows at the month's end (累计); null where not known */
  ytdIncome: number | null;
  ytdExpenditure: number | null;
  ytdIncomeItems: Record<string, number | null>;
  ytdExpenditureItems: Record<string, number | null>;
  balance: number | null;
  members: Partial<Record<'actives' | 'retirees' | 'insured', number>>;
  basis: { report: string | null; scope: string | null; maternity: string | null };
  source: string | null;
}

/** Warning rules of the monthly analysis, with their defaults filled in (docs/monthly.md). */
export interface MonthlyRules {
  aheadOfProfile: number;
  deficitExpected: boolean;
  yearEndMonthsBelow: number;
  deficitMonthsRunning: number;
}

/** A fund's monthly figures after reading and checking: the months by year, the current year and the settings. */
export interface MonthlyHistory {
  fund: string;
  /** the footing the figures were written on */
  figures: 'year_to_date' | 'month';
  /** the current year: the base year + 1 (its months to date are re-estimated) */
  currentYear: number;
  /** year → its twelve months (null where a month is not given), oldest year first */
  years: Map<number, (MonthRecord | null)[]>;
  /** line → the default profile named in the scenario */
  profile: Record<string, DefaultProfileId>;
  minYears: number;
  coverage: number;
  rules: MonthlyRules;
  /** the approved budget of the current year by budget line id (`monthly.budget`, money units); empty when not given */
  budget: Record<string, number>;
  /** where a figure was written, e.g. locate('2026-03', ['income']) */
  locate(period: string, field: readonly (string | number)[]): { file: string; line?: number; column?: number };
}
