/**
 * Months of reserve (累计结余可支付月数): M = B ÷ (E / 12) = 12 · B / E.
 *
 * `E` is the expenditure of the basis year (the same year, or the next year). Returns null when
 * E ≤ 0: with no spending, months of reserve are undefined (never Infinity or NaN).
 * @example reserveMonths(600, 1200) // 6
 */
export function reserveMonths(balance: number, expenditure: number): number | null {
  if (!(expenditure > 0)) return null;
  return (12 * balance) / expenditure;
}
