import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions } from '../../src/index';
import { monitorScenario } from '../../src/budget/monitorScenario';
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

  it('without monthly figures there is no such section', async () => {
    const plain = loadScenario(join(__dirname, '..', 'fixtures', 'minimal.yaml'));
    expect(monitorScenario(plain)).toEqual([]);
    const html = await reportHtml({ result: project(resolveAssumptions(plain), { demography: false }), scenario: plain.scenario, lang: 'en', monitor: monitorScenario(plain) });
    expect(html).not.toContain('id="monitor"');
  });
});
