/**
 * A figure as written in a message: integers as they are, others to at most 6 decimals.
 * @example showFigure(17342.45 - 13222.71) // '4119.74'
 */
export function showFigure(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1e6) / 1e6);
}
