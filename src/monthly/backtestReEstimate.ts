import { lineValue } from './lineYears';
import { reEstimateFund } from './reEstimateFund';
import type { MonthlyHistory } from './types';

/** One line's re-estimate errors by month of the year (backtestReEstimate). */
export interface ReEstimateBacktestMonth {
  month: number;
  /** how many past years were re-estimated from this month */
  n: number;
  /** mean absolute % error of Ŷ = A / c against the year's outcome (0.05 = 5 %) */
  mape: number | null;
  /** the share of those years whose outcome fell inside the stated range */
  coverage: number | null;
  /** mean absolute % error of the naive A × 12 / month */
  naiveMape: number | null;
}

/** The backtest of the re-estimate on a fund's own monthly history, for `income` and `expenditure`. */
export interface ReEstimateBacktest {
  fund: string;
  /** the past years re-estimated (those with all twelve months of both lines and a positive total) */
  years: number[];
  /** the stated coverage of the ranges */
  coverage: number;
  lines: { line: 'income' | 'expenditure'; byMonth: ReEstimateBacktestMonth[] }[];
}

/**
 * Backtest of the re-estimate of the year on the user's own monthly history (回测): for each past
 * year y with all twelve months of income and expenditure, and each month m = 1 … 12, the year is
 * re-estimated from its first m months with the profile estimated from the complete years BEFORE y
 * only (or the default, when they are too few) — what the method would have said at the time — and
 * compared with the year's outcome Y (its December year to date):
 *
 *   MAPE_m = mean_y |Ŷ_{y,m} / Y_y − 1|,   coverage_m = share of y with low ≤ Y_y ≤ high,
 *
 * beside the naive A × 12 / m. December is exact by construction (MAPE 0, coverage 1). Years with a
 * non-positive outcome are left out (a percentage error of zero means nothing); with no year to score,
 * the figures are null.
 */
export function backtestReEstimate(h: MonthlyHistory, scheme: string): ReEstimateBacktest {
  const past = [...h.years.entries()].filter(([year, months]) => year < h.currentYear && months.every((r) => r !== null)).map(([year]) => year);
  const years = past.filter((year) => ['income', 'expenditure'].every((l) => (lineValue(h.years.get(year)![11]!, l, 'ytd') ?? 0) > 0));
  const lines = (['income', 'expenditure'] as const).map((line) => {
    const byMonth: ReEstimateBacktestMonth[] = [];
    for (let month = 1; month <= 12; month++) {
      let ape = 0;
      let naive = 0;
      let covered = 0;
      for (const year of years) {
        const outcome = lineValue(h.years.get(year)![11]!, line, 'ytd')!;
        const r = reEstimateFund(h, { scheme, openingBalance: 0, year, month }).lines.find((l) => l.line === line)!;
        ape += Math.abs(r.estimate / outcome - 1);
        naive += Math.abs(r.naive / outcome - 1);
        if ((r.low === null || r.low <= outcome) && (r.high === null || outcome <= r.high)) covered++;
      }
      const n = years.length;
      byMonth.push({ month, n, mape: n ? ape / n : null, coverage: n ? covered / n : null, naiveMape: n ? naive / n : null });
    }
    return { line, byMonth };
  });
  return { fund: h.fund, years, coverage: h.coverage, lines };
}
