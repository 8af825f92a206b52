import { message } from '../messages/message';
import type { MessageKey } from '../messages/catalogue';
import type { BudgetDraftLine, FundBudget } from './types';

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
 *   - the balances chain: 上年结余 + 本年收入合计 − 本年支出合计 = 年末滚存结余 (when all four are given);
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
    const v = (l: BudgetDraftLine | undefined) => (l ? l[column] : null);
    for (const line of budget.lines) {
      const value = v(line);
      if (value === null) continue;
      if (line.rule === 'sum') {
        const parts = budget.lines.filter((c) => c.parent === line.id && c.rule !== 'ofWhich' && v(c) !== null);
        const own = column === 'draft' ? line.fromItems.reduce((s, f) => s + f.yuan, 0) : 0;
        if (parts.length === 0) continue;
        const sum = parts.reduce((s, c) => s + v(c)!, 0) + own;
        if (sum !== value)
          add('budget.check.partsSum', column, line.id, { column, lineEn: line.en, lineZh: line.zh, value, sum, partsEn: parts.map((p) => p.en).join(' + '), partsZh: parts.map((p) => p.zh).join('＋') });
      }
      if (line.rule === 'ofWhich') {
        const parent = byId.get(line.parent!);
        const pv = v(parent);
        if (parent && pv !== null && value > pv) add('budget.check.ofWhich', column, line.id, { column, lineEn: line.en, lineZh: line.zh, value, parentEn: parent.en, parentZh: parent.zh, parent: pv });
      }
    }
    const [opening, income, expenditure, closing] = ['opening_balance', 'income_total', 'expenditure_total', 'closing_balance'].map((id) => v(byId.get(id)));
    if (opening !== null && income !== null && expenditure !== null && closing !== null && opening + income - expenditure !== closing)
      add('budget.check.chain', column, 'closing_balance', { column, opening, income, expenditure, closing, expected: opening + income - expenditure });
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
