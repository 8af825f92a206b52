import { cumulativeShares } from './cumulativeShares';
import { defaultSeasonalProfile } from './defaultSeasonalProfile';
import { MonthlyError } from './MonthlyError';
import type { DefaultProfileId, MonthlyYear, SeasonalProfile } from './types';

/** Options of seasonalProfile. */
export interface SeasonalProfileOptions {
  /** the default used when fewer than `minYears` past years are given (default `even`; see defaultProfileFor) */
  fallback?: DefaultProfileId;
  /** the fewest complete past years an estimate needs (default 3, at least 2: a spread needs two) */
  minYears?: number;
}

/**
 * The seasonal profile of one line (季节性进度): the share of the year's total reached by the end of
 * each month, estimated from the user's complete past years, with its spread across those years.
 *
 * For past years y = 1 … n with monthly flows x_{y,j}: C_{y,k} = Σ_{j≤k} x_{y,j} / Σ_{j<12} x_{y,j}
 * (cumulativeShares); the profile is c_k = (1/n) Σ_y C_{y,k} and its spread the sample standard
 * deviation sd_k = √(Σ_y (C_{y,k} − c_k)² / (n − 1)); c_11 = 1 and sd_11 = 0 exactly. With fewer than
 * `minYears` years it is the documented default `fallback` (defaultSeasonalProfile, docs/monthly.md),
 * and says so in `source`. Cost O(12 n).
 *
 * The result is plain data — `{ line, cumulative: number[12], sd: number[12], years, source }` — that
 * the re-estimate of the current year (reEstimateLine) and the monthly budget profile read.
 * Throws MonthlyError on a year without twelve finite monthly flows, a year whose total is not
 * positive, or a year given twice.
 *
 * @example
 * seasonalProfile('expenditure', [{ year: 2022, months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, { year: 2023, months: [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }], { minYears: 2 }).cumulative[0] // ≈ 0.1488
 */
export function seasonalProfile(line: string, pastYears: readonly MonthlyYear[], options: SeasonalProfileOptions = {}): SeasonalProfile {
  const minYears = Math.max(2, options.minYears ?? 3);
  const seen = new Set<number>();
  for (const y of pastYears) {
    if (seen.has(y.year)) throw new MonthlyError('monthly.duplicateYear', { line, year: y.year }, [line, y.year]);
    seen.add(y.year);
  }
  const shares = pastYears.map((y) => cumulativeShares(y.months, line, y.year));
  if (shares.length < minYears) return defaultSeasonalProfile(line, options.fallback ?? 'even');
  const n = shares.length;
  const cumulative = Array.from({ length: 12 }, (_, k) => shares.reduce((s, c) => s + c[k]!, 0) / n);
  const sd = cumulative.map((mean, k) => Math.sqrt(shares.reduce((s, c) => s + (c[k]! - mean) ** 2, 0) / (n - 1)));
  cumulative[11] = 1;
  sd[11] = 0;
  return { line, cumulative, sd, years: pastYears.map((y) => y.year), source: 'history' };
}
