import type { FundBudget } from '../budget/types';
import { BUDGET_LINES } from '../money/budgetLines';
import { monthlyLines } from './lineYears';
import type { LineReference } from './monitorFund';
import type { MonthlyHistory } from './types';

/**
 * The budget line a monthly line is measured against: `income` → 本年收入合计 (`income_total`),
 * `expenditure` → 本年支出合计 (`expenditure_total`), `income.<id>` / `expenditure.<id>` → the
 * budget line `<id>` (name a monthly item by its budget line id — `inpatient`, `employer_contributions`
 * … — to measure it against the budget); null for any other item.
 * @example budgetLineOf('expenditure.inpatient') // 'inpatient'
 */
export function budgetLineOf(line: string): string | null {
  if (line === 'income') return 'income_total';
  if (line === 'expenditure') return 'expenditure_total';
  const m = /^(?:income|expenditure)\.([a-z][a-z0-9_]*)$/.exec(line);
  return m ? m[1]! : null;
}

/**
 * The current year's budget by monthly line, in the scenario's money unit, for the execution rates
 * of monitorFund (预算执行进度): for each line the fund's monthly figures give (and the totals), its
 * budget line (budgetLineOf) from the approved budget written in the scenario (`monthly.budget`,
 * source `budget`), else from `draft` — the model's draft budget of the year in yuan, converted at
 * `yuanPerUnit` (source `draft`) — when the draft has a figure there; lines with neither are left
 * out (monitorFund then grows an item's previous year as its line).
 */
export function budgetReference(h: MonthlyHistory, draft: FundBudget | null, yuanPerUnit: number): Record<string, LineReference> {
  const out: Record<string, LineReference> = {};
  for (const line of new Set(['income', 'expenditure', ...monthlyLines(h)])) {
    const id = budgetLineOf(line);
    if (id === null) continue;
    const kind = line.startsWith('income') ? 'income' : 'expenditure';
    // a line written in the scenario's budget counts for the monthly line of its own kind only
    const given = BUDGET_LINES.find((l) => l.id === id)?.kind === kind ? h.budget[id] : undefined;
    const drafted = draft?.lines.find((l) => l.id === id && l.kind === kind)?.draft ?? null;
    if (given !== undefined) out[line] = { value: given, source: 'budget' };
    else if (drafted !== null) out[line] = { value: drafted / yuanPerUnit, source: 'draft' };
  }
  return out;
}
