import { columnArithmetic, type ColumnDiscrepancy } from '../money/columnArithmetic';
import { messages } from '../messages/message';
import { BUDGET_LINES, budgetLine } from '../money/budgetLines';
import { figuresAgree } from './figuresAgree';
import { showFigure } from './showFigure';
import type { FundHistory, HistoryYear, ScenarioWarning } from './types';

const COLUMNS = ['executed', 'budgeted'] as const;

/**
 * Consistency checks on the budget tables of a fund's history years (`budget_lines`): each a
 * located warning naming both figures and their difference, in English and Chinese; the data is
 * never changed. Figures agree within the history's tolerances (figuresAgree), as every history
 * check does. For each year, on the executed (执行数) and the budgeted (预算数) column:
 *
 * - `history_budget_parts_sum`: a sum line ≠ the sum of its given parts (小计, 合计, items with sub-items);
 * - `history_budget_of_which`: a 其中 line above its parent;
 * - `history_budget_identity`: 上年结余 + 本年收入合计 − 本年支出合计 ≠ 年末滚存结余, 本年收支结余 ≠
 *   收入 − 支出, or a 总计 row ≠ its two terms (columnArithmetic, the same arithmetic as the draft's check);
 *
 * and on the executed column against the year's own figures:
 *
 * - `history_budget_totals`: 本年收入合计 ≠ the year's `income`, 本年支出合计 ≠ `expenditure`,
 *   年末滚存结余 ≠ `balance`, or 上年结余 ≠ the previous year's `balance` (consecutive years).
 */
export function checkBudgetLines(h: FundHistory): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  const agree = (a: number, b: number, ...terms: number[]) => figuresAgree(a, b, h.checks, ...terms);
  const warn = (y: HistoryYear, field: string[], code: string, figures: ScenarioWarning['figures'], difference: number, msg: { en: string; zh: string }) =>
    out.push({ code, ...h.locate(y.year, field), path: ['funds', h.fund, 'history', 'years', String(y.year), ...field], figures, difference, message: msg });
  h.years.forEach((y, n) => {
    const b = y.budgetLines;
    if (!b) return;
    for (const column of COLUMNS) {
      const figures = b[column];
      if (Object.keys(figures).length === 0) continue;
      for (const d of columnArithmetic(BUDGET_LINES, (id) => figures[id] ?? null, agree)) {
        const field = ['budget_lines', column, d.line];
        const named = Object.fromEntries([[d.line, d.value], ...d.parts.map((p, k) => [p, d.partValues[k]])]);
        warn(y, field, CODES[d.kind], { ...named, expected: d.expected }, d.value - d.expected, discrepancy(h.fund, y.year, column, d));
      }
    }
    const ex = b.executed;
    const prev = n > 0 && h.years[n - 1].year === y.year - 1 ? h.years[n - 1] : null;
    const against: [string, number | null, 'income' | 'expenditure' | 'balance' | 'previous_balance'][] = [
      ['income_total', y.income, 'income'],
      ['expenditure_total', y.expenditure, 'expenditure'],
      ['closing_balance', y.balance, 'balance'],
      ['opening_balance', prev?.balance ?? null, 'previous_balance'],
    ];
    for (const [id, reported, what] of against) {
      const v = ex[id];
      if (v === undefined || reported === null || agree(v, reported)) continue;
      const line = budgetLine(id)!;
      warn(y, ['budget_lines', 'executed', id], 'history_budget_totals', { [id]: v, [what]: reported }, v - reported,
        messages('budget.history.totals', { fund: h.fund, year: y.year, lineEn: line.en, lineZh: line.zh, value: showFigure(v), what, reported: showFigure(reported), difference: showFigure(v - reported) }));
    }
  });
  return out;
}

const CODES: Record<ColumnDiscrepancy['kind'], string> = {
  partsSum: 'history_budget_parts_sum',
  ofWhich: 'history_budget_of_which',
  chain: 'history_budget_identity',
  surplus: 'history_budget_identity',
  totalSources: 'history_budget_identity',
  totalUses: 'history_budget_identity',
};

/** The sentence of one discrepancy of a history year's budget column, en and zh. */
function discrepancy(fund: string, year: number, column: 'executed' | 'budgeted', d: ColumnDiscrepancy): { en: string; zh: string } {
  const line = budgetLine(d.line)!;
  const parts = d.parts.map((id) => budgetLine(id)!);
  const common = { fund, year, column, lineEn: line.en, lineZh: line.zh, value: showFigure(d.value), expected: showFigure(d.expected), difference: showFigure(d.value - d.expected) };
  if (d.kind === 'partsSum') return messages('budget.history.partsSum', { ...common, partsEn: parts.map((p) => p.en), partsZh: parts.map((p) => p.zh) });
  if (d.kind === 'ofWhich') return messages('budget.history.ofWhich', { ...common, parentEn: parts[0].en, parentZh: parts[0].zh });
  // the signs of the identity's terms: only expenditure is subtracted (surplus, chain)
  const signs = d.parts.map((id, k) => (k > 0 && id === 'expenditure_total' && d.kind !== 'totalUses' ? '−' : '+'));
  return messages('budget.history.identity', { ...common, termsEn: parts.map((p) => p.en), termsZh: parts.map((p) => p.zh), signs });
}
