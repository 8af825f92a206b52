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
