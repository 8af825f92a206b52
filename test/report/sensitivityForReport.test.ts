import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { reportHtml } from '../../src/report/reportHtml';
import { sensitivityForReport } from '../../src/report/sensitivityForReport';
import { project } from '../../src/engine/project';
import { loadScenario } from '../../src/scenario/loadScenario';
import { sensitivity } from '../../src/sensitivity/sensitivity';

const loaded = loadScenario('scenarios/china-national-2025.yaml');
const a = resolveAssumptions(loaded);

describe('sensitivityForReport', () => {
  const rows = sensitivityForReport(a);
  it('one table per fund: months of reserve ten years on, the outcomes of sensitivity() itself', () => {
    expect(rows.map((r) => r.fund)).toEqual(['employee', 'resident']);
    for (const r of rows) {
      const s = sensitivity(a, r.fund, { kind: 'months', year: 2035 });
      expect(r.base).toBe(s.base);
      expect(r.rows.map((x) => [x.outcomeLow, x.outcomeHigh])).toEqual(s.tornado.map((b) => [b.lowCost.value, b.highCost.value]));
    }
    // a ×1.05 level change is shown as +0.05
    expect(rows[1].rows.find((x) => (x.parameter as { en: string }).en.startsWith('subsidy'))!.low).toBe(0.05);
  });
  it('appears in the report as its own section', async () => {
    const html = await reportHtml({ result: project(a), scenario: loaded.scenario, lang: 'en', sensitivity: rows });
    expect(html).toMatch(/id="sensitivity"/);
    expect(html).toContain('months of reserve in 2035');
  });
});
