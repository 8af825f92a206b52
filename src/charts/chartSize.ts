import { ChartError } from './ChartError';

/** Default plot size in pixels (the plotting area, without axes and legend). */
export const DEFAULT_CHART_WIDTH = 640;
export const DEFAULT_CHART_HEIGHT = 320;

/**
 * The plot's width and height in pixels: the given values or the defaults (640 × 320).
 *
 * @throws ChartError `charts.options.size` when a given width or height is not a finite number > 0.
 */
export function chartSize(options: { width?: number; height?: number }): { width: number; height: number } {
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const height = options.height ?? DEFAULT_CHART_HEIGHT;
  for (const [key, v] of [['width', width], ['height', height]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new ChartError('charts.options.size', { key, v: String(v) }, [key]);
    }
  }
  return { width, height };
}
