import { normalQuantile } from '../stochastic/normalQuantile';
import { lineProfile } from './lineProfile';
import { lineValue, monthlyLines } from './lineYears';
import { MonthlyError } from './MonthlyError';
import { reEstimateLine, type LineReEstimate } from './reEstimateLine';
import type { MonthlyHistory, SeasonalProfile } from './types';

/** An estimate with its range (null ends: unbounded, or not known). */
export interface RangedFigure {
  estimate: number;
  low: number | null;
  high: number | null;
}

/** The re-estimate of a fund's year from its months to date (reEstimateFund). */
export interface FundReEstimate {
  fund: string;
  year: number;
  /** the last month observed, 1 … 12 */
  month: number;
  /** each line's re-estimate (income and expenditure first, then their items), with the profile it used */
  lines: (LineReEstimate & { profile: SeasonalProfile })[];
  /** the balance the year started from (the base year's closing balance) */
  openingBalance: number;
  /** the balance at the end of `month`: as reported that month, else opening + year-to-date income − expenditure */
  balanceToDate: number;
  /** `reported` when the month's report gives its balance, `derived` otherwise */
  balanceToDateSource: 'reported' | 'derived';
  surplus: RangedFigure;
  balance: RangedFigure;
  /** months of reserve at year end, 12·B / E (null when the estimated expenditure is not positive) */
  reserveMonths: RangedFigure | null;
  coverage: number;
}

/**
 * The re-estimate of a fund's current year (or of `year`, for a backtest) from its months to date
 * (年度收支预计): each line Ŷ = A / c (reEstimateLine) with its profile estimated from the complete
 * years before `year` (lineProfile: seasonalProfile, or the scenario's default for the line, or
 * defaultProfileFor, when they are too few). Then, with B_m the balance at the end of month m (as reported, else
 * B_0 + A_I − A_E) and the estimates of total income Î and expenditure Ê:
 *
 *   Ŝ = Î − Ê,   B̂ = B_m + (Î − A_I) − (Ê − A_E),   M̂ = 12·B̂ / Ê
 *
 * The ranges of Ŝ and B̂ are ± z·√(se_I² + se_E²) (the two lines' delta-method errors taken as
 * independent, z the normal quantile of the coverage), M̂'s the balance range over Ê. With all twelve
 * months given everything is the year's own figures exactly (B̂ = B_12 or B_0 + I − E).
 * Throws MonthlyError when no month of the year is given or a line's year to date is unknown.
 */
export function reEstimateFund(h: MonthlyHistory, options: { scheme: string; openingBalance: number; year?: number; month?: number }): FundReEstimate {
  const year = options.year ?? h.currentYear;
  const months = h.years.get(year);
  const given = months?.filter((r) => r !== null) ?? [];
  const month = options.month ?? given[given.length - 1]?.month;
  if (!months || month === undefined || !months[month - 1]) throw new MonthlyError('monthly.noMonths', { fund: h.fund, period: `${year}${options.month ? `-${String(options.month).padStart(2, '0')}` : ''}` }, ['funds', h.fund, 'monthly']);
  const record = months[month - 1]!;
  const lines = [...new Set(['income', 'expenditure', ...monthlyLines(h)])].flatMap((line) => {
    const ytd = lineValue(record, line, 'ytd');
    if (ytd === null) {
      if (line === 'income' || line === 'expenditure') throw new MonthlyError('monthly.noYearToDate', { fund: h.fund, line, period: record.period }, ['funds', h.fund, 'monthly', 'months', record.period]);
      return [];
    }
    const profile = lineProfile(h, options.scheme, line, year);
    return [{ ...reEstimateLine(profile, ytd, month, h.coverage), profile }];
  });
  const income = lines.find((l) => l.line === 'income')!;
  const expenditure = lines.find((l) => l.line === 'expenditure')!;
  const derived = options.openingBalance + income.yearToDate - expenditure.yearToDate;
  const balanceToDate = record.balance ?? derived;
  const z = normalQuantile(0.5 + h.coverage / 2);
  const spread = z * Math.hypot(income.standardError, expenditure.standardError);
  const surplusEstimate = month === 12 ? income.yearToDate - expenditure.yearToDate : income.estimate - expenditure.estimate;
  const balanceEstimate = month === 12 ? balanceToDate : balanceToDate + (income.estimate - income.yearToDate) - (expenditure.estimate - expenditure.yearToDate);
  const balance = { estimate: balanceEstimate, low: balanceEstimate - spread, high: balanceEstimate + spread };
  const E = expenditure.estimate;
  return {
    fund: h.fund,
    year,
    month,
    lines,
    openingBalance: options.openingBalance,
    balanceToDate,
    balanceToDateSource: record.balance === null ? 'derived' : 'reported',
    surplus: { estimate: surplusEstimate, low: surplusEstimate - spread, high: surplusEstimate + spread },
    balance,
    reserveMonths: E > 0 ? { estimate: (12 * balance.estimate) / E, low: (12 * balance.low) / E, high: (12 * balance.high) / E } : null,
    coverage: h.coverage,
  };
}
