import { describe, expect, it } from 'vitest';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { ChartError } from '../../src/charts/ChartError';
import { loadVega } from '../../src/charts/loadVega';
import { DEFAULT_CHART_FONT, renderSvg } from '../../src/charts/renderSvg';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import { sampleFund } from './sampleFund';

const CJK = /[\u4e00-\u9fff]/;

describe('renderSvg', () => {
  it('renders the reserve chart in Chinese: an <svg> with Chinese titles and the CJK font', async () => {
    const svg = await renderSvg(reserveChartSpec(sampleFund(), { lang: 'zh' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(CJK);
    for (const title of ['年份', '累计结余可支付月数（月）', '样例基金：累计结余可支付月数', '预警区间', '基金穿底 2028']) {
      expect(svg).toContain(title);
    }
    expect(svg).toContain(DEFAULT_CHART_FONT);
  });

  it('renders the charts in English without Chinese axis titles', async () => {
    const svg = await renderSvg(reserveChartSpec({ ...sampleFund(), name: 'Sample fund' }, { lang: 'en' }));
    for (const title of ['Year', 'Reserve (months of expenditure)', 'Warning band', 'Exhausted 2028']) {
      expect(svg).toContain(title);
    }
    expect(svg).not.toContain('年份');
    const balance = await renderSvg(balanceChartSpec(sampleFund(), { lang: 'en', unit: '100 million yuan' }));
    expect(balance).toContain('Amount (100 million yuan)');
    expect(balance).toContain('Expenditure');
  });

  it('keeps a font set in the spec config and does not modify the spec', async () => {
    const spec = Object.freeze({ ...reserveChartSpec(sampleFund()), config: Object.freeze({ font: 'Serif Test' }) });
    const svg = await renderSvg(spec);
    expect(svg).toContain('Serif Test');
    expect(svg).not.toContain(DEFAULT_CHART_FONT);
  });

  it('rejects a non-object and an invalid spec with bilingual errors', async () => {
    await expect(renderSvg(null as unknown as Record<string, unknown>)).rejects.toThrow(ChartError);
    await expect(renderSvg({ mark: 'no-such-mark' })).rejects.toThrow(/Vega-Lite.*有效/);
  });
});

/** Walks a vega scenegraph and collects the items of marks of one type. */
function itemsOf(node: unknown, marktype: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  const n = node as { marktype?: string; items?: unknown[] };
  if (n.marktype === marktype) out.push(...((n.items ?? []) as Record<string, unknown>[]));
  for (const child of n.items ?? []) itemsOf(child, marktype, out);
  return out;
}

describe('null reserve months in the rendered scene', () => {
  it('leave a gap in the line and no point, instead of a point at 0 months', async () => {
    const { vega, vegaLite } = await loadVega();
    const view = new vega.View(vega.parse(vegaLite.compile(reserveChartSpec(sampleFund())).spec), { renderer: 'none' });
    await view.runAsync();
    const x = (view as unknown as { scale(name: string): (v: number) => number }).scale('x');
    const y = (view as unknown as { scale(name: string): (v: number) => number }).scale('y');
    const x2026 = x(2026);
    const zero = y(0);
    // Line vertices: the 2026 vertex is undefined (a break), none sits at y(0).
    const vertices = itemsOf(view.scenegraph().root, 'line');
    expect(vertices.length).toBe(5);
    const at2026 = vertices.filter((v) => Math.abs((v.x as number) - x2026) < 1e-6);
    expect(at2026.every((v) => v.defined === false || !Number.isFinite(v.y as number))).toBe(true);
    expect(vertices.filter((v) => v.defined !== false && Math.abs((v.y as number) - zero) < 1e-6)).toHaveLength(0);
    // Point symbols: 4 defined years, none at 2026.
    const points = itemsOf(view.scenegraph().root, 'symbol').filter((p) => p.shape === 'circle' && Number.isFinite(p.y as number));
    expect(points.some((p) => Math.abs((p.x as number) - x2026) < 1e-6)).toBe(false);
    view.finalize();
  });
});
