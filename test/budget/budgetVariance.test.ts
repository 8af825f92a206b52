import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetVariance, splitChange } from '../../src/budget/budgetVariance';
import { draftBudget } from '../../src/budget/draftBudget';
import { runProjection } from '../../src/cli/runProjection';
import { runCli } from '../helpers/runCli';

const example = join(__dirname, '..', '..', 'scenarios', 'examples', 'county-resident-budget.yaml');

describe('splitChange: the symmetric midpoint split of V₁ − V₀ = Q₁p₁ − Q₀p₀', () => {
  it('the hand case: 10 → 11 members, 100 → 120 yuan a head: volume 1 × 110 = 110, per head 20 × 10.5 = 210', () => {
    expect(splitChange(1320, 1000, 11, 10, 'members')).toMatchObject({ change: 320, volume: 110, perHead: 210, perHeadFrom: 100, perHeadTo: 120 });
  });
  it('only members change: all volume; only the per-head amount changes: all per head', () => {
    expect(splitChange(1200, 1000, 12, 10, 'members')).toMatchObject({ volume: 200, perHead: 0 });
    expect(splitChange(1200, 1000, 10, 10, 'members')).toMatchObject({ volume: 0, perHead: 200 });
  });
  it('a line zero in one column and a negative line: still exact (no logarithm)', () => {
    // 0 → 500 with 10 → 10 members: all per head
    expect(splitChange(500, 0, 10, 10, 'members')).toMatchObject({ volume: 0, perHead: 500 });
    // −300 (p0 = −30) → 200 (p1 = 10) with 10 → 20 members: volume 10 × (−30 + 10)/2 = −100, per head 40 × (10 + 20)/2 = 600
    expect(splitChange(200, -300, 20, 10, 'members')).toMatchObject({ change: 500, volume: -100, perHead: 600 });
  });
  it('rounded to whole yuan summing exactly to the change, whatever the figures (seeded sweep)', () => {
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 2000; k++) {
      const v0 = Math.round((rnd() - 0.2) * 1e9);
      const v1 = Math.round((rnd() - 0.2) * 1e9);
      const q0 = 1 + rnd() * 1e6;
      const q1 = 1 + rnd() * 1e6;
      const c = splitChange(v1, v0, q1, q0, 'members');
      expect(c.volume! + c.perHead!).toBe(v1 - v0);
      // each part within one yuan of its real value
      expect(Math.abs(c.volume! - ((q1 - q0) * (v0 / q0 + v1 / q1)) / 2)).toBeLessThan(1 + 1e-6 * Math.abs(v1 - v0));
    }
  });
  it('a missing or zero volume: not split (the change only)', () => {
    expect(splitChange(1200, 1000, null, 10, 'members')).toMatchObject({ change: 200, driver: null, volume: null, perHead: null });
    expect(splitChange(1200, 1000, 10, 0, 'members')).toMatchObject({ driver: null, volume: null });
  });
});

describe('volume by visits where the projection has them (service lines with `use`)', () => {
  it('draft against execution of the inpatient line is measured by projected admissions', () => {
    const result = runProjection(join(__dirname, '..', 'fixtures', 'service-lines', 'lines.yaml'));
    const year = result.scenario.baseYear + 1;
    const row = result.funds.find((f) => f.id === 'res')!.rows.find((r) => r.year === year)!;
    const cases = row.serviceLines!.inpatient.cases!;
    // a hypothetical executed year: 3,000 admissions, 200 万元 inpatient, 100 万元 outpatient, 20,000 insured
    const b = draftBudget(result, 'res', year, { year: year - 1, executed: { inpatient: 200, outpatient: 100 }, executedMembers: { insured: 20000 }, executedCases: { inpatient: 3000 } });
    const inpatient = budgetVariance(b).lines.find((l) => l.line === 'inpatient')!.draftVsExecution!;
    expect([inpatient.driver, inpatient.volumeFrom, inpatient.volumeTo]).toEqual(['cases', 3000, cases]);
    expect(inpatient.volume! + inpatient.perHead!).toBe(inpatient.change);
    // outpatient has no admissions: members
    expect(budgetVariance(b).lines.find((l) => l.line === 'outpatient')!.draftVsExecution!.driver).toBe('members');
  });
});

describe('fundcast budget --variance', () => {
  it('table (zh): the official column heads and the variance section', async () => {
    const r = await runCli('budget', example, '--lang', 'zh', '--variance');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/上年预算数\s+上年执行数\s+本年预算数/);
    expect(r.out).toMatch(/住院费用支出\s+270,000,000\s+279,000,000\s+290,719,345\s+按上年执行结构/);
    expect(r.out).toContain('2025 年基金收支预算差异分析');
    expect(r.out).toMatch(/本年收入合计\s+446,200,000\s+437,000,000\s+-9,200,000\s+-10,903,963\s+1,703,963\s+参保人数\s+442,800,000\s+5,800,000\s+-4,421,364\s+10,221,364\s+参保人数/);
  });
  it('csv: the variance table; json: the variance beside each budget, parts summing to the change', async () => {
    const c = await runCli('budget', example, '--format', 'csv', '--variance');
    const [head, ...rows] = c.out.trim().split('\n');
    expect(head.split(',').slice(0, 9)).toEqual(['fund', 'year', 'executed_year', 'line', 'name_zh', 'name_en', 'budgeted_last_year_yuan', 'executed_yuan', 'draft_yuan']);
    expect(rows).toHaveLength(30);
    const j = JSON.parse((await runCli('budget', example, '--format', 'json')).out);
    const lines = j.budgets[0].variance.lines as { line: string; draftVsExecution: { change: number; volume: number | null; perHead: number | null } | null }[];
    expect(j.budgets[0].variance.executedYear).toBe(2024);
    for (const l of lines) if (l.draftVsExecution?.volume != null) expect(l.draftVsExecution.volume + l.draftVsExecution.perHead!, l.line).toBe(l.draftVsExecution.change);
    expect(lines.find((l) => l.line === 'income_total')!.draftVsExecution!.change).toBe(5_800_000);
  });
  it('a later budget year names the executed year in the heads', async () => {
    const r = await runCli('budget', example, '--year', '2026');
    expect(r.out).toMatch(/Budget 2024\s+Executed 2024\s+Draft budget/);
  });
});
