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
 * @throws ChartError with the path of the first bad value (`fund.notObject`, `fund.noRows`,
 *   `row.year`, `row.yearOrder`, `row.notFinite`, `row.reserveMonths`, `history.year`, `history.notFinite`, `fund.keyYear`).
 */
export function assertFundLike(fund: FundLike): void {
  if (typeof fund !== 'object' || fund === null) {
    throw new ChartError('fund.notObject', [], 'fund must be an object', '基金数据必须是对象');
  }
  if (!Array.isArray(fund.rows) || fund.rows.length === 0) {
    throw new ChartError('fund.noRows', ['rows'], 'fund has no rows to plot', '基金没有可绘制的年度数据');
  }
  fund.rows.forEach((row, i) => {
    if (!isYear(row.year)) {
      throw new ChartError('row.year', ['rows', i, 'year'], `year must be an integer, got ${String(row.year)}`,
        `年份必须是整数，实际为 ${String(row.year)}`);
    }
    if (i > 0 && row.year <= fund.rows[i - 1].year) {
      throw new ChartError('row.yearOrder', ['rows', i, 'year'], `years must increase, ${row.year} follows ${fund.rows[i - 1].year}`,
        `年份必须递增，${row.year} 排在 ${fund.rows[i - 1].year} 之后`);
    }
    for (const field of MONEY_FIELDS) {
      if (typeof row[field] !== 'number' || !Number.isFinite(row[field])) {
        throw new ChartError('row.notFinite', ['rows', i, field], `${field} must be a finite number, got ${String(row[field])}`,
          `${field} 必须是有限数，实际为 ${String(row[field])}`);
      }
    }
    const months = row.reserveMonths;
    if (months !== null && (typeof months !== 'number' || !Number.isFinite(months))) {
      throw new ChartError('row.reserveMonths', ['rows', i, 'reserveMonths'],
        `reserveMonths must be a finite number or null, got ${String(months)}`,
        `reserveMonths 必须是有限数或 null，实际为 ${String(months)}`);
    }
  });
  (fund.history ?? []).forEach((row, i, all) => {
    const next = i + 1 < all.length ? all[i + 1].year : fund.rows[0].year;
    if (!isYear(row.year) || row.year >= next) {
      throw new ChartError('history.year', ['history', i, 'year'], `observed years must be integers, increasing, before the projection; got ${String(row.year)} before ${next}`,
        `实际年份必须为递增整数且早于预测年份，实际为 ${String(row.year)}（其后为 ${next}）`);
    }
    for (const field of ['income', 'expenditure', 'balance', 'reserveMonths'] as const) {
      const v = row[field];
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new ChartError('history.notFinite', ['history', i, field], `${field} must be a finite number or null, got ${String(v)}`,
          `${field} 必须是有限数或 null，实际为 ${String(v)}`);
      }
    }
  });
  for (const key of ['firstDeficitYear', 'exhaustionYear'] as const) {
    if (fund[key] !== null && !isYear(fund[key])) {
      throw new ChartError('fund.keyYear', [key], `${key} must be an integer year or null, got ${String(fund[key])}`,
        `${key} 必须是整数年份或 null，实际为 ${String(fund[key])}`);
    }
  }
}
