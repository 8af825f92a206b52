import type { ProjectionResult } from './types';

/** One flat record per fund and year: the shape of CSV lines and DataFrame rows. */
export type FlatRow = Record<string, string | number | null>;

/**
 * Flattens a projection into one record per fund and year, with item columns prefixed
 * `income.`, `expenditure.`, `members.` and `memo.`. Columns absent from a fund are null.
 */
export function resultRows(result: ProjectionResult): { columns: string[]; rows: FlatRow[] } {
  const fixed = ['fund', 'year', 'openingBalance', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band', 'gapRate', 'balanceRate', 'dependencyRatio'];
  const extra: string[] = [];
  const rows: FlatRow[] = [];
  for (const f of result.funds) {
    for (const r of f.rows) {
      const row: FlatRow = {
        fund: f.id,
        year: r.year,
        openingBalance: r.openingBalance,
        income: r.income,
        expenditure: r.expenditure,
        surplus: r.surplus,
        balance: r.balance,
        reserveMonths: r.reserveMonths,
        band: r.band,
        gapRate: r.gapRate,
        balanceRate: r.balanceRate,
        dependencyRatio: r.dependencyRatio,
      };
      for (const [prefix, items] of [['members', r.members], ['income', r.incomeItems], ['expenditure', r.expenditureItems], ['memo', r.memo]] as const) {
        for (const [k, v] of Object.entries(items)) {
          const col = `${prefix}.${k}`;
          if (!extra.includes(col)) extra.push(col);
          row[col] = v;
        }
      }
      rows.push(row);
    }
  }
  const columns = [...fixed, ...extra];
  for (const row of rows) for (const c of columns) if (!(c in row)) row[c] = null;
  return { columns, rows };
}
