/**
 * Brute-force boundary of {x : feasible(x)} for the solver tests: scan [lo, hi] in steps of
 * `coarse` (1e-4 by default) for the first (direction 'min') or last ('max') feasible point, then
 * scan the cell before it in steps of `fine` (1e-6). The true boundary t lies within `fine` of
 * the returned point, on its infeasible side, so a solver answer x (within 1e-6 of t, feasible
 * side) satisfies |x − result| ≤ 2·fine.
 */
export function bruteForce(feasible: (x: number) => boolean, lo: number, hi: number, direction: 'min' | 'max' = 'min', coarse = 1e-4, fine = 1e-6): number | null {
  const n = Math.round((hi - lo) / coarse);
  const at = (i: number) => lo + i * coarse;
  let k = -1;
  if (direction === 'min') {
    for (let i = 0; i <= n && k < 0; i++) if (feasible(at(i))) k = i;
  } else {
    for (let i = n; i >= 0 && k < 0; i--) if (feasible(at(i))) k = i;
  }
  if (k < 0) return null;
  const m = Math.round(coarse / fine);
  if (direction === 'min') {
    if (k === 0) return at(0);
    for (let j = 1; j <= m; j++) if (feasible(at(k - 1) + j * fine)) return at(k - 1) + j * fine;
  } else {
    if (k === n) return at(n);
    for (let j = 1; j <= m; j++) if (feasible(at(k + 1) - j * fine)) return at(k + 1) - j * fine;
  }
  return at(k);
}
