import { describe, expect, it } from 'vitest';
import { findBoundary, refineBracket } from '../../src/solve/index';

describe('findBoundary on functions with known crossings', () => {
  it('an increasing line x − 0.25: the feasible set is [0.25, 1]; x within 1e-6 above 0.25, outside below', () => {
    const b = findBoundary((x) => x - 0.25, 0, 1);
    expect(b.kind).toBe('from');
    if (b.kind !== 'from') return;
    expect(b.x).toBeGreaterThanOrEqual(0.25);
    expect(b.x - 0.25).toBeLessThanOrEqual(1e-6);
    expect(b.outside).toBeLessThan(0.25);
    expect(b.x - b.outside).toBeLessThanOrEqual(1e-6);
    // 0.25 is a grid point of 9 on [0, 1]: found by the scan, no refinement beyond closing the cell
    expect(b.evaluations).toBeLessThanOrEqual(9 + 3);
  });

  it('a decreasing cubic 0.1 − x³ crosses at 0.1^(1/3) = 0.464158883…: feasible [lo, x]', () => {
    const root = Math.cbrt(0.1); // 0.46415888336127786 (identity: root³ = 0.1)
    const b = findBoundary((x) => 0.1 - x ** 3, -1, 2);
    expect(b.kind).toBe('upTo');
    if (b.kind !== 'upTo') return;
    expect(b.x).toBeLessThanOrEqual(root);
    expect(root - b.x).toBeLessThanOrEqual(1e-6);
    expect(b.outside).toBeGreaterThan(root);
    expect(b.evaluations).toBeLessThan(60);
  });

  it('a step function (flat, then jumps at 0.3) is still bracketed to 1e-6 by bisection safeguards', () => {
    const b = findBoundary((x) => (x >= 0.3 ? 1 : -1), 0, 1);
    expect(b.kind).toBe('from');
    if (b.kind !== 'from') return;
    expect(b.x).toBeGreaterThanOrEqual(0.3);
    expect(b.x - 0.3).toBeLessThanOrEqual(1e-6);
  });

  it('reports all / none, with the best point for none', () => {
    expect(findBoundary((x) => x + 1, 0, 1).kind).toBe('all');
    const none = findBoundary((x) => x - 5, 0, 1);
    expect(none.kind).toBe('none');
    if (none.kind === 'none') expect(none.best).toEqual({ x: 1, slack: -4 });
  });

  it('rejects a function that rises and falls (a parabola) as non-monotone instead of answering', () => {
    const b = findBoundary((x) => 0.01 - (x - 0.5) ** 2, 0, 1);
    expect(b.kind).toBe('nonMonotone');
  });

  it('detects non-monotonicity hidden between grid points during refinement', () => {
    // increasing on the 9-point grid of [0, 1] (spacing 0.125) and crossing in (0.25, 0.375), but
    // with a dip to −10 around 0.32, where the first false-position step lands (the secant of
    // x − 0.32 through 0.25 and 0.375 hits 0.32): a value below both ends of the bracket
    const f = (x: number) => (x > 0.319 && x < 0.321 ? -10 : x - 0.32);
    const b = findBoundary(f, 0, 1);
    expect(b.kind).toBe('nonMonotone');
  });

  it('handles infinite slacks by bisecting', () => {
    const b = findBoundary((x) => (x < 0.6 ? -Infinity : Infinity), 0, 1);
    expect(b.kind).toBe('from');
    if (b.kind === 'from') expect(b.x - 0.6).toBeLessThanOrEqual(1e-6);
  });

  it('closes to 1e-6 around a moderate root even when the bounds reach 1e15 (issue 8, W1)', () => {
    for (const root of [1.816, 24053.67, 123456789.123]) {
      const b = findBoundary((x) => x - root, 0, 1e15);
      expect(b.kind).toBe('from');
      if (b.kind !== 'from') return;
      expect(b.x - root).toBeGreaterThanOrEqual(0);
      expect(b.x - root).toBeLessThanOrEqual(1e-6);
      expect(b.x - b.outside).toBeLessThanOrEqual(1e-6);
    }
  });

  it('widens the bracket to the spacing of doubles only where they are farther apart than tol (x = 3e14)', () => {
    const root = 3e14 + 0.3;
    const b = findBoundary((x) => x - root, 0, 1e15);
    expect(b.kind).toBe('from');
    if (b.kind !== 'from') return;
    // 4·ε·3e14 ≈ 0.27: what doubles near 3e14 allow (their spacing there is 0.0625)
    expect(b.x - b.outside).toBeLessThanOrEqual(4 * Number.EPSILON * 3e14 + 0.0625);
    expect(b.x).toBeGreaterThanOrEqual(root);
  });

  it('throws for an empty interval and for NaN', () => {
    expect(() => findBoundary((x) => x, 1, 1)).toThrow(/empty/);
    expect(() => findBoundary(() => NaN, 0, 1)).toThrow(/NaN/);
  });
});

describe('refineBracket', () => {
  it('closes a bracket of an affine function in a few evaluations (false position lands on the root)', () => {
    // 2x − 1 on [0, 1]: root 0.5; false position hits it at once, the next step crosses it
    const r = refineBracket((x) => 2 * x - 1, { inside: 1, insideSlack: 1, outside: 0, outsideSlack: -1 }, 1e-6);
    expect(r.monotone).toBe(true);
    expect(r.inside).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(r.inside - r.outside)).toBeLessThanOrEqual(1e-6);
    expect(r.evaluations).toBeLessThanOrEqual(3);
  });

  it('needs no more than about 2·log2(width/tol) evaluations on a function false position handles badly', () => {
    // x^9 − 1e-9 on [0, 1]: very flat near the root 1e-1 — plain regula falsi stalls on one side
    const root = Math.pow(1e-9, 1 / 9);
    const r = refineBracket((x) => x ** 9 - 1e-9, { inside: 1, insideSlack: 1 - 1e-9, outside: 0, outsideSlack: -1e-9 }, 1e-6);
    expect(r.inside).toBeGreaterThanOrEqual(root);
    expect(r.inside - root).toBeLessThanOrEqual(1e-6);
    expect(r.evaluations).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1 / 1e-6)) + 2);
  });
});
