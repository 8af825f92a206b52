import { FundcastError } from '../errors/FundcastError';
import type { DataFrame } from 'danfojs-node';
import type { ProjectionResult } from './types';
import { loadDanfo } from './loadDanfo';
import { resultRows } from './resultRows';

/**
 * The projection as a danfojs DataFrame, one row per fund and year (see resultRows for the
 * columns). Pass `fundId` to keep one fund. danfojs-node is an optional peer dependency, loaded
 * on first use only (~1.5 s), so the CLI and the engine never pay for it.
 *
 * @throws FundcastError `results.danfojsMissing` when danfojs-node is not installed (see loadDanfo)
 */
export function toDataFrame(result: ProjectionResult, fundId?: string): DataFrame {
  const dfd = loadDanfo();
  const { columns, rows } = resultRows(result);
  const kept = fundId === undefined ? rows : rows.filter((r) => r.fund === fundId);
  if (kept.length === 0) throw new FundcastError('results.noRows', { fundId });
  const used = columns.filter((c) => kept.some((r) => r[c] !== null));
  return new dfd.DataFrame(kept.map((r) => used.map((c) => r[c])), { columns: used });
}
