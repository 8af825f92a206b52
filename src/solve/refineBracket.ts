import { FundcastError } from '../errors/FundcastError';
/** A bracket of a monotone slack function: `inside` meets the target (slack ≥ 0), `outside` does not. */
export interface Bracket {
  inside: number;
  insideSlack: number;
  outside: number;
  outsideSlack: number;
}

/**
 * The narrowest bracket width reachable near x: a few spacings of doubles there,
 * 4·ε·|x| (ε = 2.2e-16: 1e-6 at |x| ≈ 1.1e9, 0.89 at 1e15). Below 1.1e9 (in the lever's
 * units) a tolerance of 1e-6 is reachable; above it, the solver reports this width as its
 * accuracy instead of claiming 1e-6.
 */
export function doubleSpacingFloor(x: number): number {
  return 4 * Number.EPSILON * Math.abs(x);
}

/**
 * Narrows a bracket around the point where a monotone slack f crosses 0, until
 * |inside − outside| ≤ max(tol, doubleSpacingFloor(inside)) — the floor scales with the bracket
 * itself, not with the bounds it started from, so a search over [0, 1e15] still closes to 1e-6
 * around an answer of 24,054 — keeping f(inside) ≥ 0 > f(outside). A safeguarded false position:
 *
 *   candidate x = outside − f(outside) · (inside − outside) / (f(inside) − f(outside))
 *   (the midpoint instead when a slack is infinite, or when the previous step failed to halve
 *   the bracket — so the width at least halves every two steps), then kept at least
 *   min(tol, width)/2 inside each end, so a false-position step that lands next to the root
 *   steps just across it and closes the bracket.
 *
 * For an affine f (a rate lever's effect on one year's surplus) this closes in about three
 * evaluations; in the worst case about 2·log2(width/tol). Reference: Dahlquist & Björck,
 * Numerical Methods (1974), §6.2 (regula falsi), with bisection as the safeguard.
 *
 * Monotonicity is checked on the way: a new slack outside [min, max] of the two ends' slacks
 * (beyond 1e-9 relative) sets `monotone: false` and stops. Throws when f returns NaN, or after
 * `maxIterations` evaluations (which a monotone f never needs).
 */
export function refineBracket(
  f: (x: number) => number,
  start: Bracket,
  tol: number,
  maxIterations = 400,
): Bracket & { evaluations: number; monotone: boolean } {
  const b = { ...start };
  let evaluations = 0;
  let bisectNext = false;
  let width = Math.abs(b.inside - b.outside);
  const closed = () => width <= Math.max(tol, doubleSpacingFloor(Math.max(Math.abs(b.inside), Math.abs(b.outside))));
  while (!closed()) {
    if (evaluations >= maxIterations) throw new FundcastError('solve.search.notConverged', { maxIterations });
    const lo = Math.min(b.inside, b.outside);
    const hi = Math.max(b.inside, b.outside);
    const finite = Number.isFinite(b.insideSlack) && Number.isFinite(b.outsideSlack);
    let x = !bisectNext && finite ? b.outside - (b.outsideSlack * (b.inside - b.outside)) / (b.insideSlack - b.outsideSlack) : (lo + hi) / 2;
    const margin = Math.min(tol, width) / 2;
    x = Math.min(Math.max(x, lo + margin), hi - margin);
    const fx = f(x);
    evaluations++;
    if (Number.isNaN(fx)) throw new FundcastError('solve.search.nanSlack', { x });
    const sLo = Math.min(b.insideSlack, b.outsideSlack);
    const sHi = Math.max(b.insideSlack, b.outsideSlack);
    const eps = 1e-9 * (1 + Math.max(Number.isFinite(sLo) ? Math.abs(sLo) : 0, Number.isFinite(sHi) ? Math.abs(sHi) : 0));
    if (fx < sLo - eps || fx > sHi + eps) return { ...b, evaluations, monotone: false };
    if (fx >= 0) {
      b.inside = x;
      b.insideSlack = fx;
    } else {
      b.outside = x;
      b.outsideSlack = fx;
    }
    const next = Math.abs(b.inside - b.outside);
    bisectNext = next > width / 2;
    width = next;
  }
  return { ...b, evaluations, monotone: true };
}
