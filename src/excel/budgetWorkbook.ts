import type ExcelJS from 'exceljs';
import { BUDGET_FIGURE_COLUMNS, budgetFormulas, type BudgetFigureColumn } from '../budget/budgetFormulas';
import type { BudgetFinding } from '../budget/checkBudget';
import type { PrincipleFinding, SurplusRange } from '../budget/budgetPrinciples';
import { budgetNotes } from '../budget/budgetNotes';
import { BUDGET_SOURCE_LABELS, budgetLineLabel } from '../budget/formatBudget';
import type { BudgetDraftLine, FundBudget } from '../budget/types';
import type { BudgetVariance } from '../budget/budgetVariance';
import { budgetVarianceSheet } from './budgetVarianceSheet';
import { allocationSheet } from './allocationSheet';
import type { FundAllocationResult } from '../budget/allocateFunds';
import { message } from '../messages/message';
import { label, type Lang } from '../results/labels';
import type { Band } from '../results/types';
import { BUDGET_HEAD_ROWS, budgetSheetFrame, lineNameCells, YUAN_FORMAT } from './budgetSheetLayout';
import { newWorkbook } from './newWorkbook';
import { sheetName } from './projectionWorkbook';

/** One fund's sheet of the budget workbook: the draft, its arithmetic checks and its principle findings. */
export interface BudgetSheetInput {
  budget: FundBudget;
  checks: readonly BudgetFinding[];
  principles: readonly PrincipleFinding[];
  /** the variance analysis (budgetVariance): adds a variance sheet for the fund after the budget sheets */
  variance?: BudgetVariance;
}

/** Options of {@link budgetWorkbook}. */
export interface BudgetWorkbookOptions {
  lang?: Lang;
  /** the scenario's name, stated under the title */
  scenario?: string;
  /** the scenario's reserve bands: the year-end band is named by its label */
  bands?: readonly Band[];
  /** the 略有结余 range the principle check used, stated under the table */
  surplusRange?: SurplusRange;
  /** funds' allocations and settlements (budget/allocateFunds): a sheet each after the other sheets (allocationSheet) */
  allocations?: readonly FundAllocationResult[];
}

const HEAD_ROWS = BUDGET_HEAD_ROWS;
/** Columns: 项目, 行次, the figure columns, the source of the draft. */
const FIRST_FIGURE_COLUMN = 3;
const YUAN = YUAN_FORMAT;

/** Column letter of a 1-based index (1 → A). */
const letter = (i: number) => String.fromCharCode(64 + i);

/** A figure column's head: the draft's year, and the year of the executed and last-budget columns (the year before, unless the budget says otherwise). */
const figureHead = (c: BudgetFigureColumn, budget: FundBudget, lang: Lang) => {
  const executedYear = budget.executedYear ?? budget.year - 1;
  return c === 'draft' ? message('budget.output.column.draft', { year: budget.year }, lang)
    : c === 'executed' ? message('budget.output.column.executed', { year: executedYear }, lang)
      : message('budget.output.column.budgetedLastYear', { year: executedYear }, lang);
};

/** Where a line's draft comes from, as the source column says it: the kind, and the engine items by name. */
function sourceText(line: BudgetDraftLine, lang: Lang): string {
  const kind = BUDGET_SOURCE_LABELS[line.source][lang];
  if (line.fromItems.length === 0) return kind;
  const items = line.fromItems.map((f) => label(f.item, lang)).join(lang === 'zh' ? '、' : ', ');
  return `${kind}${lang === 'zh' ? '：' : ': '}${items}`;
}

/** One fund's budget sheet (see budgetWorkbook). */
function budgetSheet(wb: ExcelJS.Workbook, input: BudgetSheetInput, options: BudgetWorkbookOptions, lang: Lang): void {
  const { budget } = input;
  const fundName = lang === 'zh' ? (budget.nameZh ?? budget.name) : budget.name;
  const ws = wb.addWorksheet(sheetName(message('budget.output.sheet', { fund: budget.fund }, lang)));
  const last = FIRST_FIGURE_COLUMN + BUDGET_FIGURE_COLUMNS.length;
  ws.columns = [{ width: 46 }, { width: 6 }, ...BUDGET_FIGURE_COLUMNS.map(() => ({ width: 18 })), { width: 44 }];

  const { finish } = budgetSheetFrame(ws, {
    title: message('budget.output.title', { fund: fundName, year: budget.year }, lang),
    scenario: options.scenario,
    heads: [message('budget.output.column.item', {}, lang), message('budget.output.column.no', {}, lang),
      ...BUDGET_FIGURE_COLUMNS.map((c) => figureHead(c, budget, lang)), message('budget.output.column.source', {}, lang)],
    lang,
  });

  const rowOf = new Map(budget.lines.map((l, k) => [l.id, HEAD_ROWS + 1 + k]));
  const formulas = BUDGET_FIGURE_COLUMNS.map((c, k) => budgetFormulas(budget.lines, c, (id) => ({ col: letter(FIRST_FIGURE_COLUMN + k), row: rowOf.get(id)! })));
  budget.lines.forEach((line, k) => {
    const row = ws.getRow(HEAD_ROWS + 1 + k);
    lineNameCells(row, budgetLineLabel(line, lang).trimStart(), line.depth, k + 1);
    BUDGET_FIGURE_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(FIRST_FIGURE_COLUMN + j);
      const value = line[c];
      const formula = formulas[j].get(line.id);
      cell.value = value === null ? null : formula ? { formula, result: value } : value;
      cell.numFmt = YUAN;
    });
    row.getCell(last).value = sourceText(line, lang);
    if (line.total || line.kind === 'total') row.font = { bold: true };
  });

  // under the table: the reserve, the range used, the checks and the principle findings
  const notes = budgetNotes(budget, input.checks, input.principles, options).map((n) => n[lang]);
  notes.push(message('budget.output.rounding', {}, lang));
  finish(budget.lines.length, notes);
}

/**
 * The budget workbook (exceljs) in the layout of the official social-insurance fund budget table
 * (社会保险基金收支预算表): one sheet per fund with the title, the scenario and the unit (元), then
 * one row per budget line — 项目 (indented by level, 其中 lines marked), 行次, last year's budget
 * (上年预算数) and executed (执行数) figures, the draft (本年预算数), and where each draft figure comes
 * from (engine items by name, last executed shares, or a stated assumption). Figures are whole yuan
 * stored as numbers; an empty line is an empty cell. Subtotals, totals and balance rows are formulas
 * stored with their values (budgetFormulas), so a reader without recalculation sees the same
 * numbers. Under the table: year-end months of reserve, the 略有结余 range, the arithmetic checks and
 * the budget-principle findings with the change that restores each. Head rows frozen (with 项目 and
 * 行次), printed on every page; A4 landscape, one page wide. With a fund's `variance`, a variance
 * sheet follows the budget sheets (budgetVarianceSheet); with `allocations`, an allocation and
 * settlement sheet per fund follows (allocationSheet; `fundcast budget --allocate` gives no budget
 * sheets, only these). Returns the .xlsx bytes.
 */
export async function budgetWorkbook(sheets: readonly BudgetSheetInput[], options: BudgetWorkbookOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'zh';
  const wb = await newWorkbook();
  for (const s of sheets) budgetSheet(wb, s, options, lang);
  for (const s of sheets) if (s.variance) budgetVarianceSheet(wb, s.variance, lang === 'zh' ? (s.budget.nameZh ?? s.budget.name) : s.budget.name, lang);
  for (const a of options.allocations ?? []) allocationSheet(wb, a, lang, options.scenario);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
