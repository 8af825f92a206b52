import type { ProjectionResult } from './types';
import { resultRows } from './resultRows';
import { csvField } from '../general/csvField';

/**
 * The projection as CSV (RFC 4180): a header line, then one line per fund and year (observed
 * history years first, `observed` true), numbers at full precision, empty cells for null. Money in the scenario's money unit.
 */
export function toCsv(result: ProjectionResult): string {
  const { columns, rows } = resultRows(result);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}
