// Benchmark: the output side — one chart to SVG (vega, headless), that SVG to PNG (resvg with the
// Noto Sans CJK files), and the whole default-scenario report (4 charts, tables) to HTML.
// Run: npx tsx bench/report.bench.ts   (or `npm run bench`). PDF printing is not timed here: it
// starts a browser (seconds) and depends on the machine's chromium.
import { performance } from 'node:perf_hooks';
import { resolveAssumptions } from '../src/assumptions/resolveAssumptions';
import { renderPng } from '../src/charts/renderPng';
import { renderSvg } from '../src/charts/renderSvg';
import { reserveChartSpec } from '../src/charts/reserveChartSpec';
import { project } from '../src/engine/project';
import { reportHtml } from '../src/report/reportHtml';
import { loadScenario } from '../src/scenario/loadScenario';
import { report } from './measure';

/** Median and 90th percentile of `runs` timed calls of an async fn after `warmup` untimed ones, in ms. */
async function measureAsync(fn: () => Promise<unknown>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)], p90: t[Math.floor(runs * 0.9)], runs };
}

async function main() {
  const loaded = loadScenario('scenarios/china-national-2024.yaml');
  const result = project(resolveAssumptions(loaded));
  const spec = reserveChartSpec(result.funds[0], { bands: result.bands });
  const svg = await renderSvg(spec);
  report('report: reserve chart → SVG (vega, headless)', await measureAsync(() => renderSvg(spec), 20, 3));
  report('report: that SVG → PNG ×2 (resvg, Noto Sans CJK)', await measureAsync(() => renderPng(svg), 5, 1));
  report('report: default scenario → HTML (4 charts, 7 tables)', await measureAsync(() => reportHtml({ result, scenario: loaded.scenario }), 5, 1));
}
main();
