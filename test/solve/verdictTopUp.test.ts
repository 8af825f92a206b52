import { describe, expect, it } from 'vitest';
import { project, requiredTopUp } from '../../src/index';
import { verdict } from '../../src/solve/index';
import { assumptionsWith } from '../helpers/scenarioWith';
import { runCli } from '../helpers/runCli';
import { scenarioAssumptions } from './load';

const POOL = 'scenarios/examples/district-combined-pool.yaml';

describe('verdicts name observed deficits and state the top-up (issue 19, item 6)', () => {
  it('names the deficits of the observed years: district-combined-pool 2023 and 2024', () => {
    const result = project(scenarioAssumptions(POOL));
    const v = verdict(result, 'combined');
    // by hand from the file's history: 2023 61,500 − 63,900 = −2,400; 2024 63,000 − 66,400 = −3,400 (2021, 2022 in surplus)
    expect(v.observedDeficits).toEqual([{ year: 2023, surplus: -2400 }, { year: 2024, surplus: -3400 }]);
    expect(v.summary.en).toContain('Observed years already ran current deficits (10k yuan): 2023 -2,400.0, 2024 -3,400.0.');
    expect(v.summary.zh).toContain('历史年份已出现当期赤字：2023年-2,400.0万元，2024年-3,400.0万元。');
  });

  it("states what the fund's own top-up rule pays: its total, first and largest year", () => {
    const result = project(assumptionsWith(POOL, { funds: { combined: { rules: { treasury_top_up: { floor_months: 3, from: 2026 } } } } }));
    const v = verdict(result, 'combined');
    const rows = result.funds[0].rows;
    const paid = rows.filter((r) => r.incomeItems.treasury_top_up > 0);
    expect(paid.length).toBeGreaterThan(0);
    // where the rule pays, it brings the year-end balance to exactly the floor: M = 3 (to rounding)
    for (const r of paid) expect(r.reserveMonths!).toBeCloseTo(3, 9);
    expect(v.topUp!.basis).toBe('rule');
    expect(v.topUp!.total).toBeCloseTo(paid.reduce((s, r) => s + r.incomeItems.treasury_top_up, 0), 6);
    expect(v.topUp!.firstYear).toBe(paid[0].year);
    const largest = paid.reduce((m, r) => (r.incomeItems.treasury_top_up > m.incomeItems.treasury_top_up ? r : m));
    expect(v.topUp!.largest).toEqual({ year: largest.year, amount: largest.incomeItems.treasury_top_up });
    expect(v.summary.en).toMatch(new RegExp(`The treasury top-up rule pays [\\d,.]+ 10k yuan in total from ${paid[0].year}, the largest [\\d,.]+ in ${largest.year}\\.`));
    expect(v.summary.zh).toMatch(new RegExp(`财政兜底补助规则需补助共[\\d,.]+万元，自${paid[0].year}年起`));
  });

  it('states the least top-up keeping the floor for a fund without a rule (requiredTopUp), and the CLI passes it', async () => {
    const a = scenarioAssumptions('scenarios/examples/small-district.yaml');
    const least = requiredTopUp(a, { fund: 'employee', floorMonths: 3 });
    const v = verdict(project(a), 'employee', { topUp: least });
    expect(v.topUp!.basis).toBe('least');
    expect(v.topUp!.floorMonths).toBe(3);
    expect(v.topUp!.total).toBeCloseTo(least.total, 6);
    expect(v.topUp!.firstYear).toBe(least.firstYear);
    expect(v.summary.en).toContain(`Keeping 3 months of reserve would take a treasury top-up of ${v.topUp!.total.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`);
    // without the option, and with no rule, nothing is said about a top-up
    expect(verdict(project(a), 'employee').topUp).toBeNull();
    const cli = await runCli('verdict', 'scenarios/examples/small-district.yaml', '--format', 'json');
    expect(cli.code).toBe(0);
    const emp = JSON.parse(cli.out).verdicts.find((x: { fund: string }) => x.fund === 'employee');
    expect(emp.topUp.total).toBeCloseTo(least.total, 6);
    expect(emp.summary.zh).toContain('若保持3个月可支付水平，财政需兜底补助共');
  });
});
