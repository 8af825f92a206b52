import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { EXIT } from '../../src/cli/main';
import { project } from '../../src/engine/project';
import { applyLever } from '../../src/solve/applyLever';
import { checkIdentities } from '../../src/results/checkIdentities';
import { loadScenario, parseScenario } from '../../src/scenario/loadScenario';
import { ScenarioError } from '../../src/scenario/ScenarioError';
import { projectOneFund } from '../../src/solve/projectOneFund';
import { verdict } from '../../src/solve/verdict';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const county = join(root, 'scenarios', 'examples', 'county-totals.yaml');
const district = join(root, 'scenarios', 'examples', 'district-combined-pool.yaml');

/** A totals fund: own income 100 (+10%/yr), expenditure 90 (+20%/yr), subsidy 5, interest 5%, balance 50; base 2024. */
const hand = (extra = '') => `fundcast: 1
id: hand-totals
name: hand-computed totals fund
base_year: 2024
end_year: 2027
units: {money: yuan, persons: persons}
funds:
  t:
    scheme: totals
    name: T
    opening: {balance: 50}
    income: {base: 100, growth: 0.10}
    expenditure: {base: 90, growth: 0.20}
    fiscal_subsidy: 5
    interest_rate: 0.05
${extra}`;

const run = (text: string) => project(resolveAssumptions(parseScenario(text, 'hand.yaml')));

const call = runCli;

describe('totals fund: a 3-year case by hand', () => {
  const f = run(hand()).funds[0];
  it('reproduces the hand calculation (tolerance 1e-9: only rounding of doubles)', () => {
    // 2025: own 100·1.1 = 110, subsidy 5, interest 0.05·50 = 2.5 → I = 117.5; E = 90·1.2 = 108
    //       S = 9.5, B = 59.5, M = 59.5·12/108 = 6.6111
    // 2026: own 121, subsidy 5, interest 0.05·59.5 = 2.975 → I = 128.975; E = 129.6; S = −0.625; B = 58.875
    // 2027: own 133.1, subsidy 5, interest 0.05·58.875 = 2.94375 → I = 141.04375; E = 155.52; S = −14.47625; B = 44.39875
    const expected = [
      { year: 2025, income: 117.5, expenditure: 108, surplus: 9.5, balance: 59.5, months: (59.5 * 12) / 108 },
      { year: 2026, income: 128.975, expenditure: 129.6, surplus: -0.625, balance: 58.875, months: (58.875 * 12) / 129.6 },
      { year: 2027, income: 141.04375, expenditure: 155.52, surplus: -14.47625, balance: 44.39875, months: (44.39875 * 12) / 155.52 },
    ];
    expect(f.rows).toHaveLength(3);
    f.rows.forEach((r, i) => {
      const e = expected[i];
      expect(r.year).toBe(e.year);
      for (const k of ['income', 'expenditure', 'surplus', 'balance'] as const) expect(r[k]).toBeCloseTo(e[k], 9);
      expect(r.reserveMonths!).toBeCloseTo(e.months, 9);
    });
    expect(f.rows[0].incomeItems).toEqual({ own_income: expect.closeTo(110, 9), fiscal_subsidy: 5, other_income: 0, interest: 2.5 });
    expect(f.rows[0].expenditureItems).toEqual({ spending: expect.closeTo(108, 9) });
    expect(f.firstDeficitYear).toBe(2026);
    expect(f.exhaustionYear).toBeNull();
    expect(f.scheme).toBe('totals');
    expect(f.bandBasis).toBe('extension'); // pool not stated: 'other'
    expect(f.rows[0].members).toEqual({});
    expect(f.rows[0].dependencyRatio).toBeNull();
  });

  it('the treasury top-up rule, by hand: floor 6 months from 2026', () => {
    const g = run(hand('    rules: {treasury_top_up: {floor_months: 6, from: 2026}}\n')).funds[0];
    // 2026: before the top-up B = 59.5 + 128.975 − 129.6 = 58.875; floor 6·129.6/12 = 64.8 → top-up 5.925
    expect(g.rows[0].incomeItems.treasury_top_up).toBe(0);
    expect(g.rows[1].incomeItems.treasury_top_up).toBeCloseTo(5.925, 9);
    expect(g.rows[1].balance).toBeCloseTo(64.8, 9);
    // 2027: interest 0.05·64.8 = 3.24; before 64.8 + 133.1 + 5 + 3.24 − 155.52 = 50.62; floor 77.76 → 27.14
    expect(g.rows[2].incomeItems.interest).toBeCloseTo(3.24, 9);
    expect(g.rows[2].incomeItems.treasury_top_up).toBeCloseTo(27.14, 9);
    expect(g.rows[2].reserveMonths!).toBeCloseTo(6, 9);
    expect(checkIdentities(run(hand('    rules: {treasury_top_up: {floor_months: 6, from: 2026}}\n')))).toEqual([]);
  });

  it('levers: income_multiplier scales own income, income_growth and excess_cost_growth compound, fiscal_subsidy sets the amount', () => {
    const a = resolveAssumptions(parseScenario(hand(), 'hand.yaml'));
    const at = (moved: typeof a) => projectOneFund(moved, 't').rows;
    // ×1.5 from 2026: own income 2026 = 121·1.5 = 181.5, 2025 unchanged
    const m = at(applyLever(a, { fund: 't', lever: 'income_multiplier', value: 1.5, from: 2026 }));
    expect(m[0].incomeItems.own_income).toBeCloseTo(110, 9);
    expect(m[1].incomeItems.own_income).toBeCloseTo(181.5, 9);
    // +0.1 growth from 2026: 2026 own = 121·1.1 = 133.1, 2027 = 133.1·1.1·1.1 = 161.051
    const g = at(applyLever(a, { fund: 't', lever: 'income_growth', value: 0.1, from: 2026 }));
    expect(g[1].incomeItems.own_income).toBeCloseTo(133.1, 9);
    expect(g[2].incomeItems.own_income).toBeCloseTo(161.051, 9);
    // −0.2 excess cost growth from 2025: 2025 spending = 108·0.8 = 86.4
    expect(at(applyLever(a, { fund: 't', lever: 'excess_cost_growth', value: -0.2 }))[0].expenditure).toBeCloseTo(86.4, 9);
    expect(at(applyLever(a, { fund: 't', lever: 'fiscal_subsidy', value: 12 }))[2].incomeItems.fiscal_subsidy).toBe(12);
    expect(() => applyLever(a, { fund: 't', lever: 'employer_rate', value: 0.1 })).toThrow(/income_multiplier/);
  });

  it('errors: no base level anywhere; a key of another scheme (strict schema)', () => {
    const noBase = hand().replace('income: {base: 100, growth: 0.10}', 'income: {growth: 0.10}');
    try {
      run(noBase);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).issues.map((i) => i.path.join('.'))).toEqual(['funds.t.income.base']);
    }
    try {
      run(hand().replace('scheme: totals', 'scheme: totals\n    spending: {}'));
      throw new Error('no error');
    } catch (e) {
      expect((e as ScenarioError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_key', 'funds.t.spending']]);
    }
  });
});

describe('county example: base levels from the history, identities, warnings', () => {
  const result = project(resolveAssumptions(loadScenario(county)));
  const f = result.funds[0];
  it('takes own income = 2024 income − interest and expenditure from the last history year', () => {
    // own income 2025 = (26,300 − 450)·1.035 = 26,754.75; interest 0.015·30,600 = 459; expenditure 27,500·1.05 = 28,875
    expect(f.rows[0].incomeItems.own_income).toBeCloseTo(26754.75, 8);
    expect(f.rows[0].incomeItems.interest).toBeCloseTo(459, 9);
    expect(f.rows[0].expenditure).toBeCloseTo(28875, 8);
    expect(f.base.balance).toBe(30600);
    expect(f.base.reserveMonths!).toBeCloseTo((30600 * 12) / 27500, 12);
    expect(f.bandBasis).toBe('official'); // pool: employee
  });
  it('identities hold on every row of both examples', () => {
    expect(checkIdentities(result)).toEqual([]);
    expect(checkIdentities(project(resolveAssumptions(loadScenario(district))))).toEqual([]);
  });
  it('the one mistyped report (2022) gives exactly one warning naming both figures', () => {
    expect(result.warnings.map((w) => [w.code, w.path.join('.'), w.figures.surplus, w.figures.income_minus_expenditure, w.difference])).toEqual([
      ['history_surplus_mismatch', 'funds.employee.history.years.2022.surplus', 1500, 500, 1000],
    ]);
  });
});

describe('totals funds through the CLI: run, verdict, solve, top-up, validate --strict', () => {
  it('run --format json: observed rows flagged, projected rows, identities', async () => {
    const { code, out, err } = await call('run', county, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('1 data warning');
    const json = JSON.parse(out);
    const fund = json.funds[0];
    expect(fund.scheme).toBe('totals');
    expect(fund.history.map((r: { year: number; observed: boolean }) => [r.year, r.observed])).toEqual([2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, true]));
    expect(fund.rows[0].year).toBe(2025);
    expect(json.warnings).toHaveLength(1);
  });

  it('verdict: exhaustion year and the base year months', async () => {
    const { code, out } = await call('verdict', county, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const v = JSON.parse(out);
    const one = Array.isArray(v) ? v[0] : (v.verdicts?.[0] ?? v);
    const rows = project(resolveAssumptions(loadScenario(county))).funds[0].rows;
    expect(one.exhaustionYear).toBe(rows.find((r) => r.balance < 0)!.year);
    expect(one.base.months).toBeCloseTo((30600 * 12) / 27500, 9);
    expect(one.history).toHaveLength(6);
  });

  it('solve income_multiplier for 6 months from 2026: the answer holds and 0.0001 less does not', async () => {
    const { code, out } = await call('solve', county, '--fund', 'employee', '--lever', 'income_multiplier', '--target', 'min-months:6', '--from', '2026', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const value = JSON.parse(out).value as number;
    const a = resolveAssumptions(loadScenario(county));
    const holds = (x: number) => projectOneFund(applyLever(a, { fund: 'employee', lever: 'income_multiplier', value: x, from: 2026 }), 'employee').rows.filter((r) => r.year >= 2026).every((r) => r.reserveMonths! >= 6 - 1e-9);
    expect(holds(value)).toBe(true);
    expect(holds(value - 1e-4)).toBe(false);
  });

  it('combined pool: the top-up rule (an overlay with --with) keeps 3 months from 2026 and is paid only when needed', async () => {
    const { code, out } = await call('run', district, '--with', join(__dirname, '..', 'fixtures', 'totals', 'top-up-3-months.yaml'), '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const fund = JSON.parse(out).funds[0];
    expect(fund.bandBasis).toBe('extension');
    for (const r of fund.rows) {
      if (r.year >= 2026) expect(r.reserveMonths).toBeGreaterThanOrEqual(3 - 1e-9);
      expect(r.incomeItems.treasury_top_up).toBeGreaterThanOrEqual(0);
    }
    expect(fund.rows.some((r: { incomeItems: Record<string, number> }) => r.incomeItems.treasury_top_up > 0)).toBe(true);
    const v = verdict(project(resolveAssumptions(loadScenario(district))), 'combined');
    expect(v.bandBasis).toBe('extension');
  });

  it('combined pool: solve fiscal_subsidy (the top-up as a constant amount) for 3 months', async () => {
    const { code, out } = await call('solve', district, '--fund', 'combined', '--lever', 'fiscal_subsidy', '--target', 'min-months:3', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const value = JSON.parse(out).value as number;
    const a = resolveAssumptions(loadScenario(district));
    const holds = (x: number) => projectOneFund(applyLever(a, { fund: 'combined', lever: 'fiscal_subsidy', value: x }), 'combined').rows.every((r) => r.reserveMonths! >= 3 - 1e-9);
    expect(value).toBeGreaterThan(0);
    expect(holds(value)).toBe(true);
    expect(holds(value * (1 - 1e-4))).toBe(false);
  });

  it('validate --strict fails on the county history (exit 1); validate alone passes with the warning', async () => {
    expect((await call('validate', county)).code).toBe(EXIT.ok);
    const strict = await call('validate', county, '--strict');
    expect(strict.code).toBe(EXIT.invalidInput);
    expect(strict.out).toMatch(/county-totals\.yaml:38:\d+/);
    expect(strict.out).toContain('1500');
  });
});
