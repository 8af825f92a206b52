import { ChartError } from './ChartError';
import { findCjkFonts } from './findCjkFonts';

/** Options of {@link renderPng}. */
export interface RenderPngOptions {
  /** pixels per SVG pixel (default 2, for print-quality images). */
  scale?: number;
  /** font files to draw the text with (default: {@link findCjkFonts}). */
  fontFiles?: readonly string[];
}

/**
 * Draws an SVG (e.g. from renderSvg) as a PNG with @resvg/resvg-js, a Rust renderer needing no
 * browser. resvg reads only the fonts it is given: the Noto Sans CJK files are passed explicitly
 * (system fonts are not loaded, so the output does not depend on what else is installed) and
 * Noto Sans CJK SC is the fallback family, which also draws Latin text. White background.
 *
 * @throws ChartError `png.scale` for a scale that is not a finite number > 0, `png.render` when
 *   resvg fails, `fonts.cjkMissing` (findCjkFonts).
 * @example
 * writeFileSync('chart.png', await renderPng(await renderSvg(reserveChartSpec(fund))));
 */
export async function renderPng(svg: string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw new ChartError('charts.png.scale', { scale: String(scale) }, ['scale']);
  }
  const fontFiles = [...(options.fontFiles ?? findCjkFonts())];
  // loaded on first use: a native module the rest of the library does not need
  const { Resvg } = await import('@resvg/resvg-js');
  try {
    const resvg = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'zoom', value: scale },
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
    });
    return new Uint8Array(resvg.render().asPng());
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ChartError('charts.png.render', { detail }, []);
  }
}
