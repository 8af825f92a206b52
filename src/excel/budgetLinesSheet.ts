import type ExcelJS from 'exceljs';
import type { FundHistory } from '../history/types';
import { BUDGET_LINES, budgetLine, type BudgetScheme } from '../money/budgetLines';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { freezeHeader } from './freezeHeader';

/** Columns of the `budget_lines` sheet of the input workbook: one row per fund, year and budget line. */
export const BUDGET_LINE_COLUMNS = ['fund', 'year', 'line', 'no', 'name_zh', 'name_en', 'executed', 'budgeted'] as const;

/** The headings the sheet shows over its columns (the column keys are the first row's values, bilingual headings in a note). */
const HEADINGS: Record<(typeof BUDGET_LINE_COLUMNS)[number], string> = {
  fund: 'fund',
  year: 'year',
  line: 'line',
  no: 'no 行次',
  name_zh: '项目',
  name_en: 'item',
  executed: 'executed 执行数',
  budgeted: 'budgeted 预算数',
};

/**
 * Adds the `budget_lines` sheet to an input workbook: for every fund, the lines of its scheme's
 * budget table (money/budgetLines) in the official order, with 行次, the Chinese and English names,
 * and two columns to fill — executed (执行数) and budgeted (预算数), in `units.money` — for the last
 * history year that has a budget table, else the last history year, else the base year; prefilled
 * with the figures the history gives. Readers use the `fund`, `year`, `line`, `executed` and
 * `budgeted` columns; the others are there for the person filling it in.
 */
export function addBudgetLinesSheet(wb: ExcelJS.Workbook, loaded: LoadedScenario, histories: Map<string, FundHistory>): void {
  const ws = wb.addWorksheet('budget_lines');
  ws.columns = BUDGET_LINE_COLUMNS.map((c) => ({ key: c, header: HEADINGS[c], width: c === 'name_zh' ? 34 : c === 'name_en' ? 52 : c === 'line' ? 26 : 14 }));
  for (const [id, fund] of Object.entries(loaded.scenario.funds)) {
    const scheme = (fund as { scheme?: BudgetScheme }).scheme;
    if (!scheme) continue;
    const years = histories.get(id)?.years ?? [];
    const year = [...years].reverse().find((y) => y.budgetLines) ?? years.at(-1);
    const lines = BUDGET_LINES.filter((l) => l.schemes.includes(scheme));
    lines.forEach((l, k) => {
      const b = year?.budgetLines;
      ws.addRow({ fund: id, year: year?.year ?? loaded.scenario.base_year, line: l.id, no: k + 1, name_zh: l.zh, name_en: l.en, executed: b?.executed[l.id] ?? null, budgeted: b?.budgeted[l.id] ?? null });
    });
  }
  freezeHeader(ws);
}

/** The figures of the `budget_lines` sheet: by fund and year, `executed.<line>` / `budgeted.<line>` → value, and where each was read. */
export interface BudgetLinesSheetContent {
  figures: Map<string, { fund: string; year: number; row: number; values: Map<string, { value: number; row: number; column: number }> }>;
  issues: ScenarioIssue[];
}

/**
 * Reads the `budget_lines` sheet: rows with a fund, a year, a line id and at least one of executed /
 * budgeted (a row with neither is a line not used, and is skipped). Problems are located issues
 * (`book.xlsx!budget_lines`, row, column), in English and Chinese: a missing column, a bad fund id or
 * year, an unknown line id, a figure that is not a number, a line given twice for a fund and year.
 */
export function readBudgetLinesSheet(ws: ExcelJS.Worksheet, displayName: string, plain: (v: ExcelJS.CellValue) => string | number | null): BudgetLinesSheetContent {
  const out: BudgetLinesSheetContent = { figures: new Map(), issues: [] };
  const file = `${displayName}!${ws.name}`;
  const issue = (row: number, column: number, expected: string, found: string, en: string, zh: string) =>
    out.issues.push({ file, line: row, column, path: [ws.name, row], code: 'xlsx_cell', expected, found, message: { en, zh } });
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(plain(v) ?? '').split(' ')[0]);
  const col = Object.fromEntries(BUDGET_LINE_COLUMNS.map((c) => [c, header.indexOf(c) + 1])) as Record<(typeof BUDGET_LINE_COLUMNS)[number], number>;
  for (const c of ['fund', 'year', 'line', 'executed', 'budgeted'] as const) {
    if (col[c] === 0) issue(1, 0, `a column '${c}'`, header.join(', '), `the budget_lines sheet has no '${c}' column`, `budget_lines 工作表缺少“${c}”列`);
  }
  if (out.issues.length) return out;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const at = (c: number) => plain(row.getCell(c).value);
    const [fund, year, line, executed, budgeted] = [at(col.fund), at(col.year), at(col.line), at(col.executed), at(col.budgeted)];
    if (executed === null && budgeted === null) return;
    if (typeof fund !== 'string' || !/^[a-z][a-z0-9_-]*$/.test(fund)) return void issue(n, col.fund, 'a fund id', String(fund), `row ${n}: fund must be a fund id`, `第${n}行：fund 须为基金标识`);
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1800 || year > 2999) return void issue(n, col.year, 'a four-digit year', String(year), `row ${n}: year must be a four-digit year`, `第${n}行：year 须为四位年份`);
    if (typeof line !== 'string' || !budgetLine(line)) return void issue(n, col.line, 'a budget line id (docs/budget.md)', String(line), `row ${n}: '${String(line)}' is not a budget line id`, `第${n}行：'${String(line)}' 不是预算表行次编号`);
    const key = `${fund}\u0000${year}`;
    const entry = out.figures.get(key) ?? { fund, year, row: n, values: new Map() };
    out.figures.set(key, entry);
    for (const [column, v] of [['executed', executed], ['budgeted', budgeted]] as const) {
      if (v === null) continue;
      const c = col[column];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issue(n, c, 'a number', String(v), `row ${n}: ${column} of ${line} is not a number: '${String(v)}'`, `第${n}行：${line} 的${column === 'executed' ? '执行数' : '预算数'}不是数字：'${String(v)}'`);
        continue;
      }
      const name = `${column}.${line}`;
      const seen = entry.values.get(name);
      if (seen) {
        issue(n, c, 'one figure per fund, year and line', 'a second one', `row ${n}: ${column} of ${line} for ${fund} ${year} is given twice (first on row ${seen.row})`, `第${n}行：${fund} ${year} 年 ${line} 的${column === 'executed' ? '执行数' : '预算数'}重复（首次在第${seen.row}行）`);
        continue;
      }
      entry.values.set(name, { value: v, row: n, column: c });
    }
  });
  return out;
}
