/** East Asian wide and fullwidth ranges (Unicode UAX #11, W and F): Hangul Jamo, CJK, Hangul, compatibility ideographs, fullwidth forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Columns a string takes in a terminal: 2 for East Asian wide and fullwidth characters (中文, ，),
 * 1 for the others (an em dash — or a Latin letter).
 * @example displayWidth('基金 A') // 6
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const c of s) w += WIDE.test(c) ? 2 : 1;
  return w;
}

/**
 * `s` padded with spaces to `width` terminal columns (by displayWidth), on the right (left-aligned
 * text) or on the left (`alignRight`, for numbers); a longer string is returned as it is.
 * @example padToWidth('基金', 6) // '基金  '
 */
export function padToWidth(s: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return alignRight ? fill + s : s + fill;
}
