import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';
import { simulate } from '../../src/montecarlo/simulate';
import { escapeHtml } from '../../src/report/escapeHtml';
import { fansFromSimulation } from '../../src/report/fansFromSimulation';
import { prefixSvgIds } from '../../src/report/prefixSvgIds';
import { defaultReportLang, reportHtml } from '../../src/report/reportHtml';
import { ReportError } from '../../src/report/ReportError';
import type { ReportInput } from '../../src/report/reportTypes';
import { loadScenario } from '../../src/scenario/loadScenario';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema';
import { UNIT_ZH } from '../../src/report/reportLabels';

const loaded = loadScenario('scenarios/china-national-2024.yaml');
const result = project(resolveAssumptions(loaded));
const base: ReportInput = { result, scenario: loaded.scenario };
const sectionIds = (html: string) => [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);

/** Optional inputs as other lanes will feed them (numbers illustrative, shapes checked). */
const extras: Partial<ReportInput> = {
  history: [{ fund: 'employee', rows: [{ year: 2023, income: 16000, expenditure: 12500, balance: 26400 }, { year: 2024, income: 17342.45, expenditure: 13222.71, balance: 30445.5 }], source: { zh: '国家医保局统计公报', en: 'NHSA bulletins' } }],
  fans: [{ fund: 'employee', measure: 'reserveMonths', unit: { zh: '月', en: 'months' }, paths: 1000, seed: 42, levels: { outer: [0.025, 0.975], inner: [0.25, 0.75] },
    rows: [2025, 2026, 2027].map((year, i) => ({ year, low: 20 - 3 * i, lowInner: 24 - 2 * i, median: 26 - i, highInner: 28, high: 31 + i })),
    exhaustionProbability: [{ year: 2040, probability: 0.25 }] }],
  sensitivity: [{ fund: 'employee', outcome: { zh: '2035年可支付月数', en: 'months of reserve in 2035' }, unit: { zh: '月', en: 'months' }, base: 21.2,
    rows: [{ parameter: 'contributions.employer_rate', low: 0.0565, high: 0.0665, outcomeLow: 15, outcomeHigh: 27 }, { parameter: 'interest_rate', low: 0.01, high: 0.02, outcomeLow: 20.5, outcomeHigh: 21.9 }] }],
  budget: [{ title: { zh: '财政补助预算', en: 'Subsidy budget' }, unit: { zh: '亿元', en: '100m yuan' }, columns: ['2025', '2026'], rows: [{ label: { zh: '居民医保补助', en: 'Resident subsidy' }, values: [7200, null] }] }],
};

describe('reportHtml: contents', () => {
  it('writes Chinese by default when the scenario has Chinese names, English otherwise', async () => {
    expect(defaultReportLang(result)).toBe('zh');
    const plain = { ...result, scenario: { ...result.scenario, nameZh: null }, funds: result.funds.map((f) => ({ ...f, nameZh: null })) };
    expect(defaultReportLang(plain)).toBe('en');
    const html = await reportHtml(base);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>全国基本医疗保险基金（2024年基数）</h1>');
  });

  it('has the summary, key figures, charts, assumptions, projection tables and notes — and no empty optional section', async () => {
    const html = await reportHtml(base);
    expect(sectionIds(html)).toEqual(['summary', 'key-figures', 'charts', 'assumptions', 'projection', 'notes']);
    // two funds × (reserve + balance) charts, inline
    expect(html.match(/<figure id="figure-\d+">/g)).toHaveLength(4);
    expect(html.match(/<svg /g)).toHaveLength(4);
    for (const absent of ['随机模拟', '敏感性', '预算表', '历史数据', 'undefined', 'NaN', 'null']) expect(html).not.toContain(absent);
  });

  it('states the projection\'s own key years and the verdicts', async () => {
    const html = await reportHtml(base);
    const keyFigures = html.slice(html.indexOf('<section id="key-figures"'), html.indexOf('<section id="charts"'));
    const row = (labelText: string) => [...keyFigures.matchAll(new RegExp(`<th scope="row">${labelText}</th>(.*?)</tr>`, 'g'))][0][1];
    const years = (cells: string) => [...cells.matchAll(/>(\d{4})</g)].map((m) => Number(m[1]));
    expect(years(row('基金穿底年份'))).toEqual(result.funds.map((f) => f.exhaustionYear));
    expect(years(row('首次当期赤字年份'))).toEqual(result.funds.map((f) => f.firstDeficitYear));
    expect(html).toContain('class="verdict status-exhausted"');
    // traceable to its inputs and code
    expect(html).toContain(`<dd>${result.scenario.hash}</dd>`);
    expect(html).toContain(`fundcast ${result.fundcastVersion}`);
  });

  it('lists the assumptions with units in the report language', async () => {
    const html = await reportHtml(base);
    const assumptions = html.slice(html.indexOf('<section id="assumptions"'), html.indexOf('<section id="projection"'));
    expect(assumptions).toMatch(/<th scope="row">contributions\.employer_rate<\/th><td>0\.0615<\/td><td>占缴费基数比例（0–1）<\/td>/);
    expect(assumptions).toMatch(/<th scope="row">opening\.balance<\/th><td>30445\.5<\/td><td>亿元<\/td>/);
    expect(assumptions).toContain('2024 全国医疗保障事业发展统计公报'); // the scenario's source
  });

  it('shows the projection table rows as projected (balance of the last year)', async () => {
    const html = await reportHtml({ ...base, lang: 'en' });
    const last = result.funds[0].rows.at(-1)!;
    const shown = last.balance.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(html).toContain(`<th scope="row">${last.year}</th>`);
    expect(html).toContain(`>${shown}<`);
    expect(html).toContain('Amounts in 100m yuan');
  });

  it('adds history, fans, sensitivity and budget sections when given', async () => {
    const html = await reportHtml({ ...base, ...extras });
    expect(sectionIds(html)).toEqual(['summary', 'key-figures', 'charts', 'history', 'fans', 'sensitivity', 'budget', 'assumptions', 'projection', 'notes']);
    const fans = html.slice(html.indexOf('<section id="fans"'), html.indexOf('<section id="sensitivity"'));
    expect(fans.match(/class="mark-area role-mark/g)).toHaveLength(2);
    expect(fans).toContain('25.0%');
    expect(fans).toContain('1,000 条模拟路径，随机种子 42'); // paths with a thousands separator
    // sensitivity sorted by swing: employer rate (12) before interest (1.4)
    const sens = html.slice(html.indexOf('<section id="sensitivity"'), html.indexOf('<section id="budget"'));
    expect(sens.indexOf('employer_rate')).toBeLessThan(sens.indexOf('interest_rate'));
    expect(html).toContain('<tr class="observed">');
  });

  it('refuses bad optional inputs with a located bilingual error', async () => {
    await expect(reportHtml({ ...base, fans: [{ ...extras.fans![0], fund: 'nope' }] })).rejects.toThrow(/fans\.0\.fund: no fund 'nope'.*没有基金/);
    await expect(reportHtml({ ...base, budget: [{ ...extras.budget![0], rows: [{ label: 'x', values: [1] }] }] })).rejects.toThrow(ReportError);
    await expect(reportHtml({ ...base, sensitivity: [{ ...extras.sensitivity![0], base: Number.NaN }] })).rejects.toThrow(/sensitivity\.0\.base/);
  });

  it('refuses a projection that breaks its identities', async () => {
    const f = result.funds[0];
    const broken = { ...result, funds: [{ ...f, rows: f.rows.map((r, i) => (i === 3 ? { ...r, balance: r.balance + 1 } : r)) }, ...result.funds.slice(1)] };
    await expect(reportHtml({ ...base, result: broken })).rejects.toThrow(/identities|恒等式/);
  });
});

describe('reportHtml: safety and self-containment', () => {
  it('escapes markup and control characters in every user text', async () => {
    const evil = '<script>alert(1)</script>\u001b[31m\u202e';
    const r = { ...result, scenario: { ...result.scenario, nameZh: evil }, funds: result.funds.map((f) => ({ ...f, nameZh: `<img src=x onerror=alert(1)>${f.id}` })) };
    const html = await reportHtml({ result: r, scenario: loaded.scenario, history: [{ fund: 'employee', rows: [{ year: 2024, income: 1, expenditure: 1, balance: 1 }], source: '<b>x</b>' }] });
    expect(html).not.toMatch(/<script|<img|<b>x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(escapeHtml('a"b\'c&')).toBe('a&quot;b&#39;c&amp;');
  });

  it('needs no network: no script, no external reference; chart ids unique in the document', async () => {
    const html = await reportHtml({ ...base, ...extras });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    const urls = [...html.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual([]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(prefixSvgIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', 'f2-')).toBe('<clipPath id="f2-1"/><g clip-path="url(#f2-1)"/>');
  });

  it('gives the same bytes for the same inputs', async () => {
    expect(await reportHtml(base)).toBe(await reportHtml(base));
  });
});

describe('reportHtml: history from the projection', () => {
  it('shows the observed years a projection carries, in italics, before the first projected years', async () => {
    const f = result.funds[0];
    const observed = [2023, 2024].map((year) => ({ ...f.rows[0], year, observed: true as const, basis: { report: null, scope: null, maternity: null }, source: 'bulletin <2024>',
      openingBalance: null, surplus: 1, gapRate: null, balanceRate: null, dependencyRatio: null, perHead: {}, income: 100 + year - 2023, expenditure: 90, balance: 500 }));
    const r = { ...result, funds: [{ ...f, history: observed as unknown as typeof f.history }, ...result.funds.slice(1)] };
    const html = await reportHtml({ result: r, scenario: loaded.scenario, lang: 'en' });
    const section = html.slice(html.indexOf('<section id="history"'), html.indexOf('<section id="assumptions"'));
    expect(section.match(/<tr class="observed">/g)).toHaveLength(2);
    expect(section).toContain('<th scope="row">2023</th><td class="num">100.0</td>');
    expect(section).toContain(`<th scope="row">${f.rows[0].year}</th>`); // first projected year follows
    expect(section).toContain('bulletin &lt;2024&gt;');
  });
});

describe('reportHtml: fans from a Monte Carlo run', () => {
  it('draws the months-of-reserve fan per fund and the probability of exhaustion from simulate()', async () => {
    const stochastic = loadScenario('scenarios/examples/national-stochastic.yaml');
    const assumptions = resolveAssumptions(stochastic);
    const sim = await simulate(assumptions, { paths: 200, seed: 7, threads: 1 });
    const fans = fansFromSimulation(sim);
    expect(fans.map((f) => f.fund)).toEqual(sim.funds.map((f) => f.id));
    // the fan is the simulation's own quantiles: outer 2.5–97.5 %, inner 25–75 %, median
    const row = sim.funds[0].rows.find((r) => r.reserveMonths.p50 !== null)!;
    const drawn = fans[0].rows.find((r) => r.year === row.year)!;
    expect([drawn.low, drawn.lowInner, drawn.median, drawn.highInner, drawn.high]).toEqual(['p2.5', 'p25', 'p50', 'p75', 'p97.5'].map((k) => row.reserveMonths[k]));
    expect(fans[0].levels).toEqual({ outer: [0.025, 0.975], inner: [0.25, 0.75] });
    const html = await reportHtml({ result: project(assumptions), scenario: stochastic.scenario, lang: 'en', fans });
    const section = html.slice(html.indexOf('<section id="fans"'), html.indexOf('<section id="assumptions"'));
    expect(section.match(/<figure /g)).toHaveLength(sim.funds.length);
    expect(section).toContain('200 simulated paths, seed 7; dark band the 25%–75% quantile range, light band 2.5%–97.5%');
    const last = sim.funds[0].rows.at(-1)!;
    expect(section).toContain(`${(100 * last.pExhaustedBy).toFixed(1)}%`);
  });
});

describe('reportHtml: a shipped scenario with a history', () => {
  it('shows every observed year of every fund (china-national-2025), the source with a Chinese colon', async () => {
    const l25 = loadScenario('scenarios/china-national-2025.yaml');
    const r25 = project(resolveAssumptions(l25));
    const observed = r25.funds.reduce((s, f) => s + f.history.length, 0);
    expect(observed).toBeGreaterThan(0);
    const html = await reportHtml({ result: r25, scenario: l25.scenario });
    const section = html.slice(html.indexOf('<section id="history"'), html.indexOf('<section id="assumptions"'));
    expect(section.match(/<tr class="observed">/g)).toHaveLength(observed);
    expect(section).toMatch(/数据来源：/);
  });
});

describe('assumption units in Chinese', () => {
  it('every quantity unit of the scenario schema has a Chinese label (UNIT_ZH)', () => {
    const units = new Set<string>();
    (function walk(n: unknown) {
      if (n && typeof n === 'object') {
        const unit = (n as { unit?: unknown }).unit;
        if (typeof unit === 'string') units.add(unit);
        for (const v of Object.values(n)) walk(v);
      }
    })(scenarioJsonSchema());
    const names = new Set(['text', 'label', 'fund id', 'format version', 'file path', 'file paths', 'null', 'units.money', 'units.persons']);
    expect([...units].filter((u) => !names.has(u) && !(u in UNIT_ZH))).toEqual([]);
  });

  it('the zh report shows them', async () => {
    const html = await reportHtml(base);
    expect(html).toMatch(/<th scope="row">contributions\.employer_rate<\/th><td>0\.0615<\/td><td>占缴费基数比例（0–1）<\/td>/);
    expect(html).toMatch(/<td>年增长率（0\.03 = 3%）/);
  });
});
