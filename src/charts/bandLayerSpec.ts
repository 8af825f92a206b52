import { bandColor } from './bandColor';
import type { ChartText } from './chartText';
import type { BandLike, ChartLang } from './types';

/** Default depth, in months below zero, at which the months axis is cut: 6 (half a year of spending). */
export const DEFAULT_CLIP_DEPTH = 6;

/**
 * The shaded warning-band layer shared by the reserve-month charts, and the y range it implies:
 * from max(min(0, 1.05·lowest value), −clipDepth) to max(1.05·highest value, 1.2·highest finite
 * band bound); unbounded bands are cut at the axis ends. Cutting the axis at −clipDepth months
 * keeps the 3–15-month bands readable once a fund is exhausted (its months fall without bound);
 * clipDepth null shows every value.
 */
export function bandLayerSpec(bands: readonly BandLike[], months: readonly number[], text: ChartText, lang: ChartLang,
  clipDepth: number | null = DEFAULT_CLIP_DEPTH) {
  const label = (band: BandLike) => (lang === 'en' ? band.labelEn : band.labelZh);
  const bounds = bands.flatMap((b) => [b.lower, b.upper]).filter((v): v is number => v !== null);
  const lowest = Math.min(0, 1.05 * Math.min(...months, 0));
  const yMin = clipDepth === null ? lowest : Math.max(lowest, -clipDepth);
  const yMax = Math.max(1.05 * Math.max(...months, 0), 1.2 * Math.max(...bounds, 0), 1);
  const rects = bands
    .map((b) => ({ id: b.id, label: label(b), y: Math.max(b.lower ?? yMin, yMin), y2: Math.min(b.upper ?? yMax, yMax) }))
    .filter((r) => r.y2 > r.y);
  const legendOrder = [...bands].reverse();
  const layer = {
    data: { values: rects },
    mark: { type: 'rect', opacity: 0.3 },
    encoding: {
      y: { field: 'y', type: 'quantitative', scale: { domain: [yMin, yMax], nice: false, zero: false }, title: text.reserveMonths },
      y2: { field: 'y2' },
      color: {
        field: 'label', type: 'nominal', title: text.band, legend: { labelLimit: 300 },
        scale: { domain: legendOrder.map(label), range: legendOrder.map((b) => bandColor(b.id, bands.indexOf(b))) },
      },
    },
  };
  return { layer, yMin, yMax };
}
