import { ChartError } from './ChartError';
import type { BandLike } from './types';

/**
 * Checks a list of warning bands: at least one band, bounds finite or null, lower < upper
 * when both are given, and bands ordered from low to high without overlap
 * (each band's lower bound ≥ the previous band's upper bound).
 *
 * @throws ChartError `bands.empty`, `band.bound`, `band.order` with the band's path.
 */
export function assertBands(bands: readonly BandLike[]): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    throw new ChartError('bands.empty', ['bands'], 'at least one warning band is needed', '至少需要一个预警区间');
  }
  let previousUpper = -Infinity;
  bands.forEach((band, i) => {
    for (const key of ['lower', 'upper'] as const) {
      const v = band[key];
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new ChartError('band.bound', ['bands', i, key], `${key} must be a finite number or null, got ${String(v)}`,
          `${key} 必须是有限数或 null，实际为 ${String(v)}`);
      }
    }
    const lower = band.lower ?? -Infinity;
    const upper = band.upper ?? Infinity;
    if (lower >= upper || lower < previousUpper) {
      throw new ChartError('band.order', ['bands', i], `band '${band.id}' [${lower}, ${upper}) is empty or overlaps the band below`,
        `区间 '${band.id}' [${lower}, ${upper}) 为空或与下方区间重叠`);
    }
    previousUpper = upper;
  });
}
