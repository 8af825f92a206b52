import { messages } from '../messages/message';
import { formatNumber } from '../results/formatNumber';
import type { Band } from '../results/types';
import type { BudgetFinding } from './checkBudget';
import type { PrincipleFinding, SurplusRange } from './budgetPrinciples';
import type { FundBudget } from './types';

/**
 * The sentences printed under a budget table (workbook and report), each in zh and en: the
 * year-end months of reserve with its band, the 略有结余 range used (when given), the arithmetic
 * checks (passed, or each finding), and the budget principle (met, or each finding followed by the
 * change of income or spending that restores it).
 */
export function budgetNotes(budget: FundBudget, checks: readonly BudgetFinding[], principles: readonly PrincipleFinding[], options: { bands?: readonly Band[]; surplusRange?: SurplusRange } = {}): { zh: string; en: string }[] {
  const band = options.bands?.find((b) => b.id === budget.run.band);
  const months = formatNumber(budget.run.reserveMonths, 1);
  const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;
  const notes = [{
    zh: messages('budget.output.reserve', { months, band: band?.labelZh ?? budget.run.band }).zh,
    en: messages('budget.output.reserve', { months, band: band?.labelEn ?? budget.run.band }).en,
  }];
  if (options.surplusRange) notes.push(messages('budget.output.range', { low: pct(options.surplusRange.low), high: pct(options.surplusRange.high) }));
  if (checks.length === 0) notes.push(messages('budget.output.checksPassed', {}));
  else notes.push(messages('budget.output.checksFound', {}), ...checks.map((c) => ({ zh: c.zh, en: c.en })));
  if (principles.length === 0) notes.push(messages('budget.output.principleMet', {}));
  else notes.push(messages('budget.output.principleBreached', {}), ...principles.map((p) => ({ zh: `${p.zh}；${p.restoreZh}`, en: `${p.en}; ${p.restoreEn}` })));
  return notes;
}
