import type { BudgetLine } from '../money/budgetLines';

/** One place where a column of a budget table does not add up: the figure on the line and what its parts give. */
export interface ColumnDiscrepancy {
  /**
   * `partsSum`: a sum line ≠ the sum of its given parts; `ofWhich`: a 其中 line above its parent;
   * `chain`: 上年结余 + 本年收入合计 − 本年支出合计 ≠ 年末滚存结余; `surplus`: 本年收支结余 ≠
   * 本年收入合计 − 本年支出合计; `totalSources` / `totalUses`: a 总计 row ≠ 上年结余 + 本年收入合计 /
   * 本年支出合计 + 年末滚存结余.
   */
  kind: 'partsSum' | 'ofWhich' | 'chain' | 'surplus' | 'totalSources' | 'totalUses';
  /** the line whose figure disagrees */
  line: string;
  /** the figure written on the line */
  value: number;
  /** what its parts give (for `ofWhich`: the parent's figure, the most it may be) */
  expected: number;
  /** the lines `expected` is formed from, in table order */
  parts: string[];
}

/**
 * The arithmetic of one column of a budget table (the draft, or last year's executed or budgeted
 * figures), on the lines that have figures — one implementation for the draft check
 * (checkBudget, exact, in yuan) and the history check (checkBudgetLines, within the history's
 * tolerances, in `units.money`):
 *
 *   sum line       v(L) = Σ v(parts of L) + own(L)        (when any part is given)
 *   其中 line       v(L) ≤ v(parent)
 *   chain          v(上年结余) + v(本年收入合计) − v(本年支出合计) = v(年末滚存结余)
 *   surplus        v(本年收支结余) = v(本年收入合计) − v(本年支出合计)
 *   总计           v(总计·来源) = v(上年结余) + v(本年收入合计);  v(总计·运用) = v(本年支出合计) + v(年末滚存结余)
 *
 * An identity is checked only when all its figures are given (a missing figure is not a zero).
 * `own(L)`: an amount a sum line carries itself (an engine item kept whole on it; 0 for the user's
 * columns). `agree(a, b, ...terms)` decides equality (exact for yuan; a tolerance for reported
 * figures). Returns the discrepancies in table order.
 */
export function columnArithmetic(
  lines: readonly BudgetLine[],
  value: (id: string) => number | null,
  agree: (a: number, b: number, ...terms: number[]) => boolean,
  own: (line: BudgetLine) => number = () => 0,
): ColumnDiscrepancy[] {
  const out: ColumnDiscrepancy[] = [];
  for (const line of lines) {
    const v = value(line.id);
    if (v === null) continue;
    if (line.rule === 'sum') {
      const parts = lines.filter((c) => c.parent === line.id && c.rule !== 'ofWhich' && value(c.id) !== null);
      if (parts.length === 0) continue;
      const sum = parts.reduce((s, c) => s + value(c.id)!, 0) + own(line);
      if (!agree(v, sum, ...parts.map((c) => value(c.id)!))) out.push({ kind: 'partsSum', line: line.id, value: v, expected: sum, parts: parts.map((c) => c.id) });
    }
    if (line.rule === 'ofWhich' && line.parent !== null) {
      const pv = value(line.parent);
      if (pv !== null && v > pv && !agree(v, pv)) out.push({ kind: 'ofWhich', line: line.id, value: v, expected: pv, parts: [line.parent] });
    }
  }
  const [opening, income, expenditure, closing, surplus, sources, uses] = ['opening_balance', 'income_total', 'expenditure_total', 'closing_balance', 'surplus', 'total_sources', 'total_uses'].map(value);
  const identity = (kind: ColumnDiscrepancy['kind'], line: string, v: number | null, terms: [string, number | null, 1 | -1][]) => {
    if (v === null || terms.some((t) => t[1] === null)) return;
    const expected = terms.reduce((s, [, x, sign]) => s + sign * x!, 0);
    if (!agree(v, expected, ...terms.map((t) => t[1]!))) out.push({ kind, line, value: v, expected, parts: terms.map((t) => t[0]) });
  };
  identity('surplus', 'surplus', surplus, [['income_total', income, 1], ['expenditure_total', expenditure, -1]]);
  identity('chain', 'closing_balance', closing, [['opening_balance', opening, 1], ['income_total', income, 1], ['expenditure_total', expenditure, -1]]);
  identity('totalSources', 'total_sources', sources, [['opening_balance', opening, 1], ['income_total', income, 1]]);
  identity('totalUses', 'total_uses', uses, [['expenditure_total', expenditure, 1], ['closing_balance', closing, 1]]);
  return out;
}
