import { splitCsvLine } from '../general/splitCsvLine';
import { InputFileError } from '../input/InputFileError';
import { MAX_INPUT_BYTES, readInputFile } from '../input/readInputFile';
import { messages } from '../messages/message';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';

/** Monthly figures read from a table, in the shape of an inline `monthly.months` block (validated afterwards by the same schema). */
export interface MonthlyTable {
  /** `YYYY-MM` → that month's figures, as an inline `months` entry would give them */
  months: Record<string, Record<string, unknown>>;
  /** where each figure is: key `${period}` (the month's first cell) or `${period}/${field path joined by /}` */
  positions: Map<string, { line: number; column: number }>;
  issues: ScenarioIssue[];
}

/** One row of a table: its 1-based line (CSV) or row (sheet) number and its cells, trimmed. */
export interface TableRow {
  line: number;
  cells: string[];
}

const BASIS_COLUMNS = ['report', 'scope', 'maternity'] as const;
const FOOTINGS: Record<string, 'year_to_date' | 'month'> = { year_to_date: 'year_to_date', ytd: 'year_to_date', 累计: 'year_to_date', month: 'month', 当月: 'month' };

/** The month number of a month column header of the wide-by-year layout (`m01`, `m1`, `01`, `1`, `1月` → 1), or null. */
function monthColumn(h: string): number | null {
  const m = /^(?:m)?(0?[1-9]|1[0-2])(?:月)?$/.exec(h);
  return m ? Number(m[1]) : null;
}

/** `income` → ['income']; `income.premium` → ['income_items', 'premium']; `members.actives` → ['members', 'actives']; else null. */
export function monthlyField(name: string): string[] | null {
  if (name === 'income' || name === 'expenditure' || name === 'balance') return [name];
  const m = /^(income|expenditure|members)\.([a-z][a-z0-9_]*)$/.exec(name);
  if (!m) return null;
  if (m[1] === 'members') return ['actives', 'retirees', 'insured'].includes(m[2]!) ? ['members', m[2]!] : null;
  return [`${m[1]}_items`, m[2]!];
}

/**
 * Reads a fund's monthly figures from a CSV file (UTF-8, header first, RFC 4180 quoting within a
 * line, blank lines skipped) in one of the layouts of monthlyTable (docs/monthly.md). Only a regular
 * file of at most MAX_INPUT_BYTES is read. Problems are returned as located issues, never thrown.
 */
export function readMonthlyCsv(path: string, displayName: string, fund: string, figures: 'year_to_date' | 'month'): MonthlyTable {
  let text: string;
  try {
    text = readInputFile(path, 'monthly file', MAX_INPUT_BYTES, displayName);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    return { months: {}, positions: new Map(), issues: [{ file: displayName, path: [], code: e.code, expected: 'a regular CSV file of at most 4 MiB', found: displayName, message: { en: e.en, zh: e.zh } }] };
  }
  const rows = text.split(/\r?\n/).flatMap((l, n) => (l.trim() === '' ? [] : [{ line: n + 1, cells: splitCsvLine(l).map((c) => c.trim()) }]));
  return monthlyTable(rows, displayName, fund, figures);
}

/**
 * Monthly figures from the rows of a table (the first row its header), in one of three layouts told
 * apart by the header (docs/monthly.md, "Monthly figures in a file"):
 *
 *   long:           [fund,]line,year,month,value[,basis][,report,scope,maternity][,source]   one figure per row
 *   wide by month:  [fund,]year,month,income,expenditure,…[,basis]…                         one month per row
 *   wide by year:   [fund,]line,year,m01,…,m12[,basis]…                                     one line's year per row
 *
 * (`period` = `YYYY-MM` may stand for year and month.) Lines: income, expenditure, balance,
 * income.<item>, expenditure.<item>, members.actives|retirees|insured. An empty cell is a figure not
 * given. `basis` states the footing of a row's flows — year_to_date (ytd, 累计) or month (当月) — and
 * must agree with the block's `figures` (a row on another footing would be read wrongly). With a
 * `fund` column only the rows of `fund` are read. Errors are located (file, line, column) in English
 * and Chinese: a missing or unknown column, a bad year, month or number, an unknown line, a figure
 * given twice, a footing other than `figures`, and differing report/scope/maternity within a month.
 */
export function monthlyTable(rows: readonly TableRow[], displayName: string, fund: string, figures: 'year_to_date' | 'month'): MonthlyTable {
  const out: MonthlyTable = { months: {}, positions: new Map(), issues: [] };
  const fail = (line: number, column: number, code: string, message: { en: string; zh: string }, expected: string, found: string) =>
    out.issues.push({ file: displayName, path: [], line, column, code, expected, found, message });
  const header = rows[0]?.cells ?? [];
  const headerLine = rows[0]?.line ?? 1;
  const col = (name: string) => header.indexOf(name);
  const monthCols = header.flatMap((h, i) => (monthColumn(h) === null ? [] : [{ index: i, month: monthColumn(h)! }]));
  const hasPeriod = col('period') >= 0;
  const hasMonth = hasPeriod || (col('year') >= 0 && col('month') >= 0);
  const layout = col('line') >= 0 && col('value') >= 0 && hasMonth ? 'long' : col('line') >= 0 && col('year') >= 0 && monthCols.length > 0 ? 'byYear' : hasMonth ? 'byMonth' : null;
  if (layout === null) {
    fail(headerLine, 1, 'missing_column', messages('monthly.file.layout', {}), 'line,year,month,value | year,month,<lines> | line,year,m01…m12', header.join(','));
    return out;
  }
  const known = new Set(['fund', 'basis', 'source', ...BASIS_COLUMNS, ...(hasPeriod ? ['period'] : ['year', 'month']), ...(layout === 'long' ? ['line', 'value'] : layout === 'byYear' ? ['line', 'year'] : [])]);
  const lineColumns: { index: number; field: string[] }[] = [];
  header.forEach((h, i) => {
    if (known.has(h) || (layout === 'byYear' && monthColumn(h) !== null)) return;
    const field = layout === 'byMonth' ? monthlyField(h) : null;
    if (field) lineColumns.push({ index: i, field });
    else fail(headerLine, i + 1, 'unknown_column', messages('monthly.file.unknownColumn', { column: h }), 'fund, line, year, month, period, value, basis, report, scope, maternity, source, income, expenditure, balance, income.<item>, expenditure.<item>, members.<status>, m01…m12', h);
  });
  if (layout === 'byYear') {
    const seen = new Map<number, number>();
    for (const c of monthCols) {
      if (seen.has(c.month)) fail(headerLine, c.index + 1, 'duplicate_column', messages('monthly.file.duplicateColumn', { column: header[c.index]! }), 'each month once', header[c.index]!);
      seen.set(c.month, c.index);
    }
  }
  if (out.issues.length) return out;
  const fundAt = col('fund');
  for (const row of rows.slice(1)) {
    const { line, cells } = row;
    if (cells.length !== header.length) {
      fail(line, 1, 'csv_cells', messages('monthly.file.cells', { expected: header.length, found: cells.length }), `${header.length} cells`, String(cells.length));
      continue;
    }
    if (fundAt >= 0 && cells[fundAt] !== fund) continue;
    // the year (and month) of the row
    let year: string;
    let month: string | null = null;
    if (hasPeriod) {
      const p = cells[col('period')]!;
      const m = /^((?:18|19|2\d)\d\d)-(0[1-9]|1[0-2])$/.exec(p);
      if (!m) {
        fail(line, col('period') + 1, 'invalid_month', messages('monthly.file.period', { found: p }), 'a month written YYYY-MM', p);
        continue;
      }
      [year, month] = [m[1]!, m[2]!];
    } else {
      year = cells[col('year')]!;
      if (!/^(18|19|2\d)\d\d$/.test(year)) {
        fail(line, col('year') + 1, 'invalid_year', messages('monthly.file.year', { found: year }), 'a four-digit year', year);
        continue;
      }
      if (layout !== 'byYear') {
        const m = cells[col('month')]!;
        if (!/^(0?[1-9]|1[0-2])$/.test(m)) {
          fail(line, col('month') + 1, 'invalid_month', messages('monthly.file.month', { found: m }), 'a month number 1 … 12', m);
          continue;
        }
        month = m.padStart(2, '0');
      }
    }
    const b = col('basis');
    if (b >= 0 && cells[b] !== '') {
      const footing = FOOTINGS[cells[b]!];
      if (footing === undefined) {
        fail(line, b + 1, 'invalid_value', messages('monthly.file.basis', { found: cells[b]! }), 'year_to_date (ytd, 累计) or month (当月)', cells[b]!);
        continue;
      }
      if (footing !== figures) {
        fail(line, b + 1, 'monthly_footing', messages('monthly.file.footing', { found: cells[b]!, figures }), figures, cells[b]!);
        continue;
      }
    }
    // the figures of the row: (month, field, text, column)
    const put: { month: string; field: string[]; text: string; column: number }[] = [];
    if (layout === 'long' || layout === 'byYear') {
      const name = cells[col('line')]!;
      const field = monthlyField(name);
      if (!field) {
        fail(line, col('line') + 1, 'unknown_line', messages('monthly.file.line', { found: name }), 'income, expenditure, balance, income.<item>, expenditure.<item>, members.actives|retirees|insured', name);
        continue;
      }
      if (layout === 'long') {
        if (cells[col('value')] === '') fail(line, col('value') + 1, 'invalid_type', messages('monthly.file.noValue', { line: name, period: `${year}-${month}` }), 'a number', 'an empty cell');
        else put.push({ month: month!, field, text: cells[col('value')]!, column: col('value') + 1 });
      } else for (const c of monthCols) put.push({ month: String(c.month).padStart(2, '0'), field, text: cells[c.index]!, column: c.index + 1 });
    } else for (const c of lineColumns) put.push({ month: month!, field: c.field, text: cells[c.index]!, column: c.index + 1 });
    const periods = new Set<string>();
    for (const p of put) {
      if (p.text === '') continue;
      const period = `${year}-${p.month}`;
      const value = Number(p.text);
      if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(p.text)) {
        fail(line, p.column, 'invalid_type', messages('monthly.file.number', { field: p.field.join('.'), period, found: p.text }), 'a number', p.text);
        continue;
      }
      const key = `${period}/${p.field.join('/')}`;
      const seen = out.positions.get(key);
      if (seen) {
        fail(line, p.column, 'duplicate_figure', messages('monthly.file.duplicate', { field: p.field.join('.'), period, first: seen.line }), 'one value per month', 'a second value');
        continue;
      }
      set(out, period, p.field, value, { line, column: p.column });
      periods.add(period);
    }
    // the basis and source of the row apply to every month it gave a figure of
    for (const period of periods) {
      for (const k of BASIS_COLUMNS) if (col(k) >= 0 && cells[col(k)] !== '') setStated(out, period, ['basis', k], cells[col(k)]!, { line, column: col(k) + 1 }, fail);
      if (col('source') >= 0 && cells[col('source')] !== '') {
        const key = `${period}/source`;
        const prev = out.months[period]!.source as string | undefined;
        if (prev === undefined) set(out, period, ['source'], cells[col('source')]!, { line, column: col('source') + 1 });
        else if (!prev.split('; ').includes(cells[col('source')]!)) out.months[period]!.source = `${prev}; ${cells[col('source')]!}`;
        out.positions.set(key, out.positions.get(key) ?? { line, column: col('source') + 1 });
      }
    }
  }
  return out;
}

/** Sets one figure of a month and records where it was. */
function set(out: MonthlyTable, period: string, field: string[], value: unknown, at: { line: number; column: number }): void {
  const month = (out.months[period] ??= {});
  if (!out.positions.has(period)) out.positions.set(period, at);
  let cur: Record<string, unknown> = month;
  for (const k of field.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[field[field.length - 1]!] = value;
  out.positions.set(`${period}/${field.join('/')}`, at);
}

/** A basis field of a month: the rows of one month must state the same value. */
function setStated(
  out: MonthlyTable,
  period: string,
  field: ['basis', string],
  value: string,
  at: { line: number; column: number },
  fail: (line: number, column: number, code: string, message: { en: string; zh: string }, expected: string, found: string) => void,
): void {
  const key = `${period}/${field.join('/')}`;
  const seen = out.positions.get(key);
  const prev = (out.months[period]!.basis as Record<string, string> | undefined)?.[field[1]];
  if (seen && prev !== value) fail(at.line, at.column, 'mixed_basis', messages('monthly.file.mixedBasis', { field: field[1], period, first: prev!, firstLine: seen.line, found: value }), 'one basis per month', value);
  else if (!seen) set(out, period, field, value, at);
}
