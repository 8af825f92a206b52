import type ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { readBudgetLinesSheet, type BudgetLinesSheetContent } from './budgetLinesSheet';
import { INPUT_SHEETS, PARAMETER_COLUMNS } from './inputWorkbook';
import { loadExcel } from './loadExcel';
import { csvField } from '../general/csvField';

/** What an input workbook holds, as the files a scenario reads. */
export interface InputWorkbookContent {
  /** the history sheet as a wide history CSV (docs/history.md), or null when the sheet is absent or empty */
  historyCsv: string | null;
  /** the `monthly` sheet, when the workbook has one, as a monthly CSV (docs/monthly.md: any of its layouts, read by readMonthlyCsv), else null */
  monthlyCsv: string | null;
  /** the parameters sheet as the `changes` of an overlay: {funds: {id: {path: value | {year: value}}}} */
  changes: Record<string, unknown> | null;
  /** problems found, each located by sheet, row and column (file = `book.xlsx!sheet`) */
  issues: ScenarioIssue[];
}

/** The optional sheet of monthly figures (docs/monthly.md), imported as monthly.csv. */
export const MONTHLY_SHEET = 'monthly';

/** A cell's plain value: numbers stay numbers, formulas give their stored result, blanks are null. */
function plain(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'object' && 'result' in v) return plain((v as { result: ExcelJS.CellValue }).result);
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  return String(v);
}


/**
 * Reads an input workbook (the layout `inputWorkbook` writes; docs/excel.md). The history sheet,
 * with the budget_lines sheet's executed and budgeted figures as columns executed.<line> /
 * budgeted.<line> (mergeBudgetLines), becomes a wide history CSV — numbers written with JavaScript's shortest round-trip form, so every
 * figure reads back as the same double; the parameters sheet becomes overlay changes (a constant, or
 * a year map, or `{interpolate: linear, values}`). Problems are returned as located issues
 * (`book.xlsx!parameters`, row, column, expected, found) in English and Chinese, never guessed at.
 */
export async function readInputWorkbook(bytes: Uint8Array, displayName = 'workbook.xlsx'): Promise<InputWorkbookContent> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const issues: ScenarioIssue[] = [];
  const issue = (sheet: string, row: number, column: number, path: (string | number)[], expected: string, found: string, en: string, zh: string) =>
    issues.push({ file: `${displayName}!${sheet}`, line: row, column, path, code: 'xlsx_cell', expected, found, message: { en, zh } });
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    issue('', 0, 0, [], 'an .xlsx workbook', String((e as Error).message).slice(0, 120), 'not a readable .xlsx workbook', '不是可读取的 .xlsx 工作簿');
    return { historyCsv: null, monthlyCsv: null, changes: null, issues };
  }

  const hs = wb.getWorksheet(INPUT_SHEETS.history);
  const ps = wb.getWorksheet(INPUT_SHEETS.parameters);
  const ms = wb.getWorksheet(MONTHLY_SHEET);
  const bs = wb.getWorksheet(INPUT_SHEETS.budgetLines);
  // a zip without workbook parts loads as a workbook with no sheets: nothing to import is an error,
  // not an empty success (the command would write only its manifest)
  if (!(hs && hs.rowCount > 1) && !(ps && ps.rowCount > 1) && !(ms && ms.rowCount > 1) && !(bs && bs.rowCount > 1)) {
    const sheets = wb.worksheets.map((w) => w.name).join(', ') || 'no sheet';
    issue('', 0, 0, [], `a '${INPUT_SHEETS.history}' or '${INPUT_SHEETS.parameters}' sheet with rows (fundcast template)`, sheets,
      `nothing to import: the workbook has no '${INPUT_SHEETS.history}' or '${INPUT_SHEETS.parameters}' sheet with rows (nor a '${MONTHLY_SHEET}' sheet; found: ${sheets}); start from \`fundcast template\``,
      `没有可导入的内容：工作簿中没有含数据行的“${INPUT_SHEETS.history}”或“${INPUT_SHEETS.parameters}”工作表（也没有“${MONTHLY_SHEET}”工作表；实际为：${sheets}）；请从 \`fundcast template\` 生成的工作簿开始`);
    return { historyCsv: null, monthlyCsv: null, changes: null, issues };
  }

  const history = hs && hs.rowCount > 1 ? sheetRows(hs) : { header: [], rows: [] };
  if (bs && bs.rowCount > 1) {
    const budget = readBudgetLinesSheet(bs, displayName, plain);
    issues.push(...budget.issues);
    if (budget.issues.length === 0)
      history.header = mergeBudgetLines(history.header, history.rows, budget, (row, column, en, zh) => issue(INPUT_SHEETS.budgetLines, row, column, [INPUT_SHEETS.budgetLines, row], 'the figure on one sheet only', 'both sheets', en, zh));
  }
  const historyCsv = history.rows.length ? rowsCsv(history.header, history.rows) : null;
  const monthlyCsv = ms && ms.rowCount > 1 ? sheetCsv(ms) : null;

  let changes: Record<string, unknown> | null = null;
  if (ps && ps.rowCount > 1) {
    const header = (ps.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(plain(v) ?? ''));
    const col = Object.fromEntries(PARAMETER_COLUMNS.map((c) => [c, header.indexOf(c) + 1]));
    for (const c of ['fund', 'parameter', 'value'] as const) {
      if (col[c] === 0) issue(INPUT_SHEETS.parameters, 1, 0, [c], `a column '${c}'`, header.join(', '), `the parameters sheet has no '${c}' column`, `parameters 工作表缺少“${c}”列`);
    }
    if (issues.length === 0) {
      const series = new Map<string, { fund: string; path: string[]; constant?: number | string; years: Record<string, number | string>; linear: boolean; row: number }>();
      ps.eachRow((row, n) => {
        if (n === 1) return;
        const fund = plain(row.getCell(col.fund).value);
        const parameter = plain(row.getCell(col.parameter).value);
        const year = col.year ? plain(row.getCell(col.year).value) : null;
        const value = plain(row.getCell(col.value).value);
        const interpolate = col.interpolate ? plain(row.getCell(col.interpolate).value) : null;
        if (fund === null && parameter === null && value === null) return;
        const where = [INPUT_SHEETS.parameters, n];
        if (typeof fund !== 'string' || !/^[a-z][a-z0-9_-]*$/.test(fund)) return void issue(INPUT_SHEETS.parameters, n, col.fund, where, 'a fund id', String(fund), `row ${n}: fund must be a fund id`, `第${n}行：fund 须为基金标识`);
        if (typeof parameter !== 'string' || !/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/.test(parameter)) return void issue(INPUT_SHEETS.parameters, n, col.parameter, where, 'a parameter path such as members.active_growth', String(parameter), `row ${n}: parameter must be a path below the fund`, `第${n}行：parameter 须为基金下的参数路径`);
        if (value === null) return void issue(INPUT_SHEETS.parameters, n, col.value, where, 'a value', 'an empty cell', `row ${n}: the value is missing`, `第${n}行：缺少取值`);
        if (year !== null && (typeof year !== 'number' || !Number.isInteger(year) || year < 1800 || year > 2999)) return void issue(INPUT_SHEETS.parameters, n, col.year, where, 'a four-digit year or an empty cell', String(year), `row ${n}: year must be a four-digit year`, `第${n}行：year 须为四位年份`);
        if (interpolate !== null && interpolate !== 'linear' && interpolate !== 'step') return void issue(INPUT_SHEETS.parameters, n, col.interpolate, where, 'linear, step or empty', String(interpolate), `row ${n}: interpolate must be linear or step`, `第${n}行：interpolate 须为 linear 或 step`);
        const key = `${fund}\u0000${parameter}`;
        const s = series.get(key) ?? { fund, path: parameter.split('.'), years: {}, linear: false, row: n };
        if (year === null) s.constant = value;
        else s.years[String(year)] = value;
        if (interpolate === 'linear') s.linear = true;
        series.set(key, s);
      });
      changes = { funds: {} };
      for (const s of series.values()) {
        if (s.constant !== undefined && Object.keys(s.years).length > 0) {
          issue(INPUT_SHEETS.parameters, s.row, col.year, [INPUT_SHEETS.parameters, s.row], 'either one row without a year, or rows with years', 'both', `${s.fund}.${s.path.join('.')}: give a constant (no year) or values by year, not both`, `${s.fund}.${s.path.join('.')}：常数（不填年份）与分年取值只能二选一`);
          continue;
        }
        const value = s.constant !== undefined ? s.constant : s.linear ? { interpolate: 'linear', values: s.years } : s.years;
        let node = ((changes.funds as Record<string, Record<string, unknown>>)[s.fund] ??= {});
        for (const k of s.path.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
        node[s.path[s.path.length - 1]] = value;
      }
    }
  }
  return { historyCsv, monthlyCsv, changes, issues };
}

/** A sheet's cells: its first row the header, each later row with a cell under a header (blank rows left out). */
function sheetRows(ws: ExcelJS.Worksheet): { header: string[]; rows: (string | number | null)[][] } {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(plain(v) ?? ''));
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells = header.map((_, i) => plain(row.getCell(i + 1).value));
    if (cells.every((c) => c === null)) return;
    rows.push(cells);
  });
  return { header, rows };
}

/** A header and rows as CSV text. */
function rowsCsv(header: readonly string[], rows: readonly (string | number | null)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** A sheet as CSV text (sheetRows). */
function sheetCsv(ws: ExcelJS.Worksheet): string {
  const { header, rows } = sheetRows(ws);
  return rowsCsv(header, rows);
}

/**
 * Puts the budget_lines sheet's figures into the history rows as wide columns executed.<line> /
 * budgeted.<line> (new columns appended, a new row for a fund and year the history sheet lacks).
 * A figure the history sheet also gives differently is reported (`conflict`), not overwritten.
 * Returns the header.
 */
function mergeBudgetLines(header: string[], rows: (string | number | null)[][], budget: BudgetLinesSheetContent, conflict: (row: number, column: number, en: string, zh: string) => void): string[] {
  const head = header.length ? [...header] : ['fund', 'year'];
  const fundAt = head.indexOf('fund');
  const yearAt = head.indexOf('year');
  for (const entry of budget.figures.values()) {
    let row = rows.find((r) => (fundAt < 0 || r[fundAt] === entry.fund) && Number(r[yearAt]) === entry.year);
    if (!row) {
      row = head.map((h) => (h === 'fund' ? entry.fund : h === 'year' ? entry.year : null));
      rows.push(row);
    }
    for (const [name, f] of entry.values) {
      let c = head.indexOf(name);
      if (c < 0) {
        head.push(name);
        for (const r of rows) r.push(null);
        c = head.length - 1;
      }
      if (row[c] !== null && row[c] !== f.value) {
        conflict(f.row, f.column, `row ${f.row}: ${name} of ${entry.fund} ${entry.year} is ${f.value} here but ${String(row[c])} on the history sheet`, `第${f.row}行：${entry.fund} ${entry.year} 年 ${name} 在此为 ${f.value}，而 history 工作表中为 ${String(row[c])}`);
        continue;
      }
      row[c] = f.value;
    }
  }
  return head;
}

/** Overlay YAML text of imported parameters (`fundcast_overlay: 1`), to apply with `--with`. */
export function importedOverlay(changes: Record<string, unknown>, source: string): string {
  return stringify({
    fundcast_overlay: 1,
    id: 'imported-parameters',
    name: 'Parameters imported from a workbook',
    name_zh: '从工作簿导入的参数',
    rationale: 'Parameter values entered in the parameters sheet of a fundcast input workbook (docs/excel.md).',
    source,
    changes,
  }, { lineWidth: 0 });
}
