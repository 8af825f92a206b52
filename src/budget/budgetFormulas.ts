import type { BudgetDraftLine } from './types';

/** The figure columns a budget line carries (whole yuan or null), in the order the official table prints them. */
export const BUDGET_FIGURE_COLUMNS = ['budgetedLastYear', 'executed', 'draft'] as const;

/** One figure column of a budget line. */
export type BudgetFigureColumn = (typeof BUDGET_FIGURE_COLUMNS)[number];

/** The balance rows as sums and differences of other rows: [sign, line id] terms. */
const BALANCE_TERMS: Readonly<Record<string, readonly (readonly ['+' | '-', string])[]>> = {
  // 本年收支结余 = 本年收入合计 − 本年支出合计
  surplus: [['+', 'income_total'], ['-', 'expenditure_total']],
  // 年末滚存结余 = 上年结余 + 本年收支结余
  closing_balance: [['+', 'opening_balance'], ['+', 'surplus']],
  // 总计（来源）= 上年结余 + 本年收入合计
  total_sources: [['+', 'opening_balance'], ['+', 'income_total']],
  // 总计（运用）= 本年支出合计 + 年末滚存结余
  total_uses: [['+', 'expenditure_total'], ['+', 'closing_balance']],
};

/** What a formula needs of a line: its id, parent and rule (money/budgetLines). */
export type FormulaLine = Pick<BudgetDraftLine, 'id' | 'parent' | 'rule'>;

/** A cell address: column letters and row number. */
export interface CellAddress {
  col: string;
  row: number;
}

/**
 * The spreadsheet formula (without the leading '=') of each subtotal, total and balance row of a
 * budget column, for the lines where the formula gives exactly the figure stored:
 *   - a `sum` line: the sum of its parts that have a figure (other than 其中 memo lines), plus, in
 *     the draft column, the engine items put on the line itself (a constant term) — written as
 *     `SUM(first:last)` over a run of three or more adjacent rows, else `A+B`;
 *   - the balance rows: 本年收支结余 = 收入合计 − 支出合计, 年末滚存结余 = 上年结余 + 本年收支结余,
 *     总计 = 上年结余 + 收入合计 = 支出合计 + 年末滚存结余.
 * A line whose figure its formula would not reproduce (a user's executed figures that do not add up:
 * checkBudget reports them) gets no formula and keeps the figure as given; so does every line with
 * no figure, and every input line. `cell(id)` is the address of a line's cell in this column.
 */
export function budgetFormulas(lines: readonly BudgetDraftLine[], column: BudgetFigureColumn, cell: (id: string) => CellAddress): Map<string, string> {
  return lineFormulas(lines, (l) => l[column], (l) => (column === 'draft' ? l.fromItems.reduce((s, f) => s + f.yuan, 0) : 0), cell);
}

/**
 * The formulas of budgetFormulas for any one column of figures: `value(line)` is the line's figure
 * (null = empty), `own(line)` the part of a sum line's figure that is not in its parts (a constant
 * term of its formula; 0 for none). Used by the budget table's columns and by each month of the
 * budget year by month.
 */
export function lineFormulas<L extends FormulaLine>(lines: readonly L[], value: (line: L) => number | null, own: (line: L) => number, cell: (id: string) => CellAddress): Map<string, string> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const out = new Map<string, string>();
  for (const line of lines) {
    const figure = value(line);
    if (figure === null) continue;
    if (line.rule === 'sum') {
      const parts = lines.filter((c) => c.parent === line.id && c.rule !== 'ofWhich' && value(c) !== null);
      const constant = own(line);
      if (parts.length === 0 || parts.reduce((s, c) => s + value(c)!, 0) + constant !== figure) continue;
      const terms = runs(parts.map((p) => cell(p.id)));
      if (constant !== 0) terms.push(String(constant));
      out.set(line.id, terms.join('+').replace(/\+-/g, '-'));
    }
    const balance = BALANCE_TERMS[line.id];
    if (balance) {
      const figures = balance.map(([, id]) => { const l = byId.get(id); return l ? value(l) : null; });
      if (figures.some((f) => f === null)) continue;
      const sum = balance.reduce((s, [sign], k) => s + (sign === '+' ? figures[k]! : -figures[k]!), 0);
      if (sum !== figure) continue;
      out.set(line.id, balance.map(([sign, id], k) => `${k === 0 && sign === '+' ? '' : sign}${address(cell(id))}`).join(''));
    }
  }
  return out;
}

/** `E7` of {col: 'E', row: 7}. */
export const address = (a: CellAddress) => `${a.col}${a.row}`;

/** Cell references, with runs of three or more adjacent rows of one column as SUM(first:last). */
function runs(cells: CellAddress[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1) j++;
    if (j - i >= 2) out.push(`SUM(${address(cells[i])}:${address(cells[j])})`);
    else for (let k = i; k <= j; k++) out.push(address(cells[k]));
    i = j + 1;
  }
  return out;
}
