import type ExcelJS from 'exceljs';
import type { BudgetVariance, VarianceChange } from '../budget/budgetVariance';
import { message } from '../messages/message';
import type { Lang } from '../results/labels';
import { BUDGET_HEAD_ROWS, budgetSheetFrame, lineNameCells, YUAN_FORMAT } from './budgetSheetLayout';
import { sheetName } from './projectionWorkbook';

const HEAD_ROWS = BUDGET_HEAD_ROWS;
const YUAN = YUAN_FORMAT;

/**
 * A fund's variance analysis as a sheet of the budget workbook: per line 上年预算数, 上年执行数, the
 * change of execution against budget (a formula: 执行数 − 预算数, stored with its value), its volume
 * and per-head effects and what the line was measured by, then 本年预算数 and the change of the
 * draft against execution (本年预算数 − 执行数) with its two effects. The effects are whole yuan that
 * sum to their change exactly (budgetVariance); an empty cell is a figure not given or a change not
 * split. Head rows frozen; A4 landscape, one page wide.
 */
export function budgetVarianceSheet(wb: ExcelJS.Workbook, variance: BudgetVariance, fundName: string, lang: Lang): void {
  const ws = wb.addWorksheet(sheetName(message('budget.output.varianceSheet', { fund: variance.fund }, lang)));
  const executedYear = variance.executedYear ?? variance.year - 1;
  const M = (key: Parameters<typeof message>[0], p: Record<string, unknown> = {}) => message(key, p as never, lang);
  const heads = [
    M('budget.output.column.item'), M('budget.output.column.no'),
    M('budget.output.column.budgetedLastYear', { year: executedYear }), M('budget.output.column.executed', { year: executedYear }),
    M('budget.output.variance.executionChange'), M('budget.output.variance.volume'), M('budget.output.variance.perHead'), M('budget.output.variance.driver'),
    M('budget.output.column.draft', { year: variance.year }),
    M('budget.output.variance.draftChange'), M('budget.output.variance.volume'), M('budget.output.variance.perHead'), M('budget.output.variance.driver'),
  ];
  ws.columns = [{ width: 40 }, { width: 6 }, ...heads.slice(2).map((_, k) => ({ width: k === 5 || k === 10 ? 10 : 16 }))];
  const { finish } = budgetSheetFrame(ws, { title: M('budget.output.varianceTitle', { fund: fundName, year: variance.year }), heads, lang });
  const driver = (c: VarianceChange | null) => (c?.driver ? M(c.driver === 'cases' ? 'budget.output.variance.cases' : 'budget.output.variance.members') : null);
  variance.lines.forEach((l, i) => {
    const r = HEAD_ROWS + 1 + i;
    const row = ws.getRow(r);
    lineNameCells(row, `${l.rule === 'ofWhich' ? (lang === 'zh' ? '其中：' : 'of which: ') : ''}${lang === 'zh' ? l.zh : l.en}`, l.depth, i + 1);
    const change = (c: VarianceChange | null, to: string, from: string) => (c === null ? null : { formula: `${to}${r}-${from}${r}`, result: c.change });
    const values: (ExcelJS.CellValue | null)[] = [
      l.budgetedLastYear, l.executed,
      change(l.executionVsBudget, 'D', 'C'), l.executionVsBudget?.volume ?? null, l.executionVsBudget?.perHead ?? null, driver(l.executionVsBudget),
      l.draft,
      change(l.draftVsExecution, 'I', 'D'), l.draftVsExecution?.volume ?? null, l.draftVsExecution?.perHead ?? null, driver(l.draftVsExecution),
    ];
    values.forEach((v, k) => {
      const cell = row.getCell(3 + k);
      cell.value = v;
      if (k !== 3 && k !== 8) cell.numFmt = YUAN;
    });
  });
  finish(variance.lines.length, [M('budget.output.varianceRule')]);
}
