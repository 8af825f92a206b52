import type { Band } from '../results/types';
import type { Scenario } from '../scenario/scenarioSchema';
import { DEFAULT_BANDS } from './defaultBands';

/**
 * The warning bands on months of reserve: `settings.bands` in order, each band's lower bound the
 * previous band's upper bound (the first has none), or a copy of DEFAULT_BANDS when not set.
 * `defaultBands` tells which (then the employee fund's basis is 'official').
 */
export function resolveBands(settings: Scenario['settings']): { bands: Band[]; defaultBands: boolean } {
  const spec = settings?.bands;
  if (!spec) return { bands: DEFAULT_BANDS.map((b) => ({ ...b })), defaultBands: true };
  const bands = spec.map((b, i) => ({
    id: b.id,
    labelEn: b.label_en,
    labelZh: b.label_zh,
    lower: i === 0 ? null : (spec[i - 1].upper ?? null),
    upper: b.upper ?? null,
    upperInclusive: b.upper_inclusive ?? false,
  }));
  return { bands, defaultBands: false };
}
