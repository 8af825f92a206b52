import { describe, expect, it } from 'vitest';
import { formatTable, loadScenario, project, resolveAssumptions } from '../../src/index';
import { reportHtml } from '../../src/report/reportHtml';

// The gap rate (E − I)/I is in JSON, CSV and Excel; issue 23 found it missing from the terminal table
// and the report. Expected cells are recomputed here from each row's income and expenditure, as a
// percentage with one decimal (the table's precision; the value is a ratio of the row's own figures).
const loaded = loadScenario('scenarios/examples/small-district.yaml');
const result = project(resolveAssumptions(loaded));
const fund = result.funds[0];
const pct = (i: number, e: number) => `${(Math.round(1000 * ((e - i) / i)) / 10).toFixed(1)}%`;

describe('the gap rate is shown wherever the projection is printed', () => {
  it('terminal table: a gap-rate column, each cell (E − I)/I of its row', () => {
    const text = formatTable(result);
    expect(text).toMatch(/Gap rate/);
    for (const r of [fund.rows[0], fund.rows[fund.rows.length - 1]]) {
      const line = text.split('\n').find((l) => l.startsWith(`│ ${r.year} `))!;
      expect(line, `row ${r.year}`).toContain(pct(r.income, r.expenditure));
    }
    expect(formatTable(result, { lang: 'zh' })).toMatch(/缺口率/);
  });

  it('terminal table at 80 columns keeps the gap rate (short header "Gap")', () => {
    const text = formatTable(result, { width: 80 });
    expect(text).toMatch(/\bGap\b/);
    const last = fund.rows[fund.rows.length - 1];
    expect(text).toContain(pct(last.income, last.expenditure));
  });

  it('report: the projection table has a gap-rate column with the same cells', async () => {
    const html = await reportHtml({ result, scenario: loaded.scenario, lang: 'en' } as Parameters<typeof reportHtml>[0]);
    expect(html).toMatch(/<th[^>]*>Gap rate<\/th>/);
    const last = fund.rows[fund.rows.length - 1];
    expect(html).toContain(pct(last.income, last.expenditure));
  });
});
