import { findNonFinite } from './findNonFinite';
import type { ProjectionResult } from './types';

/**
 * Checks the accounting identities of every row of every fund and returns the failures (empty
 * when all hold):
 *   income = Σ incomeItems,  expenditure = Σ expenditureItems,  surplus = income − expenditure,
 *   balance = openingBalance + surplus,  openingBalance = previous row's balance (base balance for the first),
 * each to `relTol` relative to max(1, |terms|); and every number of every field is finite
 * (findNonFinite: ratios, members, memo items and demography outputs too).
 */
export function checkIdentities(result: ProjectionResult, relTol = 1e-9): string[] {
  const bad: string[] = [];
  const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= relTol * Math.max(1, Math.abs(scale));
  for (const f of result.funds) {
    let prev = f.base.balance;
    for (const r of f.rows) {
      const where = `${f.id} ${r.year}`;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((s, v) => s + v, 0);
      const nums = [r.openingBalance, r.income, r.expenditure, r.surplus, r.balance, ...Object.values(r.incomeItems), ...Object.values(r.expenditureItems)];
      if (r.reserveMonths !== null) nums.push(r.reserveMonths);
      if (nums.some((x) => !Number.isFinite(x))) bad.push(`${where}: a value is not finite`);
      if (!close(r.income, sum(r.incomeItems), r.income)) bad.push(`${where}: income ≠ Σ income items`);
      if (!close(r.expenditure, sum(r.expenditureItems), r.expenditure)) bad.push(`${where}: expenditure ≠ Σ expenditure items`);
      if (!close(r.surplus, r.income - r.expenditure, Math.max(Math.abs(r.income), Math.abs(r.expenditure)))) bad.push(`${where}: surplus ≠ income − expenditure`);
      if (!close(r.balance, r.openingBalance + r.surplus, Math.max(Math.abs(r.openingBalance), Math.abs(r.surplus)))) bad.push(`${where}: balance ≠ opening + surplus`);
      if (r.openingBalance !== prev) bad.push(`${where}: opening balance ≠ previous closing balance`);
      prev = r.balance;
    }
  }
  for (const path of findNonFinite(result)) bad.push(`${path}: not finite`);
  return bad;
}
