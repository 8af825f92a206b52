import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { projectionCharts } from '../../src/charts/projectionCharts';
import { project } from '../../src/engine/project';
import { CHROMIUM_PATH, launchChromium, type BrowserLike } from '../../src/report/chromium';
import { printPdf } from '../../src/report/printPdf';
import { reportHtml } from '../../src/report/reportHtml';
import { loadScenario } from '../../src/scenario/loadScenario';

/**
 * The default scenario's Chinese report opened in Debian's headless Chromium, as a reader would:
 * it loads without console errors or network requests, shows its title, verdicts, charts and
 * tables, draws its Chinese text with a CJK font (no missing-glyph boxes), and prints to A4 PDF
 * pages. A screenshot is saved as out/report/report-zh.png for a person to look at.
 */
const hasChromium = existsSync(process.env.FUNDCAST_CHROMIUM || CHROMIUM_PATH);
if (!hasChromium) {
  console.warn(`\n*** SKIPPING the report browser tests: no Chromium at ${CHROMIUM_PATH}. Run scripts/ensure-system-deps.sh (installs Debian's chromium). ***\n`);
}

const CJK = /[\u3400-\u9fff]/;
const CJK_FONT = /Noto (Sans|Serif) CJK|Source Han|Noto Sans SC|Noto Serif SC/;

describe.skipIf(!hasChromium)('the zh report in headless Chromium', () => {
  let browser: BrowserLike;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let page: any;
  let html: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const loaded = loadScenario('scenarios/china-national-2024.yaml');
  const result = project(resolveAssumptions(loaded));

  beforeAll(async () => {
    html = await reportHtml({ result, scenario: loaded.scenario, chartFootnote: '示意性假设' });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m: { type(): string; text(): string }) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
    page.on('pageerror', (e: Error) => consoleErrors.push(String(e)));
    await page.route('**/*', (route: { request(): { url(): string }; abort(): Promise<void> }) => { requests.push(route.request().url()); return route.abort(); });
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.setContent(html, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors and without a single network request', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows the title, a verdict per fund, every chart with its marks, and the tables', async () => {
    // evaluated in the page (a string: the project's TypeScript settings have no DOM types)
    const seen = await page.evaluate(`(() => ({
      h1: document.querySelector('h1')?.textContent,
      sections: [...document.querySelectorAll('section')].map((s) => s.id),
      verdicts: document.querySelectorAll('.verdict').length,
      svgs: [...document.querySelectorAll('#charts svg')].map((s) => ({
        w: s.getBoundingClientRect().width,
        rects: s.querySelectorAll('.mark-rect path, .mark-rect rect').length,
        lines: s.querySelectorAll('.mark-line path').length,
      })),
      tables: document.querySelectorAll('table').length,
      rows: document.querySelectorAll('#projection tbody tr').length,
    }))()`) as { h1: string; sections: string[]; verdicts: number; svgs: { w: number; rects: number; lines: number }[]; tables: number; rows: number };
    expect(seen.h1).toBe('全国基本医疗保险基金（2024年基数）');
    expect(seen.sections).toEqual(['summary', 'key-figures', 'charts', 'assumptions', 'projection', 'notes']);
    expect(seen.verdicts).toBe(result.funds.length);
    expect(seen.svgs).toHaveLength(projectionCharts(result).length);
    for (const svg of seen.svgs) {
      expect(svg.w).toBeGreaterThan(300); // drawn, scaled to the page
      expect(svg.rects).toBeGreaterThan(0);
      expect(svg.lines).toBeGreaterThan(0);
    }
    // key figures, 2 assumption tables, 2 × (projection + items) tables
    expect(seen.tables).toBe(1 + 2 + 4);
    // one row per projected year in each fund's two tables
    expect(seen.rows).toBe(result.funds.reduce((s, f) => s + 2 * f.rows.length, 0));
  });

  it('draws the Chinese text with a CJK font (title, table, chart text): no glyph left to a fallback', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    for (const selector of ['h1', '.verdict p', '#key-figures tbody th', '#charts svg .role-axis-title text', '#charts svg .role-legend-label text']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const text: string = (await cdp.send('DOM.resolveNode', { nodeId }).then(({ object }: { object: { objectId: string } }) =>
        cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true }))).result.value;
      expect(text, selector).toMatch(CJK);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }) as { fonts: { familyName: string; glyphCount: number }[] };
      const cjkGlyphs = fonts.filter((f) => CJK_FONT.test(f.familyName)).reduce((s, f) => s + f.glyphCount, 0);
      const chineseChars = [...text].filter((c) => CJK.test(c)).length;
      expect(cjkGlyphs, `${selector}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(chineseChars);
    }
    await cdp.detach();
  });

  it('saves a screenshot under out/', async () => {
    mkdirSync('out/report', { recursive: true });
    await page.screenshot({ path: 'out/report/report-zh.png', fullPage: true });
    writeFileSync('out/report/report-zh.html', html);
    expect(statSync('out/report/report-zh.png').size).toBeGreaterThan(50_000);
  });

  it('prints to A4 PDF pages', async () => {
    const pdf = Buffer.from(await printPdf(html));
    writeFileSync('out/report/report-zh.pdf', pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const declared = Math.max(...[...text.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    // cover + summary, charts (4 figures), assumptions (2 tables) and projection tables (4): at least 6 pages
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBe(declared);
    // A4 is 210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds to its pixel grid
    for (const m of text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)) {
      expect(Number(m[1])).toBeCloseTo(595.3, 0);
      expect(Number(m[2])).toBeCloseTo(841.9, 0);
    }
  }, 60_000);
});
