import { FundcastError } from '../errors/FundcastError';
import type { DataFrame } from 'danfojs-node';
import type { ProjectionResult } from './types';
import { loadDanfo } from './loadDanfo';
import { resultRows, type FlatRow } from './resultRows';

/**
 * The projection as a danfojs DataFrame, one row per fund and year (see resultRows for the
 * columns). Pass `fundId` to keep one fund, `columns` (e.g. READING_COLUMNS) and `digits` to read it. danfojs-node is an optional peer dependency, loaded
 * on first use only (~1.5 s), so the CLI and the engine never pay for it.
 *
 * @throws FundcastError `results.danfojsMissing` when danfojs-node is not installed (see loadDanfo)
 */
export function toDataFrame(result: ProjectionResult, fundId?: string, options: ToDataFrameOptions = {}): DataFrame {
  const dfd = loadDanfo();
  const { columns, rows } = resultRows(result);
  const kept = fundId === undefined ? rows : rows.filter((r) => r.fund === fundId);
  if (kept.length === 0) throw new FundcastError('results.noRows', { fundId });
  const chosen = options.columns ?? columns;
  const unknown = chosen.filter((c) => !columns.includes(c));
  if (unknown.length) throw new FundcastError('results.unknownColumns', { columns: unknown });
  const used = chosen.filter((c) => kept.some((r) => r[c] !== null));
  const round = (v: FlatRow[string]) => (options.digits !== undefined && typeof v === 'number' ? Number(v.toFixed(options.digits)) : v);
  return new dfd.DataFrame(kept.map((r) => used.map((c) => round(r[c]))), { columns: used });
}

export interface ToDataFrameOptions {
  /** the columns to keep, in this order (names as in resultRows); default every column with a value */
  columns?: string[];
  /** round numbers to this many decimals (for reading; the default keeps full precision for analysis) */
  digits?: number;
}

/** The columns a reader needs first: year, the fund's flows and balance, months of reserve and band. */
export const READING_COLUMNS = ['year', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band', 'observed'];
