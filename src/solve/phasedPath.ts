import { SolveError } from './SolveError';
import type { LeverYearValue } from './types';

/**
 * Phase-in path of a lever moving from its current value c toward a value x, at most m a year.
 *
 * The value in force in year from + j (j = 0, 1, …) is
 *   v_j = c + sign(x − c) · min(|x − c|, m · (j + 1)),
 * so the first step (of at most m) is taken in `from`, each later year moves at most m further,
 * and x is reached in year from + ⌈|x − c| / m⌉ − 1 and kept to the horizon. Steps past `endYear`
 * are not listed (x may then not be reached within the projection). With m = null the lever
 * jumps to x in `from`: the path is [{from, x}]. Each v_j is computed from c directly (no
 * accumulated rounding), and v_j is non-decreasing in x, so a target monotone in the lever
 * stays monotone in x.
 *
 * Units: those of the lever. Throws a SolveError when m is not a positive finite number or a
 * value is not finite.
 * @example phasedPath(0.07, 0.085, 2025, 2045, 0.005)
 * // [{year: 2025, value: 0.075}, {year: 2026, value: 0.08}, {year: 2027, value: 0.085}]
 */
export function phasedPath(current: number, target: number, from: number, endYear: number, maxChangePerYear: number | null): LeverYearValue[] {
  if (!Number.isFinite(current) || !Number.isFinite(target)) {
    throw new SolveError('solve.path.value', { current, target });
  }
  if (maxChangePerYear === null) return [{ year: from, value: target }];
  if (!(maxChangePerYear > 0) || !Number.isFinite(maxChangePerYear)) {
    throw new SolveError('solve.path.maxChange', { maxChangePerYear });
  }
  const gap = Math.abs(target - current);
  const sign = target >= current ? 1 : -1;
  const path: LeverYearValue[] = [];
  for (let j = 0; from + j <= endYear; j++) {
    const step = maxChangePerYear * (j + 1);
    path.push({ year: from + j, value: step >= gap ? target : current + sign * step });
    if (step >= gap) break;
  }
  return path;
}
