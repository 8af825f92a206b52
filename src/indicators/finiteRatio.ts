/**
 * n ÷ d for a ratio reported in results (gap rate, balance rate, actives per retiree): null when
 * d ≤ 0 (the ratio is undefined), and null when d is so small against n that n/d is not a finite
 * double (beyond ±1.8e308) — a ratio never reaches an output as Infinity or NaN.
 * @example finiteRatio(3, 2) // 1.5   finiteRatio(1, 0) // null   finiteRatio(1e10, 5e-324) // null
 */
export function finiteRatio(n: number, d: number): number | null {
  if (!(d > 0)) return null;
  const r = n / d;
  return Number.isFinite(r) ? r : null;
}
