import type { ProjectionResult } from './types';
import { resultRows } from './resultRows';

/**
 * The projection as CSV (RFC 4180): a header line, then one line per fund and year (observed
 * history years first, `observed` true), numbers at full precision, empty cells for null. Money in the scenario's money unit.
 */
export function toCsv(result: ProjectionResult): string {
  const { columns, rows } = resultRows(result);
  const cell = (v: string | number | boolean | null) => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
