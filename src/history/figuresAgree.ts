import type { HistoryCheckSettings } from './types';

/** Whether two reported figures agree under the history's tolerances (relative to the largest term). */
export function figuresAgree(a: number, b: number, checks: HistoryCheckSettings, ...terms: number[]): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b), ...terms.map(Math.abs));
  return Math.abs(a - b) <= Math.max(checks.absoluteTolerance, checks.relativeTolerance * scale);
}
