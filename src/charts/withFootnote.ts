import { ChartError } from './ChartError';
import type { VegaLiteSpec } from './types';

/** Pixels from the top of the plot to the first footnote line: below the x axis and its title. */
const FOOTNOTE_OFFSET = 44;

/**
 * Normalises a footnote option to its lines: a string is one line, an array several; empty
 * lines are dropped.
 *
 * @throws ChartError `options.footnote` when it is neither a string nor an array of strings.
 */
export function footnoteLines(footnote: string | readonly string[] | undefined): string[] {
  if (footnote === undefined) return [];
  const lines = typeof footnote === 'string' ? [footnote] : footnote;
  if (!Array.isArray(lines) || lines.some((l) => typeof l !== 'string')) {
    throw new ChartError('charts.options.footnote', {}, ['footnote']);
  }
  return lines.filter((l) => l.trim() !== '');
}

/**
 * The spec with footnote lines (source, "illustrative assumptions", notes) drawn in small grey
 * text under the plot, left-aligned with it. A single-view spec is turned into a layered one
 * (its data stays at the top level; the footnote layer has its own one-row data). Returns the
 * spec unchanged when there are no lines. Never mutates the input.
 *
 * @param height the plot's height in pixels (the footnote is placed below it)
 */
export function withFootnote(spec: VegaLiteSpec, lines: readonly string[], height: number): VegaLiteSpec {
  if (lines.length === 0) return spec;
  const footnote: VegaLiteSpec = {
    data: { values: [{}] },
    mark: {
      type: 'text', text: [...lines], x: 0, y: height + FOOTNOTE_OFFSET, align: 'left', baseline: 'top',
      fontSize: 10, lineHeight: 14, color: '#555555',
    },
  };
  if (Array.isArray(spec.layer)) return { ...spec, layer: [...spec.layer, footnote] };
  const { mark, encoding, transform, ...rest } = spec;
  const main: VegaLiteSpec = { mark, encoding, ...(transform === undefined ? {} : { transform }) };
  return { ...rest, layer: [main, footnote] };
}
