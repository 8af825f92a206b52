import type { HistoryCheckSettings } from './types';

/**
 * Whether two reported figures agree under the history's tolerances: |a − b| ≤ max(absolute, relative × the largest of a, b and `terms`).
 * @example figuresAgree(4119.75, 17342.45 - 13222.71, { relativeTolerance: 0.0005, absoluteTolerance: 0, jumpThreshold: 0.25 }, 17342.45) // true
 */
export function figuresAgree(a: number, b: number, checks: HistoryCheckSettings, ...terms: number[]): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b), ...terms.map(Math.abs));
  return Math.abs(a - b) <= Math.max(checks.absoluteTolerance, checks.relativeTolerance * scale);
}
