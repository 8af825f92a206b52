import type { ProjectionResult } from './types';

/** One flat record per fund and year: the shape of CSV lines and DataFrame rows. */
export type FlatRow = Record<string, string | number | boolean | null>;

/**
 * Flattens a projection into one record per fund and year — a fund's observed (history) years
 * first, flagged `observed: true`, then its projected years (`observed: false`) — with item columns
 * prefixed `income.`, `expenditure.`, `members.`, `memo.` and, for observed years, `per_head.` and
 * `basis.` (report, scope, maternity) and `source`. A column a row does not have is null: for an
 * observed year, every figure its history does not give (docs/history.md).
 */
export function resultRows(result: ProjectionResult): { columns: string[]; rows: FlatRow[] } {
  const fixed = ['fund', 'year', 'openingBalance', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band', 'gapRate', 'balanceRate', 'dependencyRatio', 'observed'];
  const extra: string[] = [];
  const rows: FlatRow[] = [];
  const add = (row: FlatRow, groups: [string, Record<string, number | string | null>][]) => {
    for (const [prefix, items] of groups) {
      for (const [k, v] of Object.entries(items)) {
        const col = `${prefix}.${k}`;
        if (!extra.includes(col)) extra.push(col);
        row[col] = v;
      }
    }
    rows.push(row);
  };
  for (const f of result.funds) {
    for (const r of f.history ?? []) {
      const row: FlatRow = {
        fund: f.id, year: r.year, openingBalance: r.openingBalance, income: r.income, expenditure: r.expenditure, surplus: r.surplus, balance: r.balance,
        reserveMonths: r.reserveMonths, band: r.band, gapRate: r.gapRate, balanceRate: r.balanceRate, dependencyRatio: r.dependencyRatio, observed: true,
      };
      add(row, [['members', r.members], ['income', r.incomeItems], ['expenditure', r.expenditureItems], ['per_head', r.perHead], ['basis', { ...r.basis }]]);
      if (r.source !== null) {
        if (!extra.includes('source')) extra.push('source');
        row.source = r.source;
      }
    }
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
        observed: false,
      };
      add(row, [['members', r.members], ['income', r.incomeItems], ['expenditure', r.expenditureItems], ['memo', r.memo]]);
    }
  }
  const columns = [...fixed, ...extra];
  for (const row of rows) for (const c of columns) if (!(c in row)) row[c] = null;
  return { columns, rows };
}
