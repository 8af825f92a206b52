import { ChartError } from './ChartError';
import { DEFAULT_CLIP_DEPTH } from './bandLayerSpec';

/**
 * The months-axis cut of a reserve chart: the given depth (months below zero, > 0), the
 * default {@link DEFAULT_CLIP_DEPTH} when undefined, or null (no cut) when null.
 *
 * @throws ChartError `options.clipDepth` for a value that is not a finite number > 0 or null.
 */
export function clipDepth(value: number | null | undefined): number | null {
  if (value === undefined) return DEFAULT_CLIP_DEPTH;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ChartError('charts.options.clipDepth', { value: String(value) }, ['clipDepth']);
  }
  return value;
}
