import { ChartError } from './ChartError';
import type { BandLike } from './types';

/**
 * Checks a list of warning bands: at least one band, bounds finite or null, lower < upper
 * when both are given, and bands ordered from low to high without overlap
 * (each band's lower bound ≥ the previous band's upper bound).
 *
 * @throws ChartError `charts.bands.empty`, `charts.band.bound`, `charts.band.order` with the band's path.
 */
export function assertBands(bands: readonly BandLike[]): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    throw new ChartError('charts.bands.empty', {}, ['bands']);
  }
  let previousUpper = -Infinity;
  bands.forEach((band, i) => {
    for (const key of ['lower', 'upper'] as const) {
      const v = band[key];
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new ChartError('charts.band.bound', { key, v: String(v) }, ['bands', i, key]);
      }
    }
    const lower = band.lower ?? -Infinity;
    const upper = band.upper ?? Infinity;
    if (lower >= upper || lower < previousUpper) {
      throw new ChartError('charts.band.order', { id: band.id, lower, upper }, ['bands', i]);
    }
    previousUpper = upper;
  });
}
