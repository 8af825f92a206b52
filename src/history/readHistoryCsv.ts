import { splitCsvLine } from '../general/splitCsvLine';
import { InputFileError } from '../input/InputFileError';
import { MAX_INPUT_BYTES, readInputFile } from '../input/readInputFile';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';

const BASIS_COLUMNS = ['report', 'scope', 'maternity'] as const;
const TOTALS = ['income', 'expenditure', 'surplus', 'balance'] as const;
const GROUPS: Record<string, string[]> = {
  income: ['income_items'],
  expenditure: ['expenditure_items'],
  members: ['members'],
  per_head: ['per_head'],
  // ratios as published (checkReportedFigures): reported.<ratio>
  reported: ['reported'],
  // the year's budget table by line (docs/budget.md): executed.<line>, budgeted.<line>, …
  executed: ['budget_lines', 'executed'],
  budgeted: ['budget_lines', 'budgeted'],
  budgeted_members: ['budget_lines', 'budgeted_members'],
  executed_cases: ['budget_lines', 'executed_cases'],
  budgeted_cases: ['budget_lines', 'budgeted_cases'],
};
const FIGURE_NAMES = 'income, expenditure, surplus, balance, income.<item>, expenditure.<item>, members.<status>, per_head.<standard>, reported.<ratio>, executed.<line>, budgeted.<line>, budgeted_members.<status>, executed_cases.<line>, budgeted_cases.<line>';

/** A history read from CSV, in the shape of the inline `years` block (validated afterwards by the same schema). */
export interface HistoryCsv {
  /** year → figures, as an inline `history.years` block would give them */
  years: Record<string, Record<string, unknown>>;
  /** where each figure is: key `${year}` (the year's first line) or `${year}/${field path joined by /}` */
  positions: Map<string, { line: number; column: number }>;
  issues: ScenarioIssue[];
}

/**
 * Reads a fund history from a CSV file (UTF-8, header line first, RFC 4180 quoting within a line,
 * blank lines skipped), in one of two layouts told apart by the header (docs/history.md):
 *
 *   long:  year,item,value[,fund][,report,scope,maternity][,source]   one figure per line
 *   wide:  year[,fund],income,expenditure,…[,report,scope,maternity][,source]   one year per line
 *
 * Figure names: income, expenditure, surplus, balance; income.<item>, expenditure.<item>;
 * members.actives|retirees|insured; per_head.<standard>; reported.<ratio> (reserve_months, gap_rate,
 * surplus_rate, balance_rate: as published) — the column names of `fundcast run
 * --format csv`; and the year's budget table by line: executed.<line>, budgeted.<line>,
 * budgeted_members.<status>, executed_cases.<line>, budgeted_cases.<line> (docs/budget.md). An empty cell is a figure not given. With a `fund` column only the rows whose fund
 * is `fund` are read. Only a regular file is read (readInputFile: not a folder, device or pipe, at
 * most MAX_INPUT_BYTES). Problems are returned as located issues (file, line, column), never thrown.
 */
export function readHistoryCsv(path: string, displayName: string, fund: string): HistoryCsv {
  const out: HistoryCsv = { years: {}, positions: new Map(), issues: [] };
  const fail = (line: number | undefined, column: number | undefined, code: string, en: string, zh: string, expected?: string, found?: string) =>
    out.issues.push({ file: displayName, path: [], line, column, code, expected, found, message: { en, zh } });
  let text: string;
  try {
    text = readInputFile(path, 'history file', MAX_INPUT_BYTES, displayName);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    out.issues.push({ file: displayName, path: [], code: e.code, expected: 'a regular CSV file of at most 4 MiB', found: displayName, message: { en: e.en, zh: e.zh } });
    return out;
  }
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  if (col('year') < 0) {
    fail(1, 1, 'missing_column', "a history CSV needs a 'year' column", "历史数据 CSV 需要 'year' 列", "a header with 'year'", header.join(','));
    return out;
  }
  const long = col('item') >= 0 && col('value') >= 0;
  const known = new Set(['year', 'fund', 'source', ...BASIS_COLUMNS, ...(long ? ['item', 'value'] : [])]);
  const figureColumns: { index: number; field: string[] }[] = [];
  header.forEach((h, i) => {
    if (known.has(h)) return;
    const field = long ? null : figureField(h);
    if (field) figureColumns.push({ index: i, field });
    else fail(1, i + 1, 'unknown_column', `unknown column '${h}' in a ${long ? 'long' : 'wide'} history CSV`, `${long ? '长' : '宽'}格式历史数据 CSV 中有未知列 '${h}'`, long ? 'year, item, value, fund, report, scope, maternity, source' : `year, fund, ${FIGURE_NAMES}, report, scope, maternity, source`, h);
  });
  if (out.issues.length) return out;
  const fundAt = col('fund');
  for (let n = 1; n < lines.length; n++) {
    if (lines[n].trim() === '') continue;
    const line = n + 1;
    const cells = splitCsvLine(lines[n]).map((c) => c.trim());
    if (cells.length !== header.length) {
      fail(line, 1, 'csv_cells', `expected ${header.length} cells, found ${cells.length}`, `应有 ${header.length} 个字段，实际 ${cells.length} 个`, `${header.length} cells`, String(cells.length));
      continue;
    }
    if (fundAt >= 0 && cells[fundAt] !== fund) continue;
    const yearText = cells[col('year')];
    if (!/^(18|19|2\d)\d\d$/.test(yearText)) {
      fail(line, col('year') + 1, 'invalid_year', `'${yearText}' is not a four-digit year`, `'${yearText}' 不是四位年份`, 'a four-digit year', yearText);
      continue;
    }
    const year = (out.years[yearText] ??= {});
    if (!out.positions.has(yearText)) out.positions.set(yearText, { line, column: 1 });
    const set = (field: string[], value: unknown, column: number) => {
      const key = `${yearText}/${field.join('/')}`;
      const seen = out.positions.get(key);
      if (seen && field[0] === 'source') {
        // several lines of one year may cite several tables: keep every distinct source
        const prev = String(getAt(year, field));
        if (!prev.split('; ').includes(String(value))) setAt(year, field, `${prev}; ${String(value)}`);
        return;
      }
      if (seen && field[0] !== 'basis') {
        fail(line, column, 'duplicate_figure', `${field.join('.')} of ${yearText} is given twice (first on line ${seen.line})`, `${yearText} 年的 ${field.join('.')} 重复给出（首次在第 ${seen.line} 行）`, 'one value per year', 'a second value');
        return;
      }
      if (seen && JSON.stringify(getAt(year, field)) !== JSON.stringify(value)) {
        fail(line, column, 'mixed_basis', `the lines of ${yearText} state different ${field.join('.')}: '${String(getAt(year, field))}' (line ${seen.line}) and '${String(value)}'`, `${yearText} 年各行的 ${field.join('.')} 不一致：'${String(getAt(year, field))}'（第 ${seen.line} 行）与 '${String(value)}'`, 'one basis per year', String(value));
        return;
      }
      out.positions.set(key, { line, column });
      setAt(year, field, value);
    };
    const figure = (field: string[], text: string, column: number) => {
      if (text === '') return;
      const value = Number(text);
      if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
        fail(line, column, 'invalid_type', `${field.join('.')} of ${yearText} is not a number: '${text}'`, `${yearText} 年的 ${field.join('.')} 不是数字：'${text}'`, 'a number', text);
        return;
      }
      set(field, value, column);
    };
    if (long) {
      const item = cells[col('item')];
      const field = figureField(item);
      if (!field) {
        fail(line, col('item') + 1, 'unknown_item', `unknown item '${item}'`, `未知项目 '${item}'`, FIGURE_NAMES, item);
        continue;
      }
      if (cells[col('value')] === '') fail(line, col('value') + 1, 'invalid_type', `${item} of ${yearText} has no value`, `${yearText} 年的 ${item} 没有数值`, 'a number', 'an empty cell');
      else figure(field, cells[col('value')], col('value') + 1);
    } else {
      for (const c of figureColumns) figure(c.field, cells[c.index], c.index + 1);
    }
    for (const b of BASIS_COLUMNS) if (col(b) >= 0 && cells[col(b)] !== '') set(['basis', b], cells[col(b)], col(b) + 1);
    if (col('source') >= 0 && cells[col('source')] !== '') set(['source'], cells[col('source')], col('source') + 1);
  }
  return out;
}

/** `income` → ['income']; `income.interest` → ['income_items', 'interest']; `executed.inpatient` → ['budget_lines', 'executed', 'inpatient']; else null. */
function figureField(name: string): string[] | null {
  if ((TOTALS as readonly string[]).includes(name)) return [name];
  const m = /^([a-z_]+)\.([a-z][a-z0-9_]*)$/.exec(name);
  if (m && GROUPS[m[1]]) return [...GROUPS[m[1]], m[2]];
  return null;
}

function getAt(o: Record<string, unknown>, field: string[]): unknown {
  let cur: unknown = o;
  for (const k of field) cur = (cur as Record<string, unknown> | undefined)?.[k];
  return cur;
}

function setAt(o: Record<string, unknown>, field: string[], value: unknown): void {
  let cur = o;
  for (const k of field.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[field[field.length - 1]] = value;
}
