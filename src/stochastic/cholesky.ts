/**
 * Cholesky factor of a symmetric matrix R (n × n, row-major): the lower-triangular L with
 * L·Lᵀ = R, by the Cholesky–Banachiewicz recurrence
 *   L_jj = √(R_jj − Σ_{k<j} L_jk²),   L_ij = (R_ij − Σ_{k<j} L_ik·L_jk) / L_jj   (i > j).
 * R is positive definite exactly when every pivot R_jj − Σ L_jk² is > 0; the first pivot that is
 * not (≤ `tolerance`) is returned as `{ failedAt: j, pivot }` instead of a factor.
 * Cost O(n³/6). @example cholesky(Float64Array.of(1, 0.5, 0.5, 1), 2).L // [1, 0, 0.5, 0.866…]
 */
export function cholesky(R: Float64Array, n: number, tolerance = 1e-10): { L: Float64Array } | { failedAt: number; pivot: number } {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = R[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] * L[j * n + k];
    if (!(d > tolerance)) return { failedAt: j, pivot: d };
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = R[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / ljj;
    }
  }
  return { L };
}
