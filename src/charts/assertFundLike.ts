import { ChartError } from './ChartError';
import type { FundLike } from './types';

const MONEY_FIELDS = ['income', 'expenditure', 'surplus', 'balance'] as const;

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * Checks that a fund result can be charted: at least one row, integer years strictly
 * increasing, finite income, expenditure, surplus and balance, reserve months finite or
 * null, and key years integer or null; observed (history) years, when given, integers increasing
 * and before the first projected year, their figures finite or null.
 *
 * @throws ChartError with the path of the first bad value (`charts.fund.notObject`, `charts.fund.noRows`,
 *   `charts.row.year`, `charts.row.yearOrder`, `charts.row.notFinite`, `charts.row.reserveMonths`,
 *   `charts.history.year`, `charts.history.notFinite`, `charts.fund.keyYear`).
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
  (fund.history ?? []).forEach((row, i, all) => {
    const next = i + 1 < all.length ? all[i + 1].year : fund.rows[0].year;
    if (!isYear(row.year) || row.year >= next) {
      throw new ChartError('charts.history.year', { year: String(row.year), next }, ['history', i, 'year']);
    }
    for (const field of ['income', 'expenditure', 'balance', 'reserveMonths'] as const) {
      const v = row[field];
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new ChartError('charts.history.notFinite', { field, value: String(v) }, ['history', i, field]);
      }
    }
  });
  for (const key of ['firstDeficitYear', 'exhaustionYear'] as const) {
    if (fund[key] !== null && !isYear(fund[key])) {
      throw new ChartError('charts.fund.keyYear', { key, fundValue: String(fund[key]) }, [key]);
    }
  }
}
