import type { ChartText } from './chartText';
import { estimateTextWidth } from './estimateTextWidth';
import type { FundLike, VegaLiteSpec } from './types';

/** Colours of the key-year rules: orange for the first deficit, dark red for exhaustion. */
const FIRST_DEFICIT_COLOR = '#e08214';
const EXHAUSTION_COLOR = '#b2182b';
const LABEL_SIZE = 11;
const LABEL_HEIGHT = 14;

/** A point of the plot in pixels: x from the left edge, y from the top edge. */
export interface PlotPoint {
  x: number;
  y: number;
}

/** Where the data is drawn, so that labels can keep off it. */
export interface PlotGeometry {
  width: number;
  height: number;
  /** x pixel of a year */
  x: (year: number) => number;
  /** the drawn data as polylines in pixels (a bar is a two-point vertical line) */
  obstacles: readonly (readonly PlotPoint[])[];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Points along every obstacle segment, 12 per segment, for hit-testing label boxes. */
function samplePoints(obstacles: readonly (readonly PlotPoint[])[]): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (const line of obstacles) {
    if (line.length === 1) out.push(line[0]);
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1];
      const b = line[k];
      for (let s = 0; s <= 12; s++) out.push({ x: a.x + ((b.x - a.x) * s) / 12, y: a.y + ((b.y - a.y) * s) / 12 });
    }
  }
  return out;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Vega-Lite layers marking a fund's first current-year deficit (首次当期赤字) and the
 * exhaustion of its balance (基金穿底) as vertical rules at those years, each labelled
 * "label year". Each label takes the first free place among: top of the plot, second row
 * from the top, bottom, second row from the bottom — on the side of its rule facing the
 * middle of the plot first, then the other side — where "free" means no point of the drawn
 * data (sampled along `geometry.obstacles`), no other label and no plot edge inside its box
 * (text width estimated by {@link estimateTextWidth}, ×1.1 for bold). When no place is free
 * the one hitting the fewest data points is used.
 * Returns [] when neither year is present. Never throws (input checked by the caller).
 */
export function eventRuleLayers(fund: FundLike, text: ChartText, geometry: PlotGeometry): VegaLiteSpec[] {
  const { width, height } = geometry;
  const points = samplePoints(geometry.obstacles);
  const placed: Box[] = [];
  const events = [
    { year: fund.firstDeficitYear, label: text.firstDeficit, color: FIRST_DEFICIT_COLOR, dash: [6, 3] },
    { year: fund.exhaustionYear, label: text.exhaustion, color: EXHAUSTION_COLOR, dash: [] },
  ];
  const layers: VegaLiteSpec[] = [];
  for (const e of events) {
    if (e.year === null) continue;
    const label = `${e.label} ${e.year}`;
    const x = geometry.x(e.year);
    const w = 1.1 * estimateTextWidth({ fontSize: LABEL_SIZE }, label);
    const sides = x > width / 2 ? ['right', 'left'] as const : ['left', 'right'] as const;
    const tops = [4, 4 + LABEL_HEIGHT + 2, height - 4 - LABEL_HEIGHT, height - 4 - 2 * (LABEL_HEIGHT + 1)];
    const candidates = tops.flatMap((top) => sides.map((align) => {
      const left = align === 'left' ? x + 4 : x - 4 - w;
      return { align, top, box: { left, right: left + w, top, bottom: top + LABEL_HEIGHT } };
    }));
    const hits = (b: Box) => points.filter((p) => p.x >= b.left - 2 && p.x <= b.right + 2 && p.y >= b.top - 2 && p.y <= b.bottom + 2).length;
    const fits = (b: Box) => b.left >= 0 && b.right <= width && !placed.some((q) => overlaps(q, b));
    const scored = candidates.map((c) => ({ ...c, hits: hits(c.box), fits: fits(c.box) }));
    const best = scored.find((c) => c.fits && c.hits === 0)
      ?? [...scored].sort((a, b) => Number(b.fits) - Number(a.fits) || a.hits - b.hits)[0];
    placed.push(best.box);
    const data = { values: [{ year: e.year, label }] };
    layers.push({
      data,
      mark: { type: 'rule', color: e.color, strokeWidth: 1.5, strokeDash: e.dash },
      encoding: { x: { field: 'year', type: 'quantitative' } },
    });
    layers.push({
      data,
      mark: {
        type: 'text', color: e.color, fontWeight: 'bold', fontSize: LABEL_SIZE, baseline: 'top',
        align: best.align, dx: best.align === 'left' ? 4 : -4, y: best.top,
      },
      encoding: { x: { field: 'year', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
    });
  }
  return layers;
}
