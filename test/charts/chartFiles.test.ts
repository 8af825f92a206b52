import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { chartFiles } from '../../src/charts/chartFiles';
import { findCjkFonts } from '../../src/charts/findCjkFonts';
import { projectionCharts } from '../../src/charts/projectionCharts';
import { renderPng } from '../../src/charts/renderPng';
import { project } from '../../src/engine/project';
import { loadScenario } from '../../src/scenario/loadScenario';

const run = (file: string) => project(resolveAssumptions(loadScenario(file)));
type Spec = { layer?: { mark: { type: string; text?: unknown }; encoding?: { y?: { title?: string }; x?: { scale?: { domain?: number[] } } } }[]; encoding?: { x: { scale: { domain: number[] } } } };

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}
const svgText = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="30" viewBox="0 0 80 30"><text x="4" y="22" font-size="20" font-family="Noto Sans CJK SC">${text}</text></svg>`;

describe('projectionCharts: every chart of a projection', () => {
  it('draws, for each fund of the default scenario, its reserve and balance charts, money in its unit', () => {
    const result = run('scenarios/china-national-2024.yaml');
    const charts = projectionCharts(result, { lang: 'zh', footnote: '示意性假设' });
    expect(charts.map((c) => c.name)).toEqual(['employee-reserve', 'employee-balance', 'resident-reserve', 'resident-balance']);
    const balance = charts[1].spec as Spec;
    expect(balance.layer![0].encoding!.y!.title).toBe('金额（亿元）'); // units.money: 100m yuan
    // the resident fund's bands are the employee standard extended: its reserve chart says so
    const notes = (c: { spec: unknown }) => (c.spec as Spec).layer!.at(-1)!.mark.text as string[];
    expect(notes(charts[2])).toEqual(['示意性假设', '注：预警区间为职工医保统筹基金标准（人社部发〔2009〕67号），此处延伸用于本基金。']);
    expect(notes(charts[0])).toEqual(['示意性假设']);
  });

  it('adds pyramids on one scale and dependency ratios for an age-detailed fund, and a comparison', () => {
    const result = run('scenarios/examples/national-age-detailed.yaml');
    const base = run('scenarios/examples/national-age-detailed-no-reform.yaml');
    const charts = projectionCharts(result, { lang: 'en', compareWith: { result: base, label: 'no reform', ownLabel: 'reform' } });
    const kinds = charts.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['reserve', 'balance', 'pyramid', 'dependency', 'reserve-comparison']));
    const pyramids = charts.filter((c) => c.kind === 'pyramid');
    expect(pyramids.length).toBeGreaterThanOrEqual(2);
    const domains = pyramids.map((p) => JSON.stringify((p.spec as Spec).encoding!.x.scale.domain));
    expect(new Set(domains).size).toBe(1);
    expect(new Set(charts.map((c) => c.name)).size).toBe(charts.length);
  });
});

describe('renderPng and chartFiles', () => {
  it('finds the Noto Sans CJK files', () => {
    const fonts = findCjkFonts();
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => /NotoSans(CJK|SC)/.test(f))).toBe(true);
  });

  it('draws Chinese glyphs with the CJK font: 基金 differs from an empty text only when the font is given', async () => {
    const withFont = await renderPng(svgText('基金'));
    expect(Buffer.from(withFont).equals(Buffer.from(await renderPng(svgText(''))))).toBe(false);
    // the check can fail: without any font file resvg draws nothing for the same text
    const noFont = await renderPng(svgText('基金'), { fontFiles: [] });
    expect(Buffer.from(noFont).equals(Buffer.from(await renderPng(svgText(''), { fontFiles: [] })))).toBe(true);
  });

  it('writes an SVG and a PNG at twice the SVG size per chart', async () => {
    const result = run('scenarios/examples/small-district.yaml');
    const files = await chartFiles(projectionCharts(result, { lang: 'zh' }).slice(0, 1));
    expect(Object.keys(files)).toEqual(['employee-reserve.svg', 'employee-reserve.png']);
    const svg = files['employee-reserve.svg'] as string;
    const [w, h] = [Number(svg.match(/width="(\d+)"/)![1]), Number(svg.match(/height="(\d+)"/)![1])];
    const png = files['employee-reserve.png'] as Uint8Array;
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // PNG signature
    expect(pngSize(png)).toEqual([2 * w, 2 * h]);
    await expect(renderPng(svg, { scale: 0 })).rejects.toThrow(/scale/);
  });
});
