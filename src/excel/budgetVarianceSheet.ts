import type ExcelJS from 'exceljs';
import type { BudgetVariance, VarianceChange } from '../budget/budgetVariance';
import { message } from '../messages/message';
import type { Lang } from '../results/labels';
import { sheetName } from './projectionWorkbook';

const HEAD_ROWS = 3;
const YUAN = '#,##0;-#,##0';

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
  const last = heads.length;
  ws.columns = [{ width: 40 }, { width: 6 }, ...heads.slice(2).map((_, k) => ({ width: k === 5 || k === 10 ? 10 : 16 }))];
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = M('budget.output.varianceTitle', { fund: fundName, year: variance.year });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, last).value = M('budget.output.unit');
  ws.getCell(2, last).alignment = { horizontal: 'right' };
  const head = ws.getRow(HEAD_ROWS);
  head.values = heads;
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const driver = (c: VarianceChange | null) => (c?.driver ? M(c.driver === 'cases' ? 'budget.output.variance.cases' : 'budget.output.variance.members') : null);
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  variance.lines.forEach((l, i) => {
    const r = HEAD_ROWS + 1 + i;
    const row = ws.getRow(r);
    row.getCell(1).value = `${l.rule === 'ofWhich' ? (lang === 'zh' ? '其中：' : 'of which: ') : ''}${lang === 'zh' ? l.zh : l.en}`;
    row.getCell(1).alignment = { indent: l.depth };
    row.getCell(2).value = i + 1;
    row.getCell(2).alignment = { horizontal: 'center' };
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
    for (let c = 1; c <= last; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  });
  for (let c = 1; c <= last; c++) ws.getCell(HEAD_ROWS, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  const note = HEAD_ROWS + variance.lines.length + 2;
  ws.mergeCells(note, 1, note, last);
  ws.getCell(note, 1).value = M('budget.output.varianceRule');
  ws.getCell(note, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(note).height = 30;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: HEAD_ROWS }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `1:${HEAD_ROWS}`, printArea: `A1:M${note}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: lang === 'zh' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' };
}
