import { message } from '../messages/message';
import type { MessageKey } from '../messages/catalogue';
import type { BudgetLine } from '../money/budgetLines';
import { columnArithmetic } from '../money/columnArithmetic';
import type { FundBudget } from './types';

/** One finding of a budget check, located by fund, column and line, with both figures named. */
export interface BudgetFinding {
  code: MessageKey;
  fund: string;
  /** the column checked: the draft (本年预算数), last year's executed (执行数) or budgeted (上年预算数) figures */
  column: 'draft' | 'executed' | 'budgetedLastYear';
  /** the line the finding is about */
  line: string;
  details: Record<string, unknown>;
  en: string;
  zh: string;
}

const COLUMNS = ['draft', 'executed', 'budgetedLastYear'] as const;

/**
 * The arithmetic checks of a budget table, on each column that has figures (whole yuan, so exact):
 *   - every sum line equals the sum of its parts (where any part is given): Σ parts = subtotal;
 *   - every 其中 line is at most its parent;
 *   - the balances chain: 上年结余 + 本年收入合计 − 本年支出合计 = 年末滚存结余 (when all four are given),
 *     本年收支结余 = 本年收入合计 − 本年支出合计, and the two 总计 rows (columnArithmetic);
 *   - the draft's income, expenditure and opening balance equal the projection's (`run`).
 * Returns the findings (empty: the table adds up). A draft from draftBudget passes by
 * construction; the executed and budgeted columns are the user's figures and may not.
 */
export function checkBudget(budget: FundBudget): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  const byId = new Map(budget.lines.map((l) => [l.id, l]));
  const add = (code: MessageKey, column: BudgetFinding['column'], line: string, details: Record<string, unknown>) =>
    out.push({ code, fund: budget.fund, column, line, details, en: message(code, details as never, 'en'), zh: message(code, details as never, 'zh') });
  for (const column of COLUMNS) {
    const value = (id: string) => byId.get(id)?.[column] ?? null;
    const own = (l: BudgetLine) => (column === 'draft' ? (byId.get(l.id)?.fromItems ?? []).reduce((s, f) => s + f.yuan, 0) : 0);
    for (const d of columnArithmetic(budget.lines, value, (a, b) => a === b, own)) {
      const line = byId.get(d.line)!;
      const parts = d.parts.map((id) => byId.get(id)!);
      if (d.kind === 'partsSum') add('budget.check.partsSum', column, d.line, { column, lineEn: line.en, lineZh: line.zh, value: d.value, sum: d.expected, partsEn: parts.map((p) => p.en).join(' + '), partsZh: parts.map((p) => p.zh).join('＋') });
      else if (d.kind === 'ofWhich') add('budget.check.ofWhich', column, d.line, { column, lineEn: line.en, lineZh: line.zh, value: d.value, parentEn: parts[0].en, parentZh: parts[0].zh, parent: d.expected });
      else if (d.kind === 'chain') add('budget.check.chain', column, d.line, { column, opening: value('opening_balance'), income: value('income_total'), expenditure: value('expenditure_total'), closing: d.value, expected: d.expected });
      else add('budget.check.identity', column, d.line, { column, lineEn: line.en, lineZh: line.zh, value: d.value, expected: d.expected, partsEn: parts.map((p) => p.en), partsZh: parts.map((p) => p.zh), minus: d.kind === 'surplus' });
    }
  }
  const draftOf = (id: string) => byId.get(id)?.draft ?? null;
  for (const [id, run] of [
    ['income_total', budget.run.income],
    ['expenditure_total', budget.run.expenditure],
    ['opening_balance', budget.run.openingBalance],
  ] as const) {
    const line = byId.get(id)!;
    if (draftOf(id) !== run) add('budget.check.run', 'draft', id, { lineEn: line.en, lineZh: line.zh, value: draftOf(id), run });
  }
  return out;
}
