import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetLineOf, budgetReference } from '../../src/monthly/budgetReference';
import { draftBudget } from '../../src/budget/draftBudget';
import { loadScenario, monitorFund, project, resolveAssumptions, resolveMonthly } from '../../src/index';
import { runCli } from '../helpers/runCli';

const fixtures = join(__dirname, '..', 'fixtures', 'monthly');
const execution = join(fixtures, 'execution.yaml');

describe('execution of the budget lines against the profile (issue 18, deliver 4)', () => {
  const h = resolveMonthly(loadScenario(execution)).monthly.get('emp')!;

  it('a monthly line is measured against its budget line: totals, items named by line id', () => {
    expect([budgetLineOf('income'), budgetLineOf('expenditure'), budgetLineOf('expenditure.inpatient'), budgetLineOf('members.actives')]).toEqual(['income_total', 'expenditure_total', 'inpatient', null]);
  });

  it('the approved budget (monthly.budget) by hand: even profile, three months → 25 % expected', () => {
    const m = monitorFund(h, { scheme: 'employee', openingBalance: 5000, reference: { lines: budgetReference(h, null, 10000) } });
    const row = (line: string) => m.rows.find((r) => r.line === line)!;
    // income 300 / 1250 = 24 % against 25 %: 4 % behind
    expect(row('income').execution).toBeCloseTo(0.24, 12);
    expect(row('income').aheadOfProfile).toBeCloseTo(-0.04, 12);
    expect(row('income').referenceSource).toBe('budget');
    // expenditure 305 / 1200 = 25.4167 % → 1.667 % ahead (under the 5 % rule)
    expect(row('expenditure').aheadOfProfile).toBeCloseTo(305 / 1200 / 0.25 - 1, 12);
    // inpatient 50 + 55 + 70 = 175 / 600 = 29.1667 % → 16.667 % ahead: a warning on that line and month
    expect(row('expenditure.inpatient').execution).toBeCloseTo(175 / 600, 12);
    expect(row('expenditure.outpatient').reference).toBeNull();
    const w = m.warnings.filter((x) => x.code === 'monitor_ahead_of_profile');
    expect(w.map((x) => x.path)).toEqual([['funds', 'emp', 'monthly', 'months', '2025-03', 'expenditure_items', 'inpatient']]);
    expect(w[0]!.line).toBe(13);
    expect(w[0]!.figures.ahead as number).toBeCloseTo(175 / 600 / 0.25 - 1, 12);
    expect(w[0]!.message.zh).toMatch(/expenditure\.inpatient 执行进度 29\.2%，按季节性进度应为 25\.0%，超前 16\.7%/);
  });

  it('without an approved budget, the model’s draft of the year — made without the months, so not the re-estimate itself', () => {
    const plain = resolveMonthly(loadScenario(join(fixtures, 'monitor.yaml'))).monthly.get('emp')!;
    // the model's year: minimal.yaml projected with no monthly figures at all
    const model = project(resolveAssumptions(loadScenario(join(fixtures, '..', 'minimal.yaml'))), { demography: false });
    const draft = draftBudget(model, 'emp', 2025);
    const ref = budgetReference(plain, draft, 10000);
    const E = draft.lines.find((l) => l.id === 'expenditure_total')!.draft! / 10000;
    expect(ref.expenditure).toEqual({ value: E, source: 'draft' });
    const m = monitorFund(plain, { scheme: 'employee', openingBalance: 5000, reference: { lines: ref } });
    // monitor.yaml: 435 spent in four months
    expect(m.rows.find((r) => r.line === 'expenditure')!.execution).toBeCloseTo(435 / E, 12);
  });

  it('fundcast monitor measures against the budget and says which (csv column, table line in en/zh)', async () => {
    const c = await runCli('monitor', execution, '--format', 'csv');
    expect(c.code).toBe(0);
    const [head, ...rows] = c.out.trim().split('\n');
    const cols = head!.split(',');
    const inpatient = rows.find((r) => r.includes(',expenditure.inpatient,'))!.split(',');
    expect([inpatient[cols.indexOf('reference')], inpatient[cols.indexOf('reference_source')]]).toEqual(['600', 'budget']);
    const t = await runCli('monitor', join(fixtures, 'monitor.yaml'));
    expect(t.out.replace(/\n {2}/g, ' ')).toMatch(/Execution = year to date ÷ the 2025 budget: the model's draft budget/);
    // the execution is no longer the profile's own share (33.3 %): measured against the model's year
    expect(t.out).not.toMatch(/expenditure .*33\.3%\s+$/m);
    const z = await runCli('monitor', execution, '--lang', 'zh');
    // (the sentence is wrapped to 80 columns: joined again before matching)
    expect(z.out.replace(/\n {2}/g, '')).toContain('执行进度 = 累计数 ÷ 2025 年预算数：income, expenditure, expenditure.inpatient 按批准的预算（monthly.budget）');
  });
});
