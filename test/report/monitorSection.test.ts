import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions } from '../../src/index';
import { monitorScenario } from '../../src/budget/monitorScenario';
import { profileChartSpec } from '../../src/charts/profileChartSpec';
import { reportHtml } from '../../src/report/reportHtml';

const fixture = join(__dirname, '..', 'fixtures', 'monthly', 'execution.yaml');

describe('the report’s section on the current year month by month', () => {
  const loaded = loadScenario(fixture);
  const result = project(resolveAssumptions(loaded), { demography: false });
  const monitor = monitorScenario(loaded);

  it('zh and en: the lines against their budget, the year end and the warnings, numbered with the other tables', async () => {
    const zh = await reportHtml({ result, scenario: loaded.scenario, lang: 'zh', monitor });
    const section = zh.slice(zh.indexOf('<section id="monitor">'), zh.indexOf('</section>', zh.indexOf('<section id="monitor">')));
    expect(section).toContain('年度内按月分析');
    expect(section).toContain('本年预算数');
    // execution.yaml: inpatient 175 of a budget of 600 (29.2 %) against 25 % — the warning of the rule
    expect(section).toMatch(/<th scope="row">expenditure\.inpatient<\/th><td class="num">175\.0<\/td><td class="num">25\.0%<\/td>.*<td class="num">600\.0<\/td><td class="num">29\.2%<\/td>/);
    expect(section).toContain('expenditure.inpatient 执行进度 29.2%，按季节性进度应为 25.0%，超前 16.7%');
    expect(section).toMatch(/<caption>表\d+　/);
    const en = await reportHtml({ result, scenario: loaded.scenario, lang: 'en', monitor });
    expect(en).toContain('The current year month by month');
    expect(en).toMatch(/Expected balance at the end of 2025: /);
  });

  it('a chart per line with a budget: the year to date over the budget against the profile band', async () => {
    const html = await reportHtml({ result, scenario: loaded.scenario, lang: 'en', monitor });
    const section = html.slice(html.indexOf('<section id="monitor">'), html.indexOf('</section>', html.indexOf('<section id="monitor">')));
    // execution.yaml has budgets for income, expenditure and inpatient; outpatient has none (no chart)
    expect(section.match(/<figure /g)?.length).toBe(3);
    expect(section).toContain('expenditure.inpatient, year to date against its profile');
    expect(section).toContain('Red: the year to date over the year&#39;s budget (the approved budget)');
    expect(section).toContain('<svg');
  });

  it('profileChartSpec: the band c ± z·sd of the even default, the actual shares in per cent (hand figures)', () => {
    const inpatient = monitor[0]!.rows.find((r) => r.line === 'expenditure.inpatient')!;
    // January 50, February 105, March 175 of a budget of 600
    expect(inpatient.yearToDateByMonth).toEqual([50, 105, 175]);
    const z = 1.2815515655446004; // the 90 % normal quantile
    const rows = Array.from({ length: 12 }, (_, k) => {
      const c = (k + 1) / 12;
      const sd = k === 11 ? 0 : Math.sqrt((c * (1 - c)) / 401);
      return { month: k + 1, low: c - z * sd, share: c, high: c + z * sd, actual: k < 3 ? [50, 105, 175][k]! / 600 : null };
    });
    const spec = profileChartSpec(rows, { title: 't', lang: 'en' }) as { data: { values: { month: number; low: number; actual: number | null }[] } };
    expect(spec.data.values[2]!.actual).toBeCloseTo((100 * 175) / 600, 12);
    expect(spec.data.values[1]!.low).toBeCloseTo(100 * (2 / 12 - z * Math.sqrt(((2 / 12) * (10 / 12)) / 401)), 10);
    expect(spec.data.values[3]!.actual).toBeNull();
    expect(() => profileChartSpec(rows.slice(0, 11), { title: 't' })).toThrow(/twelve/);
    expect(() => profileChartSpec([{ ...rows[0]!, low: 1 }, ...rows.slice(1)], { title: 't' })).toThrow(/low ≤ share ≤ high/);
  });

  it('without monthly figures there is no such section', async () => {
    const plain = loadScenario(join(__dirname, '..', 'fixtures', 'minimal.yaml'));
    expect(monitorScenario(plain)).toEqual([]);
    const html = await reportHtml({ result: project(resolveAssumptions(plain), { demography: false }), scenario: plain.scenario, lang: 'en', monitor: monitorScenario(plain) });
    expect(html).not.toContain('id="monitor"');
  });
});
