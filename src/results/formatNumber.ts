/**
 * Formats a number for reports: thousands separators, fixed decimals, '—' for null.
 * @example formatNumber(30445.5, 1) // '30,445.5'
 */
export function formatNumber(v: number | null, decimals = 1): string {
  if (v === null) return '—';
  return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * A share as a percentage with fixed decimals, '—' for null (e.g. the gap rate (E − I)/I).
 * @example formatPercent(-0.0567) // '-5.7%'
 */
export function formatPercent(v: number | null, decimals = 1): string {
  return v === null ? '—' : `${formatNumber(100 * v, decimals)}%`;
}

/** '2044' or a dash with "none within the horizon" in the chosen language. */
export function formatYear(y: number | null, lang: 'en' | 'zh'): string {
  if (y !== null) return String(y);
  return lang === 'zh' ? '预测期内未出现' : 'none within the horizon';
}
