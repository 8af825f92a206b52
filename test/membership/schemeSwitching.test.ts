import { itReportsIssues, scenarioIssues, type IssueCase } from '../helpers/scenarioIssues';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import type { Assumptions, EmployeeAssumptions, ResidentAssumptions } from '../../src/assumptions/types';
import { project } from '../../src/engine/project';
import { residentFlows } from '../../src/engine/residentFlows';
import { MembershipError } from '../../src/membership/membershipError';
import { resolveSharedMembership } from '../../src/membership/resolveSharedMembership';
import { samePopulation } from '../../src/membership/samePopulation';
import { MEMBER_STATUSES, type YearAgeBySex } from '../../src/membership/types';
import { loadScenario } from '../../src/scenario/loadScenario';
import { ScenarioError } from '../../src/scenario/ScenarioError';

// Scheme switching between an employee fund and a resident fund, both age-detailed on one
// population (src/membership/switchingTarget.ts). Fixtures (persons):
// - switching-pair.yaml: 2% of the surviving, non-retiring actives a year move from `emp` to `res`
//   from 2025 (`switching_to_resident: {share: …, to: res}`);
// - switching.yaml: the same employee fund and share as a plain share, no resident fund (the
//   switchers leave the scheme; they are the `residents` status of its own projection).
const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'fixtures');
const resolved = (file: string) => resolveAssumptions(loadScenario(file));
const employeeOf = (a: Assumptions) => a.funds.find((f) => f.scheme === 'employee') as EmployeeAssumptions;
const residentOf = (a: Assumptions) => a.funds.find((f) => f.scheme === 'resident') as ResidentAssumptions;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));
const SEXES = ['male', 'female'] as const;

const pair = resolved(join(fixtures, 'switching-pair.yaml'));
const alone = resolved(join(fixtures, 'switching.yaml'));
const national = resolved(join(root, 'scenarios', 'examples', 'national-age-detailed-switching.yaml'));
const nationalNoSwitching = resolved(join(root, 'scenarios', 'examples', 'national-age-detailed.yaml'));

/** Σ over ages and sexes of row i of a years × ages matrix. */
function total(m: YearAgeBySex, i: number, n: number): number {
  let s = 0;
  for (let x = i * n; x < (i + 1) * n; x++) s += m.male[x] + m.female[x];
  return s;
}

/** Persons of the cohort that reaches cell (x, i): aged x − 1 a year earlier (the open group ω also keeps its own). */
function agedOn(m: Float64Array, i: number, x: number, n: number): number {
  return m[(i - 1) * n + x - 1] + (x === n - 1 ? m[(i - 1) * n + x] : 0);
}

describe('scheme switching into an age-detailed resident fund (switching-pair.yaml)', () => {
  const e = employeeOf(pair);
  const r = residentOf(pair);
  const p = r.membership!.projection;
  const n = p.ages;

  it('the two funds read one projection: the employee fund its actives and retirees, the resident fund its residents', () => {
    expect(e.membership!.projection).toBe(p);
    expect(e.membership!.statuses).toEqual(['actives', 'retirees']);
    expect(r.membership!.statuses).toEqual(['residents']);
    // base year: the scenario totals (persons) are reproduced exactly
    expect(rel(e.actives[0], 10000)).toBeLessThan(1e-12);
    expect(rel(e.retirees[0], 5000)).toBeLessThan(1e-12);
    expect(rel(r.insured[0], 1e6)).toBeLessThan(1e-12);
  });

  it('pairing changes nothing on the employee side: counts and switching flows equal the employee-only fixture (plain share)', () => {
    const a = employeeOf(alone);
    for (let i = 0; i < e.actives.length; i++) {
      expect(rel(e.actives[i], a.actives[i])).toBeLessThan(1e-12);
      expect(rel(e.retirees[i], a.retirees[i])).toBeLessThan(1e-12);
    }
    expect(total(p.flows.switching, 1, n)).toBeGreaterThan(0.015 * e.actives[0]); // 2% of the staying actives
  });

  it('cross-fund identity by age, sex and year: employee actives leaving by switching = resident insured gained by switching (1e-9 relative)', () => {
    // Employee side, from the employee-only projection: its actives' switching outflow.
    const leaving = employeeOf(alone).membership!.projection.flows.switching;
    // Resident side, from the pair's switcher stock S: gained(x, i) = S(x, i) − S(x−1, i−1)·survival,
    // survival = P(x, i) / P(x−1, i−1) (the census projection has no migration: checked first).
    for (const s of MEMBER_STATUSES) for (const sex of SEXES) expect(p.flows.migration[s][sex].every((v) => v === 0)).toBe(true);
    let checked = 0;
    for (let i = 1; i < p.years; i++) {
      for (let x = 1; x < n; x++) {
        for (const sex of SEXES) {
          const P = p.population[sex];
          const before = agedOn(P, i, x, n);
          const survived = before > 0 ? (agedOn(p.switchers[sex], i, x, n) * P[i * n + x]) / before : 0;
          const gained = p.switchers[sex][i * n + x] - survived;
          const w = leaving[sex][i * n + x];
          // relative to the larger of the flow and the stock it is differenced from (rounding of S − survivors)
          expect(Math.abs(gained - w)).toBeLessThanOrEqual(1e-9 * Math.max(w, p.switchers[sex][i * n + x], 1e-6));
          if (w > 0) checked++;
        }
      }
    }
    // cells with switchers: working ages (~20 to the retirement date) × 2 sexes × 7 steps 2025–2031 (the timeline runs to end year + 1)
    expect(checked).toBeGreaterThan(400);
  });

  it('the resident insured are the switchers plus the base-year coverage η = H₀/(P₀ − A₀ − R₀) of everyone else, in every cell', () => {
    for (const sex of SEXES) {
      const [A, R, H, P, S] = [p.stocks.actives[sex], p.stocks.retirees[sex], p.stocks.residents[sex], p.population[sex], p.switchers[sex]];
      for (let x = 0; x < n; x++) {
        const outside0 = P[x] - A[x] - R[x];
        const eta = outside0 > 0 ? H[x] / outside0 : 0;
        expect(S[x]).toBe(0); // nobody has switched in the base year
        for (let i = 1; i < p.years; i++) {
          const c = i * n + x;
          expect(Math.abs(H[c] - (eta * (P[c] - A[c] - R[c] - S[c]) + S[c]))).toBeLessThanOrEqual(1e-9 * Math.max(1, H[c]));
        }
      }
    }
  });

  it('employee + resident members change only by deaths, migration and entrants (retirements and switching stay inside), every year', () => {
    const f = p.flows;
    const statuses = ['actives', 'retirees', 'residents'] as const;
    for (let i = 1; i < p.years; i++) {
      const members = (j: number) => e.actives[j] + e.retirees[j] + r.insured[j]; // the funds' own counts (persons)
      const change = statuses.reduce((s, st) => s - total(f.deaths[st], i, n) + total(f.migration[st], i, n) + total(f.entrants[st], i, n), 0);
      expect(Math.abs(members(i) - members(i - 1) - change)).toBeLessThanOrEqual(1e-9 * members(i));
      // and within the employee fund alone the switchers are a loss: ΔE = −deaths + migration + entrants − switching
      const employeeChange = (['actives', 'retirees'] as const).reduce((s, st) => s - total(f.deaths[st], i, n) + total(f.migration[st], i, n) + total(f.entrants[st], i, n), 0) - total(f.switching, i, n);
      expect(Math.abs(e.actives[i] + e.retirees[i] - e.actives[i - 1] - e.retirees[i - 1] - employeeChange)).toBeLessThanOrEqual(1e-9 * members(i));
    }
  });

  it('no NaN or Infinity in either fund', () => {
    const arrays: Float64Array[] = [e.actives, e.retirees, e.spendPerActive, e.spendPerRetiree, r.insured, r.spendPerInsured, ...Object.values(r.membership!.ageMix), p.switchers.male, p.switchers.female];
    for (const s of MEMBER_STATUSES) for (const sex of SEXES) arrays.push(p.stocks[s][sex], p.flows.entrants[s][sex], p.flows.deaths[s][sex]);
    for (const a of arrays) expect(Array.from(a).every(Number.isFinite)).toBe(true);
    for (const fund of project(pair).funds) for (const row of fund.rows) expect(Number.isFinite(row.balance)).toBe(true);
  });
});

describe('national example with switching (national-age-detailed-switching.yaml)', () => {
  const r = residentOf(national);
  const e = employeeOf(national);
  const aggregateResident = residentOf(nationalNoSwitching); // aggregate in the example it extends
  const p = r.membership!.projection;

  it('resident base year: 94,713.73万 insured (2024 bulletin) and the aggregate mode\'s flows, item by item', () => {
    expect(rel(r.insured[0], 94713.73)).toBeLessThan(1e-12);
    const d = residentFlows(r, 0);
    const a = residentFlows(aggregateResident, 0);
    // benefits = spending.base.total 10,093.21 亿元 of the national default
    expect(rel(d.expenditure.benefits, 10093.21)).toBeLessThan(1e-12);
    for (const part of ['income', 'expenditure'] as const) {
      for (const [k, v] of Object.entries(a[part])) expect(rel((d[part] as Record<string, number>)[k], v) < 1e-12 || v === 0).toBe(true);
    }
    const base = (a: Assumptions) => project(a).funds.find((f) => f.id === 'resident')!.base;
    expect(rel(base(national).modelExpenditure, base(nationalNoSwitching).modelExpenditure)).toBeLessThan(1e-12);
    expect(rel(base(national).modelIncome, base(nationalNoSwitching).modelIncome)).toBeLessThan(1e-12);
  });

  it('base-year insured: flat coverage of the people outside the employee scheme, κ = 94,713.73万 ÷ Σ(P₀ − A₀ − R₀)', () => {
    const n = p.ages;
    let outside = 0;
    for (const sex of SEXES) for (let x = 0; x < n; x++) outside += p.population[sex][x] - p.stocks.actives[sex][x] - p.stocks.retirees[sex][x];
    const kappa = (94713.73 * 1e4) / outside;
    expect(rel(r.membership!.calibration.residents!, kappa)).toBeLessThan(1e-12);
    expect(kappa).toBeLessThan(1); // fits inside the population
  });

  it('switching moves members from the employee fund to the resident fund from 2025 (employee fund unchanged in 2024)', () => {
    const before = employeeOf(nationalNoSwitching);
    expect(e.actives[0]).toBe(before.actives[0]);
    for (let i = 1; i < e.actives.length; i++) expect(e.actives[i]).toBeLessThan(before.actives[i]);
    // 2025's switchers are ψ = 0.2% of the actives who survive and do not retire. With the zero-share
    // twin (same population, same rules) those are exactly its 2025 actives above the entry age 20
    // (participation is flat from 20 on, so π(x)/π(x−1) = 1 there, and the cohort entering at 20
    // had no actives at 19): switchers = 0.002 · Σ_{x ≥ 21} A_none(x, 2025), to rounding (1e-12).
    const none = employeeOf(resolved(join(fixtures, 'national-switching-none.yaml'))).membership!.projection;
    let staying = 0;
    for (const sex of SEXES) for (let x = 21; x < none.ages; x++) staying += none.stocks.actives[sex][none.ages + x];
    expect(rel(total(p.flows.switching, 1, p.ages), 0.002 * staying)).toBeLessThan(1e-12);
    expect(rel(total(p.switchers, 1, p.ages), total(p.flows.switching, 1, p.ages))).toBeLessThan(1e-12);
  });
});

// What switching changes, cell by cell, against the same funds with a zero share. With the
// participation of actives flat above the entry ages (π(x) = π(x−1): true of both files), each
// switcher is an active who would otherwise have stayed an active or retired, surviving at the
// same rate: by induction over cohorts A' + R' + S = A + R in every cell, the resident coverage
// base P − A − R − S is unchanged, and so
//   employee members lost = resident insured gained = switcher stock S, by age, sex and year.
describe.each([
  ['switching-pair.yaml', pair, resolved(join(fixtures, 'switching-pair-none.yaml'))],
  ['national-age-detailed-switching.yaml', national, resolved(join(fixtures, 'national-switching-none.yaml'))],
] as const)('%s against a zero share: employee members lost = resident insured gained = switchers', (_, withSwitching, without) => {
  it('by age, sex and year (1e-9 relative to the cell)', () => {
    const p = employeeOf(withSwitching).membership!.projection;
    const q = employeeOf(without).membership!.projection;
    expect(residentOf(without).membership!.projection).toBe(q);
    let moved = 0;
    for (let i = 1; i < p.years; i++) {
      for (const sex of SEXES) {
        for (let x = 0; x < p.ages; x++) {
          const c = i * p.ages + x;
          const S = p.switchers[sex][c];
          const lost = q.stocks.actives[sex][c] + q.stocks.retirees[sex][c] - p.stocks.actives[sex][c] - p.stocks.retirees[sex][c];
          const gained = p.stocks.residents[sex][c] - q.stocks.residents[sex][c];
          const scale = 1e-9 * Math.max(1, q.stocks.actives[sex][c] + q.stocks.retirees[sex][c] + q.stocks.residents[sex][c]);
          expect(Math.abs(lost - S)).toBeLessThanOrEqual(scale);
          expect(Math.abs(gained - S)).toBeLessThanOrEqual(scale);
          moved += S;
        }
      }
    }
    expect(moved).toBeGreaterThan(0);
    // and the fund counts follow: last year, resident insured gained = employee members lost (units.persons)
    const last = p.years - 1;
    const [e1, e0, r1, r0] = [employeeOf(withSwitching), employeeOf(without), residentOf(withSwitching), residentOf(without)];
    expect(rel(r1.insured[last] - r0.insured[last], e0.actives[last] + e0.retirees[last] - e1.actives[last] - e1.retirees[last])).toBeLessThan(1e-9);
  });
});

describe('switching errors name the file, the path and the problem (en/zh)', () => {

  const at = (fund: string, ...rest: string[]) => ['funds', fund, 'members', 'age_detailed', 'switching_to_resident', ...rest];
  const cases: IssueCase[] = [
    ['switching-to-missing.yaml', at('emp', 'to'), /no fund 'nosuch' in this scenario/, /没有接收转出人员的基金 'nosuch'/],
    ['switching-to-aggregate.yaml', at('emp', 'to'), /'res' is in the aggregate mode: switching into an aggregate fund is not modelled/, /不支持转入汇总模式基金/],
    ['switching-to-employee.yaml', at('emp', 'to'), /'emp' is an employee fund: switchers move to a resident fund/, /应转入居民医保基金/],
    ['switching-population-differs.yaml', at('emp', 'to'), /projects another population/, /人口预测不同/],
    ['switching-plain-beside-resident.yaml', at('emp'), /write switching_to_resident: \{share: …, to: res\}/, /使转出人员计入该基金参保人/],
    ['switching-shared-target.yaml', at('emp2', 'to'), /employee fund 'emp' also switches into 'res'/, /每个居民医保基金只能接收一个/],
  ];
  itReportsIssues(fixtures, cases);

  it('a misspelled key of the {share, to} form gets a did-you-mean hint', () => {
    const issues = scenarioIssues(join(fixtures, 'switching-misspelled-key.yaml'));
    expect(issues.map((i) => i.message.en)).toContain("unknown key 'tp' — did you mean 'to'? (allowed here: share, to)");
  });
});

describe('samePopulation and resolveSharedMembership', () => {
  it('population blocks compare with the defaults applied (全国, cohort weights true, improvement 0)', () => {
    expect(samePopulation({}, { region: '全国', cohort_weights: true, mortality_improvement: 0 })).toBe(true);
    expect(samePopulation({ region: '北京' }, {})).toBe(false);
    expect(samePopulation({ cohort_weights: false }, {})).toBe(false);
    expect(samePopulation({ mortality_improvement: 0.01 }, {})).toBe(false);
  });

  it('refuses two funds on different populations, naming the resident fund', () => {
    const request = (scheme: 'employee' | 'resident', region: string) => ({
      scheme, baseYear: 2024, years: 3, personsUnit: 'persons' as const, switching: null, costCurveFile: 'unused.csv',
      totals: scheme === 'employee' ? { actives: 1, retirees: 1 } : { residents: 1 },
      detail: scheme === 'employee'
        ? { population: { region }, by_age: { actives: { participation: [{ ages: '20+', male: 1, female: 1 }] }, retirees: { participation: [{ ages: '50+', male: 1, female: 1 }] } }, retirement: { reform_2025: true, female_55_share: 0.5 } }
        : { population: { region }, by_age: { insured: { participation: [{ ages: '0+', male: 1, female: 1 }] } } },
    });
    try {
      resolveSharedMembership({ employee: request('employee', '全国'), resident: request('resident', '北京') });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(MembershipError);
      expect((err as MembershipError).code).toBe('membership.switchingPopulationDiffers.checkRequest');
      expect((err as MembershipError).details.scheme).toBe('resident');
      expect((err as MembershipError).path).toEqual(['population']);
    }
  });
});
