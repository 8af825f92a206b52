import { budgetPrinciples, DEFAULT_SURPLUS_RANGE, type SurplusRange } from '../budget/budgetPrinciples';
import { BUDGET_FIGURE_COLUMNS } from '../budget/budgetFormulas';
import { checkBudget } from '../budget/checkBudget';
import { draftBudget } from '../budget/draftBudget';
import type { BudgetDraftLine, BudgetYearInput } from '../budget/types';
import { budgetNotes } from '../budget/budgetNotes';
import { messages } from '../messages/message';
import type { ProjectionResult } from '../results/types';
import type { ReportBudget, ReportText } from './reportTypes';

/** A line's name as the report prints it: indented by level with full-width spaces (HTML keeps them), 其中 lines marked. */
function lineLabel(line: BudgetDraftLine): ReportText {
  const indent = '\u3000'.repeat(line.depth);
  const ofWhich = line.rule === 'ofWhich';
  return { zh: `${indent}${ofWhich ? '其中：' : ''}${line.zh}`, en: `${indent}${ofWhich ? 'of which: ' : ''}${line.en}` };
}

/**
 * The report's budget section: for each fund, the draft budget of `year` (default: the year after
 * the base year) in the official line layout (draftBudget), in whole yuan — last year's budgeted
 * column when any figure is given, last year's executed column, the draft — with lines empty in
 * every column left out; under it the year-end months of reserve, the arithmetic checks and the
 * budget-principle findings (以收定支、收支平衡、略有结余) with the change that restores each.
 * Empty when the year is not projected.
 */
export function budgetForReport(result: ProjectionResult, options: { year?: number; surplusRange?: SurplusRange; inputs?: Readonly<Record<string, BudgetYearInput>> } = {}): ReportBudget[] {
  const year = options.year ?? result.scenario.baseYear + 1;
  const range = options.surplusRange ?? DEFAULT_SURPLUS_RANGE;
  return result.funds.filter((f) => f.rows.some((r) => r.year === year)).map((f) => {
    const budget = draftBudget(result, f.id, year, options.inputs?.[f.id]);
    const checks = checkBudget(budget);
    const principles = budgetPrinciples(budget, result.bands, { surplusRange: range, basis: result.reserveMonthsBasis });
    const columns = BUDGET_FIGURE_COLUMNS.filter((c) => c !== 'budgetedLastYear' || budget.lines.some((l) => l[c] !== null));
    const executedYear = budget.executedYear ?? year - 1;
    const head = { draft: messages('budget.output.column.draft', { year }), executed: messages('budget.output.column.executed', { year: executedYear }), budgetedLastYear: messages('budget.output.column.budgetedLastYear', { year: executedYear }) };
    const notes = budgetNotes(budget, checks, principles, { bands: result.bands, surplusRange: range });
    return {
      title: { zh: messages('budget.output.title', { fund: f.nameZh ?? f.name, year }).zh, en: messages('budget.output.title', { fund: f.name, year }).en },
      unit: { zh: '元', en: 'yuan' },
      columns: columns.map((c) => head[c]),
      rows: budget.lines.filter((l) => columns.some((c) => l[c] !== null)).map((l) => ({ label: lineLabel(l), values: columns.map((c) => l[c]), ...(l.total || l.kind === 'total' ? { total: true } : {}) })),
      decimals: 0,
      notes,
      source: messages('budget.output.reportSection', { year }),
    };
  });
}
