import { ChartError } from './ChartError';
import type { FundLike } from './types';

const MONEY_FIELDS = ['income', 'expenditure', 'surplus', 'balance'] as const;

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * Checks that a fund result can be charted: at least one row, integer years strictly
 * increasing, finite income, expenditure, surplus and balance, reserve months finite or
 * null, and key years integer or null.
 *
 * @throws ChartError with the path of the first bad value (`charts.fund.notObject`, `charts.fund.noRows`,
 *   `charts.row.year`, `charts.row.yearOrder`, `charts.row.notFinite`, `charts.row.reserveMonths`, `charts.fund.keyYear`).
 */
export function assertFundLike(fund: FundLike): void {
  if (typeof fund !== 'object' || fund === null) {
    throw new ChartError('charts.fund.notObject', {}, []);
  }
  if (!Array.isArray(fund.rows) || fund.rows.length === 0) {
    throw new ChartError('charts.fund.noRows', {}, ['rows']);
  }
  fund.rows.forEach((row, i) => {
    if (!isYear(row.year)) {
      throw new ChartError('charts.row.year', { year: String(row.year) }, ['rows', i, 'year']);
    }
    if (i > 0 && row.year <= fund.rows[i - 1].year) {
      throw new ChartError('charts.row.yearOrder', { year: row.year, year2: fund.rows[i - 1].year }, ['rows', i, 'year']);
    }
    for (const field of MONEY_FIELDS) {
      if (typeof row[field] !== 'number' || !Number.isFinite(row[field])) {
        throw new ChartError('charts.row.notFinite', { field, rowValue: String(row[field]) }, ['rows', i, field]);
      }
    }
    const months = row.reserveMonths;
    if (months !== null && (typeof months !== 'number' || !Number.isFinite(months))) {
      throw new ChartError('charts.row.reserveMonths', { months: String(months) }, ['rows', i, 'reserveMonths']);
    }
  });
  for (const key of ['firstDeficitYear', 'exhaustionYear'] as const) {
    if (fund[key] !== null && !isYear(fund[key])) {
      throw new ChartError('charts.fund.keyYear', { key, fundValue: String(fund[key]) }, [key]);
    }
  }
}
