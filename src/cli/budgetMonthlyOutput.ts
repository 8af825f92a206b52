import { budgetByMonth, type MonthlyBudget } from '../budget/budgetByMonth';
import { budgetByMonthCsv, formatBudgetByMonth } from '../budget/formatBudgetByMonth';
import type { FundBudget } from '../budget/types';
import { resolveMonthly } from '../monthly/resolveMonthly';
import { combineScenario } from '../scenario/combineScenario';

/**
 * `fundcast budget --monthly`: each fund's draft split into the months of the budget year
 * (budgetByMonth) by the profiles of the scenario's monthly figures (a documented default where a
 * fund has none), as a table, CSV or JSON. `file` and `overlays` are the scenario the drafts came from.
 */
export function budgetMonthlyOutput(file: string, overlays: readonly string[], budgets: readonly FundBudget[], format: string, lang: 'en' | 'zh'): { text: string; monthly: MonthlyBudget[] } {
  const { monthly } = resolveMonthly(combineScenario(file, overlays));
  const split = budgets.map((b) => budgetByMonth(b, monthly.get(b.fund)));
  const name = (b: FundBudget) => (lang === 'zh' ? (b.nameZh ?? b.name) : b.name);
  const text = format === 'json' ? JSON.stringify({ unit: 'yuan', monthly: split }, null, 2) + '\n' : format === 'csv' ? budgetByMonthCsv(split) : split.map((m, k) => formatBudgetByMonth(m, name(budgets[k]!), lang)).join('\n');
  return { text, monthly: split };
}
