import type { BudgetLine } from './budgetLines';

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
  /** their figures (a part left empty and formed from its own parts: their sum) */
  partValues: number[];
}

/**
 * The arithmetic of one column of a budget table (the draft, or last year's executed or budgeted
 * figures), on the lines that have figures — one implementation for the draft check
 * (checkBudget, exact, in yuan) and the history check (checkBudgetLines, within the history's
 * tolerances, in `units.money`):
 *
 *   sum line       v(L) = Σ v(parts of L) + own(L)        (when any part is given; then an
 *                  empty part that is itself a sum line counts as the sum of its given parts)
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
  const partsOf = (line: BudgetLine) => lines.filter((c) => c.parent === line.id && c.rule !== 'ofWhich' && effective(c) !== null);
  const memo = new Map<string, number | null>();
  // a part left empty whose own parts are given counts as their sum (基本医疗保险费收入 from 个人缴费收入)
  function effective(line: BudgetLine): number | null {
    if (memo.has(line.id)) return memo.get(line.id)!;
    let v = value(line.id);
    if (v === null && line.rule === 'sum') {
      const parts = partsOf(line);
      if (parts.length) v = parts.reduce((s, c) => s + effective(c)!, 0) + own(line);
    }
    memo.set(line.id, v);
    return v;
  }
  for (const line of lines) {
    const v = value(line.id);
    if (v === null) continue;
    // checked when at least one part is written on the table itself (a sum of derived sums alone is no check)
    if (line.rule === 'sum' && lines.some((c) => c.parent === line.id && c.rule !== 'ofWhich' && value(c.id) !== null)) {
      const parts = partsOf(line);
      const sum = parts.reduce((s, c) => s + effective(c)!, 0) + own(line);
      if (!agree(v, sum, ...parts.map((c) => effective(c)!))) out.push({ kind: 'partsSum', line: line.id, value: v, expected: sum, parts: parts.map((c) => c.id), partValues: parts.map((c) => effective(c)!) });
    }
    if (line.rule === 'ofWhich' && line.parent !== null) {
      const pv = value(line.parent);
      if (pv !== null && v > pv && !agree(v, pv)) out.push({ kind: 'ofWhich', line: line.id, value: v, expected: pv, parts: [line.parent], partValues: [pv] });
    }
  }
  const [opening, income, expenditure, closing, surplus, sources, uses] = ['opening_balance', 'income_total', 'expenditure_total', 'closing_balance', 'surplus', 'total_sources', 'total_uses'].map(value);
  const identity = (kind: ColumnDiscrepancy['kind'], line: string, v: number | null, terms: [string, number | null, 1 | -1][]) => {
    if (v === null || terms.some((t) => t[1] === null)) return;
    const expected = terms.reduce((s, [, x, sign]) => s + sign * x!, 0);
    if (!agree(v, expected, ...terms.map((t) => t[1]!))) out.push({ kind, line, value: v, expected, parts: terms.map((t) => t[0]), partValues: terms.map((t) => t[1]!) });
  };
  identity('surplus', 'surplus', surplus, [['income_total', income, 1], ['expenditure_total', expenditure, -1]]);
  identity('chain', 'closing_balance', closing, [['opening_balance', opening, 1], ['income_total', income, 1], ['expenditure_total', expenditure, -1]]);
  identity('totalSources', 'total_sources', sources, [['opening_balance', opening, 1], ['income_total', income, 1]]);
  identity('totalUses', 'total_uses', uses, [['expenditure_total', expenditure, 1], ['closing_balance', closing, 1]]);
  return out;
}
