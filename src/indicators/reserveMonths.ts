/**
 * Months of reserve (累计结余可支付月数): M = B ÷ (E / 12) = 12 · B / E.
 *
 * `E` is the expenditure of the basis year (the same year, or the next year). Returns null when
 * E ≤ 0: with no spending, months of reserve are undefined; and null when E is so small against
 * B that 12·B/E is not a finite double (the band then follows B's sign: projectFund). Never
 * Infinity or NaN.
 * @example reserveMonths(600, 1200) // 6
 */
export function reserveMonths(balance: number, expenditure: number): number | null {
  if (!(expenditure > 0)) return null;
  const m = (12 * balance) / expenditure;
  return Number.isFinite(m) ? m : null;
}
