/**
 * Splits the change of a product T = Π f_j between two years into one part per factor with the
 * log-mean Divisia index (LMDI-I, Ang 2005):
 *
 *   part_j = L(T₁, T₀) · ln(f_j,₁ / f_j,₀),   L(a, b) = (a − b) / (ln a − ln b),  L(a, a) = a
 *
 * The parts sum to T₁ − T₀ exactly in exact arithmetic (Σ ln(f₁/f₀) = ln(T₁/T₀)), to rounding
 * in floating point, whatever the order of the factors (unlike a sequential split). With a zero
 * factor in either year the logarithms are undefined: the whole change goes to the first factor
 * that is zero (e.g. members falling to 0). Both arrays must hold the same factors in the same order
 * and Π f equal to T₀ and T₁.
 * @example logMeanDecomposition([100, 2], [110, 2.2]) // [≈ 21.0, ≈ 21.0]; both factors grow 10 %, so 242 − 200 = 42 splits evenly
 */
export function logMeanDecomposition(before: readonly number[], after: readonly number[]): number[] {
  const t0 = before.reduce((p, f) => p * f, 1);
  const t1 = after.reduce((p, f) => p * f, 1);
  const parts = before.map(() => 0);
  if (t0 === t1) return parts;
  const zero = before.findIndex((f, j) => !(f > 0) || !(after[j] > 0));
  if (zero >= 0) {
    parts[zero] = t1 - t0;
    return parts;
  }
  const l = (t1 - t0) / (Math.log(t1) - Math.log(t0));
  return before.map((f, j) => l * Math.log(after[j] / f));
}
