/** Fewest common years from which a correlation between two series' growth shocks is estimated. */
export const MIN_YEARS_FOR_CORRELATION = 5;

/**
 * Correlation of two series' yearly growth residuals over the years both give:
 *   r = Σ a_t b_t / √(Σ a_t² · Σ b_t²),  a_t = d_t − ā, b_t = e_t − b̄ (d, e the yearly log changes,
 * centred on their means over the common years), with n the number of common yearly changes.
 * null when n < MIN_YEARS_FOR_CORRELATION (too few to tell a correlation from noise: the standard
 * error of r near 0 is about 1/√n) or when either series does not vary.
 * @example residualCorrelation([1, 2, 3, 4, 5, 6, 7], [1, 1.1, 1.3, 1.2, 1.5, 1.4, 1.8], [1, 2, 3, 4, 5, 6, 7], [2, 2.2, 2.6, 2.4, 3, 2.8, 3.6]) // { rho: 1, n: 6 } (to rounding)
 */
export function residualCorrelation(yearsA: readonly number[], valuesA: readonly number[], yearsB: readonly number[], valuesB: readonly number[]): { rho: number; n: number } | null {
  const changes = (years: readonly number[], values: readonly number[]) => {
    const m = new Map<number, number>();
    for (let i = 1; i < values.length; i++) if (years[i] === years[i - 1] + 1) m.set(years[i], Math.log(values[i] / values[i - 1]));
    return m;
  };
  const a = changes(yearsA, valuesA);
  const b = changes(yearsB, valuesB);
  const common = [...a.keys()].filter((y) => b.has(y));
  const n = common.length;
  if (n < MIN_YEARS_FOR_CORRELATION) return null;
  const ma = common.reduce((s, y) => s + a.get(y)!, 0) / n;
  const mb = common.reduce((s, y) => s + b.get(y)!, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (const y of common) {
    const x = a.get(y)! - ma;
    const z = b.get(y)! - mb;
    sab += x * z; saa += x * x; sbb += z * z;
  }
  if (!(saa > 0) || !(sbb > 0)) return null;
  return { rho: Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb))), n };
}
