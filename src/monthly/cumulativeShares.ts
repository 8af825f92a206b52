import { MonthlyError } from './MonthlyError';

/**
 * The cumulative shares of one year's twelve monthly flows: C_k = (Σ_{j≤k} x_j) / (Σ_{j<12} x_j),
 * k = 0 … 11, with C_11 = 1 exactly. Throws MonthlyError when there are not twelve finite flows or the
 * year's total is not positive (a share of a zero or negative total means nothing). O(12).
 * @example cumulativeShares([1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]) // [0.25, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
 */
export function cumulativeShares(months: readonly number[], line = 'line', year = 0): number[] {
  if (months.length !== 12) throw new MonthlyError('monthly.monthCount', { line, year, found: months.length }, [line, year]);
  months.forEach((x, k) => {
    if (!Number.isFinite(x)) throw new MonthlyError('monthly.notFinite', { line, year, month: k + 1, found: String(x) }, [line, year, k + 1]);
  });
  const total = months.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new MonthlyError('monthly.yearTotal', { line, year, total }, [line, year]);
  let running = 0;
  const shares = months.map((x) => (running += x) / total);
  shares[11] = 1;
  return shares;
}
