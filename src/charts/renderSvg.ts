import { ChartError } from './ChartError';
import { estimateTextWidth } from './estimateTextWidth';
import { loadVega } from './loadVega';
import type { VegaLiteSpec } from './types';
import { escapeControls } from '../results/escapeControls';

/** Font list used when a spec sets none: Noto Sans CJK SC draws the Chinese text. */
export const DEFAULT_CHART_FONT = 'Noto Sans CJK SC, DejaVu Sans, sans-serif';

/**
 * Renders a Vega-Lite spec to an SVG string, headlessly (no browser, no canvas):
 * vega-lite compiles the spec to Vega, a vega View with renderer 'none' runs it, and
 * view.toSVG() serialises the scene; the view is finalized afterwards.
 * When the spec's config has no `font`, {@link DEFAULT_CHART_FONT} is used.
 * Without a canvas, vega estimates text widths; its estimate (0.8 em a character) is
 * replaced by `estimateTextWidth` (src/charts), which counts Chinese characters as 1 em, by setting
 * vega's `textMetrics.width` hook (a process-wide setting of the vega module; left alone when
 * a canvas measurer is in use).
 *
 * @throws ChartError `charts.spec.notObject` when spec is not an object, `charts.spec.compile` when
 *   Vega-Lite or Vega rejects it, `charts.vega.load` when the packages cannot be loaded.
 * @example
 * const svg = await renderSvg({ mark: 'point', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'quantitative' } } });
 * svg.startsWith('<svg'); // => true
 */
export async function renderSvg(vlSpec: VegaLiteSpec): Promise<string> {
  if (typeof vlSpec !== 'object' || vlSpec === null || Array.isArray(vlSpec)) {
    throw new ChartError('charts.spec.notObject', {}, []);
  }
  const { vega, vegaLite } = await loadVega();
  if (vega.textMetrics.width === vega.textMetrics.estimateWidth) vega.textMetrics.width = estimateTextWidth;
  const config = (vlSpec.config ?? {}) as Record<string, unknown>;
  const spec = { ...vlSpec, config: { ...config, font: config.font ?? DEFAULT_CHART_FONT } };
  let view;
  try {
    view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ChartError('charts.spec.compile', { detail }, []);
  }
  try {
    // a control character in a label (a fund named with an escape sequence) is not allowed in XML
    return escapeControls(await view.toSVG(), '\t\n\r');
  } finally {
    view.finalize();
  }
}
