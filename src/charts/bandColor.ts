/** Fill colours of the default warning bands (ColorBrewer RdYlBu-like: red = danger, green = normal, blue = surplus). */
const BAND_COLORS: Readonly<Record<string, string>> = Object.freeze({
  exhausted: '#b2182b',
  insufficient: '#f4a582',
  low: '#fee090',
  normal: '#a6d96a',
  high: '#92c5de',
  excessive: '#4393c3',
});

/** Colours for bands with other ids, by position (ColorBrewer Set3). */
const FALLBACK_COLORS = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5'];

/**
 * Fill colour of a warning band: a fixed colour for the default band ids
 * (exhausted, insufficient, low, normal, high, excessive), otherwise a colour picked by
 * the band's position in its list. Never throws (a negative index is taken as 0).
 *
 * @example
 * bandColor('normal', 3); // => '#a6d96a'
 */
export function bandColor(id: string, index: number): string {
  const known = BAND_COLORS[id];
  if (known !== undefined) return known;
  const i = Number.isInteger(index) && index > 0 ? index : 0;
  return FALLBACK_COLORS[i % FALLBACK_COLORS.length];
}
