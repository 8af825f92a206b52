import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const county = join(root, 'scenarios/examples/county-totals.yaml');

describe('fundcast budget', () => {
  it('prints the zh table in the official layout with sources, checks and the principle findings', async () => {
    const r = await runCli('budget', county, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2025 年基金收支预算表（单位：元）');
    expect(r.out).toMatch(/本年收入合计\s+—\s+—\s+272,137,500/);
    expect(r.out).toContain('收不抵支');
    expect(r.out).toContain('假设：未分项');
  });
  it('json: the draft lines sum to the totals; csv: one row per line with the draft in yuan', async () => {
    const j = await runCli('budget', county, '--format', 'json', '--year', '2026');
    expect(j.code).toBe(0);
    const doc = JSON.parse(j.out);
    expect(doc.year).toBe(2026);
    const lines = doc.budgets[0].budget.lines as { id: string; draft: number | null }[];
    const v = (id: string) => lines.find((l) => l.id === id)!.draft!;
    expect(v('income_subtotal')).toBe(v('contributions') + v('fiscal_subsidy_income') + v('interest_income') + v('other_income'));
    expect(doc.budgets[0].checks).toEqual([]);
    const c = await runCli('budget', county, '--format', 'csv');
    expect(c.out.split('\n')[0]).toBe('fund,year,line,parent,kind,name_zh,name_en,executed_yuan,budgeted_last_year_yuan,draft_yuan,source');
    expect(c.out).toContain('employee,2025,income_total,,income,本年收入合计,"Income of the year, total",,,272137500,sum');
  });
  it('a year outside the projection, a bad year, an unknown fund and a bad range are bilingual errors (exit 1)', async () => {
    for (const args of [['--year', '2020'], ['--year', 'soon'], ['--fund', 'nope'], ['--surplus-range', '0.1,0']]) {
      const r = await runCli('budget', county, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
