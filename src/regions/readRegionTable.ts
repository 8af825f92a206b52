import { splitCsvLine } from '../general/splitCsvLine';
import { FundcastError } from '../errors/FundcastError';
import { readInputFile } from '../input/readInputFile';

/** One row of the region table: a pooling region's base data and local parameters. */
export interface RegionRow {
  id: string;
  name: string;
  nameZh?: string;
  /** insured persons in the base year (units.persons) */
  insured: number;
  /** base-year own income (all but interest), expenditure and closing balance (units.money); omitted when the history gives them */
  income?: number;
  expenditure?: number;
  balance?: number;
  incomeGrowth?: number;
  expenditureGrowth?: number;
  interestRate?: number;
  /** 1-based line in the table file */
  line: number;
}

const NUMERIC = { insured: 'insured', income: 'income', expenditure: 'expenditure', balance: 'balance', income_growth: 'incomeGrowth', expenditure_growth: 'expenditureGrowth', interest_rate: 'interestRate' } as const;
const COLUMNS = ['region', 'name', 'name_zh', ...Object.keys(NUMERIC)];
const REQUIRED = ['region', 'name', 'insured'];
/** Bounds checked here; the other columns are checked by the scenario schema, located back to their line. */
const BOUNDS: Record<string, [number, number]> = { insured: [0, 2e9] };

/**
 * Reads a region table (CSV, UTF-8, header line first; RFC 4180 quoting within a line; blank
 * lines skipped): one line per pooling region with the columns
 *   region (id: lower-case letters, digits, _ -), name, insured (units.persons) — required;
 *   name_zh, income, expenditure, balance (base-year own income, expenditure, closing balance in
 *   units.money; each may be left to the history), income_growth, expenditure_growth,
 *   interest_rate (local parameters; empty = the shared value).
 * Throws FundcastError with file, line and column for an unknown or missing column, a cell that is
 * not a number, insured outside 0 … 2·10⁹, a bad id, a duplicate region or an empty table.
 * @example readRegionTable('test/fixtures/regions/four-regions.csv')[0].id // 'city'
 */
export function readRegionTable(path: string, shownAs = path): RegionRow[] {
  const text = readInputFile(path, 'region table', undefined, shownAs);
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().replace(/^\uFEFF/, ''));
  const unknown = header.filter((h) => !COLUMNS.includes(h));
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (unknown.length || missing.length) {
    throw new FundcastError('regions.table.header', { file: shownAs, expected: `columns ${COLUMNS.join(', ')} (required: ${REQUIRED.join(', ')})`, found: unknown.length ? `unknown ${unknown.join(', ')}` : `no ${missing.join(', ')}` });
  }
  const rows: RegionRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, k) => {
    if (raw.trim() === '') return;
    const line = k + 2;
    const cells = splitCsvLine(raw).map((c) => c.trim());
    const cell = (name: string) => cells[header.indexOf(name)] ?? '';
    const bad = (column: string, expected: string, found: string): never => {
      throw new FundcastError('regions.table.column', { file: shownAs, line, column, expected, found: found === '' ? 'an empty cell' : `'${found}'` });
    };
    const id = cell('region');
    if (!/^[a-z][a-z0-9_-]*$/.test(id)) bad('region', 'a lower-case region id (letters, digits, _ -)', id);
    if (seen.has(id)) throw new FundcastError('regions.table.duplicate', { file: shownAs, line, region: id, first: seen.get(id)! });
    seen.set(id, line);
    const name = cell('name');
    if (name === '') bad('name', 'a name', name);
    const row: RegionRow = { id, name, insured: 0, line };
    if (cell('name_zh') !== '') row.nameZh = cell('name_zh');
    for (const [column, field] of Object.entries(NUMERIC)) {
      const s = cell(column);
      if (s === '') {
        if (REQUIRED.includes(column)) bad(column, 'a number', s);
        continue;
      }
      const v = Number(s);
      const [lo, hi] = BOUNDS[column] ?? [-Infinity, Infinity];
      if (!Number.isFinite(v) || v < lo || v > hi) bad(column, BOUNDS[column] ? `a number ${lo} … ${hi}` : 'a number', s);
      (row as unknown as Record<string, number>)[field] = v;
    }
    rows.push(row);
  });
  if (!rows.length) throw new FundcastError('regions.table.empty', { file: shownAs });
  return rows;
}
