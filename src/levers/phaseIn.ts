/**
 * Share of a change in force in `year` when it starts in `from` and builds up linearly over
 * `years` years: 0 before `from`, then (year − from + 1) / years, capped at 1.
 * @example phaseIn(2027, 2026, 3) // 2/3
 */
export function phaseIn(year: number, from: number, years = 1): number {
  if (year < from) return 0;
  return Math.min(1, (year - from + 1) / years);
}
