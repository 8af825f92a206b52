/**
 * A lever value for messages: seven significant digits, no trailing zeros, '-' for negatives.
 * @example formatLeverValue(0.081234567) // '0.08123457'   formatLeverValue(1e15) // '1000000000000000'
 */
export function formatLeverValue(x: number): string {
  return String(Number(x.toPrecision(7)));
}
