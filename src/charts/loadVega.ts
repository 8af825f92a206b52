import { ChartError } from './ChartError';

/** The parts of the vega module the charts use. */
export interface VegaModule {
  parse(spec: unknown, config?: unknown): unknown;
  View: new (runtime: unknown, options?: { renderer?: string; logLevel?: number }) => VegaView;
  /** text measurement hook of vega-scenegraph; `width` may be replaced. */
  textMetrics: { width: TextWidth; estimateWidth: TextWidth; measureWidth: TextWidth };
}

/** Width in pixels of a line of text drawn with an item's font settings. */
export type TextWidth = (item: { fontSize?: number | null }, text: unknown) => number;

/** The parts of a vega View the charts use. */
export interface VegaView {
  runAsync(): Promise<VegaView>;
  toSVG(scaleFactor?: number): Promise<string>;
  scenegraph(): { root: unknown };
  finalize(): VegaView;
}

/** The parts of the vega-lite module the charts use. */
export interface VegaLiteModule {
  compile(spec: unknown, options?: unknown): { spec: unknown };
}

/** The loaded pair. */
export interface VegaModules {
  vega: VegaModule;
  vegaLite: VegaLiteModule;
}

// `import()` hidden from the TypeScript compiler: tslab compiles cells to CommonJS and would
// turn a visible import() into require(), which fails on vega 6 (ESM with top-level await).
const nativeImport = new Function('s', 'return import(s)') as (specifier: string) => Promise<unknown>;

async function importEsm(specifier: string): Promise<unknown> {
  try {
    return await nativeImport(specifier);
  } catch {
    // vitest runs modules in a VM context without a dynamic-import hook; its own import() works.
    // A non-literal specifier keeps the TypeScript resolver (and tslab's) out of vega-lite's `exports`.
    return await import(specifier);
  }
}

let loaded: Promise<VegaModules> | undefined;

/**
 * Loads the ESM-only vega 6 and vega-lite 6 packages in every runtime the project uses
 * (tsx, vitest, the CLI, tslab notebooks). Loaded once; later calls return the same promise.
 *
 * @throws ChartError `charts.vega.load` when a package cannot be loaded.
 * @example
 * const { vega, vegaLite } = await loadVega();
 */
export function loadVega(): Promise<VegaModules> {
  loaded ??= (async () => {
    try {
      const [vega, vegaLite] = await Promise.all([importEsm('vega'), importEsm('vega-lite')]);
      return { vega: vega as VegaModule, vegaLite: vegaLite as VegaLiteModule };
    } catch (cause) {
      loaded = undefined;
      const detail = String(cause);
      throw new ChartError('charts.vega.load', { detail }, []);
    }
  })();
  return loaded;
}
