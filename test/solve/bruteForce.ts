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

/**
 * Brute-force boundary by nested scans, for bounds of any width: 1,000 equal steps over [lo, hi],
 * then 100 steps over the cell before the first (direction 'min') or after the last ('max')
 * feasible point, and so on until the step is at most `finest`. Returns that first (last) feasible
 * point — the true boundary lies within `finest` of it on its infeasible side — or null when no
 * scanned point is feasible. Assumes, as the solver does, that feasibility switches once.
 */
export function scanBoundary(feasible: (x: number) => boolean, lo: number, hi: number, direction: 'min' | 'max' = 'min', finest = 1e-7): number | null {
  let a = lo;
  let b = hi;
  let n = 1000;
  for (let level = 0; ; level++) {
    const step = (b - a) / n;
    const at = (i: number) => (i === n ? b : a + i * step);
    let k = -1;
    if (direction === 'min') {
      for (let i = 0; i <= n && k < 0; i++) if (feasible(at(i))) k = i;
    } else {
      for (let i = n; i >= 0 && k < 0; i--) if (feasible(at(i))) k = i;
    }
    if (k < 0) return level === 0 ? null : direction === 'min' ? b : a;
    if (direction === 'min' ? k === 0 : k === n) return at(k);
    if (step <= finest) return at(k);
    [a, b] = direction === 'min' ? [at(k - 1), at(k)] : [at(k), at(k + 1)];
    n = 100;
  }
}
