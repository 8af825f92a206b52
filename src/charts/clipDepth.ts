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
    throw new ChartError('options.clipDepth', ['clipDepth'], `clipDepth must be a number of months > 0 or null, got ${String(value)}`,
      `clipDepth（纵轴截断深度）须为大于 0 的月数或 null，实际为 ${String(value)}`);
  }
  return value;
}
