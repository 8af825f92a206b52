import { itReportsIssues, scenarioIssues, type IssueCase } from '../helpers/scenarioIssues';
import { scenarioDifferences } from '../../src/attribution/scenarioDifferences';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmployeeAssumptions, ResidentAssumptions } from '../../src/assumptions/types';
import { employeeFlows } from '../../src/engine/employeeFlows';
import { project } from '../../src/engine/project';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { decomposeExpenditure } from '../../src/membership/decomposeExpenditure';
import { statusTotals } from '../../src/membership/statusTotals';
import { MEMBER_STATUSES, type MembershipProjection } from '../../src/membership/types';
import { loadScenario } from '../../src/scenario/loadScenario';
import { ScenarioError } from '../../src/scenario/ScenarioError';

const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'fixtures');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const detailedFile = join(root, 'scenarios', 'examples', 'national-age-detailed.yaml');
const noReformFile = join(root, 'scenarios', 'examples', 'national-age-detailed-no-reform.yaml');

const aggregate = resolveAssumptions(loadScenario(national));
const detailed = resolveAssumptions(loadScenario(detailedFile));
const noReform = resolveAssumptions(loadScenario(noReformFile));
const employee = (a: typeof detailed) => a.funds.find((f) => f.scheme === 'employee') as EmployeeAssumptions;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe('age-detailed mode: base-year calibration is exact', () => {
  const e = employee(detailed);
  it('members: the 2024 totals 27,490.84 and 10,457.50 (万人, scenario members) are reproduced', () => {
    expect(rel(e.actives[0], 27490.84)).toBeLessThan(1e-12);
    expect(rel(e.retirees[0], 10457.5)).toBeLessThan(1e-12);
    expect(e.membership).toBeDefined();
    expect(e.membership!.ageMix.actives![0]).toBe(1);
    expect(e.membership!.ageMix.retirees![0]).toBe(1);
  });

  it('spending: base-year benefits equal spending.base.total 12,344.28 (亿元), split 1 : 3.33 per head', () => {
    const flows = employeeFlows(e, 0);
    const benefits = flows.expenditure.benefits_actives + flows.expenditure.benefits_retirees;
    expect(rel(benefits, 12344.28)).toBeLessThan(1e-12);
    expect(rel(e.spendPerRetiree[0] / e.spendPerActive[0], 3.33)).toBeLessThan(1e-12);
  });

  it('fed the same totals, the base year equals the aggregate mode item by item', () => {
    const a = employeeFlows(employee(aggregate), 0);
    const d = employeeFlows(e, 0);
    for (const part of ['income', 'expenditure', 'memo', 'members'] as const) {
      const items = a[part] as Record<string, number>;
      expect(Object.keys(d[part]).sort()).toEqual(Object.keys(items).sort());
      for (const [k, v] of Object.entries(items)) expect(rel((d[part] as Record<string, number>)[k], v) < 1e-12 || v === 0).toBe(true);
    }
    const ra = project(aggregate).funds[0].base;
    const rd = project(detailed).funds[0].base;
    expect(rel(rd.modelIncome, ra.modelIncome)).toBeLessThan(1e-12);
    expect(rel(rd.modelExpenditure, ra.modelExpenditure)).toBeLessThan(1e-12);
    // and the resident fund, aggregate in both files, is identical
    expect(project(detailed).funds[1].rows).toEqual(project(aggregate).funds[1].rows);
  });

  it('the fund engine counts the projected members: row members = projection totals ÷ 10⁴', () => {
    const rows = project(detailed).funds[0].rows;
    const p = e.membership!.projection;
    const actives = statusTotals(p, 'actives');
    rows.forEach((r, k) => expect(rel(r.members.actives, actives[k + 1] / 1e4)).toBeLessThan(1e-12));
  });
});

/** Σ over ages and sexes of a years × ages matrix, row i. */
function total(m: { male: Float64Array; female: Float64Array }, i: number, n: number): number {
  let s = 0;
  for (let x = i * n; x < (i + 1) * n; x++) s += m.male[x] + m.female[x];
  return s;
}

function checkAccounting(p: MembershipProjection): void {
  const n = p.ages;
  const f = p.flows;
  for (let i = 1; i < p.years; i++) {
    for (const s of MEMBER_STATUSES) {
      const transfer = s === 'actives' ? -total(f.retirements, i, n) - total(f.switching, i, n)
        : s === 'retirees' ? total(f.retirements, i, n) : s === 'residents' ? total(f.switching, i, n) : 0;
      const expected = total(p.stocks[s], i - 1, n) - total(f.deaths[s], i, n) + total(f.migration[s], i, n) + transfer + total(f.entrants[s], i, n);
      expect(Math.abs(total(p.stocks[s], i, n) - expected)).toBeLessThan(1e-6 * Math.max(1, total(p.population, i, n)) * 1e-3);
    }
  }
}

describe('age-detailed mode: membership accounting and sanity', () => {
  it('members(t+1) = members(t) − deaths − retirements ± switching + migrants + entrants, by status (national example and a switching fixture)', () => {
    checkAccounting(employee(detailed).membership!.projection);
    checkAccounting(employee(resolveAssumptions(loadScenario(join(fixtures, 'switching.yaml')))).membership!.projection);
  });

  it('no NaN or Infinity anywhere in the age-detailed assumptions or membership', () => {
    const e = employee(detailed);
    const arrays: Float64Array[] = [e.actives, e.retirees, e.spendPerActive, e.spendPerRetiree, ...Object.values(e.membership!.ageMix)];
    const p = e.membership!.projection;
    for (const s of MEMBER_STATUSES) arrays.push(p.stocks[s].male, p.stocks[s].female, p.flows.entrants[s].male, p.flows.deaths[s].female);
    for (const a of arrays) expect(Array.from(a).every(Number.isFinite)).toBe(true);
  });

  it('the curve implies ≈ 3.33 retirees/actives per head on the example membership (data/age-cost/SOURCES.md, ±0.05)', () => {
    expect(Math.abs(employee(detailed).membership!.curveRetireeToActiveRatio! - 3.33)).toBeLessThan(0.05);
  });

  it('switching moves actives to the resident scheme: fewer actives, switchers followed as residents', () => {
    const base = employee(resolveAssumptions(loadScenario(join(fixtures, 'age-detailed-base.yaml'))));
    const sw = employee(resolveAssumptions(loadScenario(join(fixtures, 'switching.yaml'))));
    const p = sw.membership!.projection;
    expect(sw.actives[0]).toBe(base.actives[0]);
    expect(sw.actives[3]).toBeLessThan(base.actives[3] * 0.99);
    expect(total(p.stocks.residents, 0, p.ages)).toBe(0);
    // the first year's switchers are the year's residents: 2% of the staying actives
    expect(total(p.stocks.residents, 1, p.ages)).toBeCloseTo(total(p.flows.switching, 1, p.ages), 6);
    expect(total(p.flows.switching, 1, p.ages) / (sw.actives[0] * 1)).toBeGreaterThan(0.015);
  });
});

describe('the 2025 retirement reform (national example with and without it)', () => {
  const on = employee(detailed);
  const off = employee(noReform);
  it('identical in the base year 2024 (the reform starts on 2025-01-01)', () => {
    expect(on.actives[0]).toBe(off.actives[0]);
    expect(on.retirees[0]).toBe(off.retirees[0]);
  });
  it('more actives and fewer retirees every year from 2025', () => {
    for (let i = 1; i < on.actives.length; i++) {
      expect(on.actives[i]).toBeGreaterThan(off.actives[i]);
      expect(on.retirees[i]).toBeLessThan(off.retirees[i]);
    }
  });
  it('the two example scenarios differ only in retirement.reform_2025 once merged (the variant writes only that key)', () => {
    const diffs = scenarioDifferences(loadScenario(detailedFile).scenario, loadScenario(noReformFile).scenario);
    expect(diffs).toEqual([{ name: 'funds.employee.members.age_detailed.retirement.reform_2025', path: ['funds', 'employee', 'members', 'age_detailed', 'retirement', 'reform_2025'], value: false }]);
  });
});

describe('decomposition of benefit spending growth: size × aging × per-capita cost', () => {
  for (const [name, a] of [['age-detailed', detailed], ['aggregate', aggregate]] as const) {
    it(`${name}: ln E(i)/E(0) = ln size + ln aging + ln unit cost in every year, and E ties to the engine's benefits`, () => {
      const e = employee(a);
      const rows = decomposeExpenditure(e, a.timeline);
      expect(rows).toHaveLength(a.timeline.endYear - a.timeline.baseYear + 1);
      for (const [i, r] of rows.entries()) {
        expect(Math.abs(r.lnTotal - (r.lnSize + r.lnAging + r.lnUnitCost))).toBeLessThan(1e-12);
        expect(rel(r.aging, r.statusMix * r.ageMix)).toBeLessThan(1e-12);
        const flows = employeeFlows(e, i);
        expect(rel(r.benefits, flows.expenditure.benefits_actives + flows.expenditure.benefits_retirees)).toBeLessThan(1e-12);
      }
    });
  }

  it('per-capita cost factor = the spending growth path (hand check: the national default grows both statuses alike, no cost control)', () => {
    // spending.active_growth = retiree_growth = 6% in 2025–2030, 5.5% in 2031–2035, …: unit cost Π(1 + g)
    const rows = decomposeExpenditure(employee(detailed), detailed.timeline);
    let path = 1;
    for (let i = 1; i < rows.length; i++) {
      const year = 2024 + i;
      path *= 1 + (year <= 2030 ? 0.06 : year <= 2035 ? 0.055 : year <= 2040 ? 0.05 : 0.045);
      expect(rel(rows[i].unitCost, path)).toBeLessThan(1e-10);
    }
  });

  it('aggregate mode: no age mix (factor exactly 1); age-detailed mode: aging raises per-member cost over time', () => {
    expect(decomposeExpenditure(employee(aggregate), aggregate.timeline).every((r) => r.ageMix === 1)).toBe(true);
    const rows = decomposeExpenditure(employee(detailed), detailed.timeline);
    expect(rows[0].aging).toBe(1);
    expect(rows[26].ageMix).toBeGreaterThan(1); // 2050: members are older than in 2024
  });
});

describe('resident fund in the age-detailed mode (coverage rule)', () => {
  const a = resolveAssumptions(loadScenario(join(fixtures, 'resident-age-detailed.yaml')));
  const res = a.funds.find((f) => f.id === 'res') as ResidentAssumptions;
  it('base-year insured reproduced, and insured(i) = Σ η·P(i) with η = 0.95 × calibration at every age', () => {
    expect(rel(res.insured[0], 1e6)).toBeLessThan(1e-12);
    const p = res.membership!.projection;
    const eta = 0.95 * res.membership!.calibration.residents!;
    for (let i = 0; i < p.years; i++) expect(rel(res.insured[i], eta * total(p.population, i, p.ages))).toBeLessThan(1e-12);
    expect(res.spendPerInsured[0]).toBe(900);
  });
});

describe('age-detailed scenario errors name the file, the path and the problem (en/zh)', () => {

  const members = ['funds', 'emp', 'members'];
  const cases: IssueCase[] = [
    ['growth-with-age-detailed.yaml', [...members, 'active_growth'], /active_growth cannot be used with age_detailed/, /不能与 age_detailed 同时使用/],
    ['overlapping-bands.yaml', [...members, 'age_detailed', 'by_age', 'actives', 'participation', 1, 'ages'], /age 50 is in two bands/, /同时属于两个年龄段/],
    ['base-before-census.yaml', [...members, 'age_detailed'], /base_year must be 2020 or later, got 2019/, /须不早于 2020/],
    ['missing-cost-curve.yaml', [...members, 'age_detailed', 'cost_curve'], /Data file not found: .*no-such-curve\.csv/, /找不到数据文件/],
    ['curve-gap.yaml', [...members, 'age_detailed', 'cost_curve'], /age 50 \(male\) is in no band/, /不在任何年龄段内/],
    ['misspelled-block-key.yaml', [...members, 'age_detailed', 'populaton'], /unknown key 'populaton' — did you mean 'population'\?/, /是否应为 'population'/],
  ];
  itReportsIssues(fixtures, cases);
});
