import type { NamedChart } from './projectionCharts';
import { renderPng, type RenderPngOptions } from './renderPng';
import { renderSvg } from './renderSvg';

/**
 * The files of a set of charts: `<name>.svg` (vega's SVG) and `<name>.png` (drawn from that SVG
 * by renderPng with the CJK fonts), in the charts' order — ready for one atomic write.
 *
 * @example
 * const files = await chartFiles(projectionCharts(result, { lang: 'zh' }));
 * Object.keys(files); // => ['employee-reserve.svg', 'employee-reserve.png', …]
 */
export async function chartFiles(charts: readonly NamedChart[], options: RenderPngOptions = {}): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  for (const c of charts) {
    const svg = await renderSvg(c.spec);
    files[`${c.name}.svg`] = svg;
    files[`${c.name}.png`] = await renderPng(svg, options);
  }
  return files;
}
