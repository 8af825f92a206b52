import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runProjection } from '../../src/cli/runProjection';
import { budgetForReport } from '../../src/report/budgetForReport';
import { draftBudget } from '../../src/budget/draftBudget';
import { budgetPrinciples } from '../../src/budget/budgetPrinciples';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const small = join(root, 'scenarios/examples/small-district.yaml');
// yuan per unit of `units.money`, by hand
const YUAN = { yuan: 1, '10k yuan': 1e4, '100m yuan': 1e8 } as Record<string, number>;
const text = (x: unknown, lang: 'zh' | 'en') => (typeof x === 'string' ? x : (x as Record<string, string>)[lang]);

describe('budgetForReport: next year\'s budget for the report', () => {
  const result = runProjection(small);
  const year = result.scenario.baseYear + 1;
  const u = YUAN[result.unit.money];

  it('one table per fund in whole yuan: the totals are the run\'s, the parts add up, unused lines are left out', () => {
    const tables = budgetForReport(result);
    expect(tables).toHaveLength(result.funds.length);
    result.funds.forEach((f, k) => {
      const t = tables[k];
      const row = f.rows.find((r) => r.year === year)!;
      expect(t.decimals).toBe(0);
      expect(t.columns.map((c) => text(c, 'zh'))).toEqual([`${year - 1}年执行数`, `${year}年预算数`]);
      const v = (name: string) => t.rows.find((r) => text(r.label, 'zh').trim() === name)?.values[1];
      expect(v('本年收入合计')).toBe(Math.round(row.income * u));
      expect(v('本年支出合计')).toBe(Math.round(row.expenditure * u));
      expect(v('上年结余')).toBe(Math.round(row.openingBalance * u));
      expect(v('本年收支结余')).toBe(v('本年收入合计')! - v('本年支出合计')!);
      expect(v('年末滚存结余')).toBe(v('上年结余')! + v('本年收支结余')!);
      // transfers between levels are empty for every fund: not shown
      expect(t.rows.some((r) => text(r.label, 'zh').includes('上级补助收入'))).toBe(false);
      // the principle findings, each with its restoring change, are the notes
      const principles = budgetPrinciples(draftBudget(result, f.id, year), result.bands, { basis: result.reserveMonthsBasis });
      const notes = (t.notes ?? []).map((n) => text(n, 'en'));
      for (const p of principles) expect(notes).toContain(`${p.en}; ${p.restoreEn}`);
      expect(notes.some((n) => n.startsWith('Checks: parts sum'))).toBe(true);
    });
  });

  it('last year\'s budgeted column appears when given; executed figures show beside the draft', () => {
    const fund = result.funds[0].id;
    const t = budgetForReport(result, { inputs: { [fund]: { executed: { income_total: 1.5 }, budgeted: { income_total: 1.25 } } } })[0];
    expect(t.columns.map((c) => text(c, 'en'))).toEqual([`Budget ${year - 1}`, `Executed ${year - 1}`, `Draft budget ${year}`]);
    const total = t.rows.find((r) => text(r.label, 'en') === 'Income of the year, total')!;
    expect(total.values.slice(0, 2)).toEqual([1.25 * u, 1.5 * u]);
  });

  it('is in `fundcast report`, zh and en, with the numbers and the principle check', async () => {
    const row = result.funds[0].rows.find((r) => r.year === year)!;
    const income = Math.round(row.income * u).toLocaleString('en-US');
    for (const lang of ['zh', 'en'] as const) {
      const r = await runCli('report', small, '--lang', lang);
      expect(r.code, r.err).toBe(0);
      const section = r.out.slice(r.out.indexOf('<section id="budget">'), r.out.indexOf('<section id="assumptions"'));
      expect(section.length).toBeGreaterThan(100);
      expect(section).toContain(lang === 'zh' ? `${year}年社会保险基金收支预算表` : `social insurance fund budget for ${year}`);
      expect(section).toMatch(new RegExp(`${lang === 'zh' ? '本年收入合计' : 'Income of the year, total'}</th><td class="num">—</td><td class="num">${income}</td>`));
      expect(section).toContain(`<tr class="total"><th scope="row">${lang === 'zh' ? '本年收入合计' : 'Income of the year, total'}</th>`);
      expect(section).toContain(lang === 'zh' ? '预算原则（以收定支、收支平衡、略有结余）' : 'Budget principle (spend within income, balance, small surplus)');
    }
  });
});
