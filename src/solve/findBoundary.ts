import { FundcastError } from '../errors/FundcastError';
import { refineBracket } from './refineBracket';

/**
 * Where the target holds (slack ≥ 0) for a slack monotone in x over [lo, hi]:
 * - `all` / `none`: at every / no point (then `best` is the grid point with the largest slack);
 * - `from`: on [x, hi] — x meets it, `outside` (within tol below x) does not;
 * - `upTo`: on [lo, x] — x meets it, `outside` (within tol above x) does not;
 * - `nonMonotone`: the slack rises and falls, so no boundary is reported.
 */
export type Boundary = ({ kind: 'all' } | { kind: 'none'; best: { x: number; slack: number } } | { kind: 'from' | 'upTo'; x: number; outside: number } | { kind: 'nonMonotone'; xs: number[]; slacks: number[] }) & {
  evaluations: number;
};

/**
 * Finds the boundary of {x in [lo, hi] : f(x) ≥ 0} for a slack f expected to be monotone.
 *
 * 1. Scan: f at `gridPoints` equally spaced points lo = x_0 < … < x_{n−1} = hi. The sequence must
 *    be non-decreasing or non-increasing (steps beyond 1e-9 relative count) and change
 *    feasibility at most once; otherwise the result is `nonMonotone`.
 * 2. Refine: the grid cell where feasibility changes is a bracket, narrowed by `refineBracket`
 *    to width tol (absolute, in units of x), checking monotonicity on the way.
 *
 * A monotone f can only have a feasible set [t, hi], [lo, t], [lo, hi] or ∅, so the scan
 * cannot miss a feasible island. The bracket closes to tol, or to the spacing of doubles near the
 * boundary when that is wider (`doubleSpacingFloor`: only for |x| above about 1.1e9 at tol 1e-6);
 * |x − outside| is the accuracy reached.
 * Cost: gridPoints + refinement evaluations of f. Throws when f returns NaN or lo ≥ hi.
 * @example findBoundary((x) => x - 0.25, 0, 1) // {kind: 'from', x ≈ 0.25 (within 1e-6, ≥ 0.25), …}
 */
export function findBoundary(f: (x: number) => number, lo: number, hi: number, options: { tol?: number; gridPoints?: number } = {}): Boundary {
  if (!(lo < hi)) throw new FundcastError('solve.search.emptyInterval', { lo, hi });
  const tol = options.tol ?? 1e-6;
  const n = Math.max(2, options.gridPoints ?? 9);
  const xs: number[] = [];
  const fs: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1);
    const v = f(x);
    if (Number.isNaN(v)) throw new FundcastError('solve.search.nanSlack', { x });
    xs.push(x);
    fs.push(v);
  }
  const scale = Math.max(0, ...fs.filter(Number.isFinite).map(Math.abs));
  const eps = 1e-9 * (1 + scale);
  let rises = false;
  let falls = false;
  let switches = 0;
  for (let i = 1; i < n; i++) {
    const d = fs[i] - fs[i - 1];
    if (d > eps) rises = true;
    if (d < -eps) falls = true;
    if (fs[i] >= 0 !== fs[i - 1] >= 0) switches++;
  }
  if ((rises && falls) || switches > 1) return { kind: 'nonMonotone', xs, slacks: fs, evaluations: n };
  if (switches === 0) {
    if (fs[0] >= 0) return { kind: 'all', evaluations: n };
    const i = fs.indexOf(Math.max(...fs));
    return { kind: 'none', best: { x: xs[i], slack: fs[i] }, evaluations: n };
  }
  const k = fs.findIndex((v, i) => i > 0 && v >= 0 !== fs[i - 1] >= 0);
  const rising = fs[k] >= 0;
  const [inI, outI] = rising ? [k, k - 1] : [k - 1, k];
  const r = refineBracket(f, { inside: xs[inI], insideSlack: fs[inI], outside: xs[outI], outsideSlack: fs[outI] }, tol);
  const evaluations = n + r.evaluations;
  if (!r.monotone) return { kind: 'nonMonotone', xs, slacks: fs, evaluations };
  return { kind: rising ? 'from' : 'upTo', x: r.inside, outside: r.outside, evaluations };
}
