import { FundcastError } from '../errors/FundcastError';
import { createRequire } from 'node:module';
import type { DataFrame } from 'danfojs-node';
import type { ProjectionResult } from './types';
import { resultRows } from './resultRows';

/**
 * The projection as a danfojs DataFrame, one row per fund and year (see resultRows for the
 * columns). danfojs is loaded on first use only (it takes ~1.5 s to load), so the CLI and the
 * engine never pay for it. Pass `fundId` to keep one fund.
 */
export function toDataFrame(result: ProjectionResult, fundId?: string): DataFrame {
  const dfd = createRequire(__filename)('danfojs-node') as typeof import('danfojs-node');
  const { columns, rows } = resultRows(result);
  const kept = fundId === undefined ? rows : rows.filter((r) => r.fund === fundId);
  if (kept.length === 0) throw new FundcastError('results.noRows', { fundId });
  const used = columns.filter((c) => kept.some((r) => r[c] !== null));
  return new dfd.DataFrame(kept.map((r) => used.map((c) => r[c])), { columns: used });
}
