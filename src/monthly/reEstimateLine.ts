import { MonthlyError } from './MonthlyError';
import { studentTQuantile } from './studentTQuantile';
import type { SeasonalProfile } from './types';

/** The full-year re-estimate of one line from its year-to-date figure (see reEstimateLine). */
export interface LineReEstimate {
  line: string;
  /** months observed so far, 1 … 12 (1 = January only) */
  month: number;
  /** the year-to-date figure A (Σ of the months observed) */
  yearToDate: number;
  /** the share of the year the profile expects by the end of `month`, c_{m−1} */
  expectedShare: number;
  /** Ŷ = A / c */
  estimate: number;
  /** the range of Y at the stated coverage: A / (c + q·s′) … A / (c − q·s′) (for A ≥ 0); when c − q·s′ ≤ 0 the end away from zero is null (unbounded) */
  low: number | null;
  high: number | null;
  /** the coverage the range was stated at (0.8 = the central 80 %) */
  coverage: number;
  /** the delta-method standard error of Ŷ, A·s′ / c² (what a balance range adds up) */
  standardError: number;
  /** the naive estimate A × 12 / month (年度累计 × 12 / 月数) */
  naive: number;
}

/**
 * The full-year re-estimate of one line from the months to date (年度预计): with year-to-date figure A
 * after `month` months and the line's profile share c = c_{month−1} with spread s (seasonalProfile),
 * Ŷ = A / c. December's figure is the year itself: c_11 = 1 and s_11 = 0 give Ŷ = A exactly.
 *
 * Range: the new year's share is taken as c + s′·T with s′ = s·√(1 + 1/n) (a prediction for a new year
 * from n past years) and T Student's t with n − 1 degrees of freedom (the normal when the profile is a
 * documented default, n = 0, s′ = s); the range of Y at coverage 1 − 2α is A / (c ± q·s′) with
 * q = t_{1−α}. Standard error by the delta method: A·s′ / c². Throws MonthlyError when the share is
 * not positive (nothing of the year is expected yet, so nothing can be scaled up).
 *
 * @example reEstimateLine({ line: 'income', cumulative: [1/12, 2/12, 3/12, 4/12, 5/12, 6/12, 7/12, 8/12, 9/12, 10/12, 11/12, 1], sd: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], years: [], source: 'default' }, 600, 6).estimate // 1200
 */
export function reEstimateLine(profile: SeasonalProfile, yearToDate: number, month: number, coverage = 0.8): LineReEstimate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new MonthlyError('monthly.month', { found: String(month) }, [profile.line]);
  if (!Number.isFinite(yearToDate)) throw new MonthlyError('monthly.notFinite', { line: profile.line, year: 0, month, found: String(yearToDate) }, [profile.line, month]);
  if (!(coverage > 0 && coverage < 1)) throw new MonthlyError('monthly.coverage', { found: String(coverage) }, [profile.line]);
  const c = profile.cumulative[month - 1]!;
  const s = profile.sd[month - 1]!;
  if (!(c > 0)) throw new MonthlyError('monthly.zeroShare', { line: profile.line, month, share: c }, [profile.line, month]);
  const n = profile.years.length;
  const spread = n >= 2 ? s * Math.sqrt(1 + 1 / n) : s;
  const q = n >= 2 ? studentTQuantile(0.5 + coverage / 2, n - 1) : studentTQuantile(0.5 + coverage / 2, Infinity);
  if (month === 12) return { line: profile.line, month, yearToDate, expectedShare: 1, estimate: yearToDate, low: yearToDate, high: yearToDate, coverage, standardError: 0, naive: yearToDate };
  const near = yearToDate / (c + q * spread); // the end nearer zero
  const far = c - q * spread > 0 ? yearToDate / (c - q * spread) : null; // null: no bound away from zero
  return {
    line: profile.line,
    month,
    yearToDate,
    expectedShare: c,
    estimate: yearToDate / c,
    low: yearToDate >= 0 ? near : far,
    high: yearToDate >= 0 ? far : near,
    coverage,
    standardError: (Math.abs(yearToDate) * spread) / (c * c),
    naive: (yearToDate * 12) / month,
  };
}
