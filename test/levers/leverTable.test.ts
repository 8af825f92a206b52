import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions } from '../../src/index';
import { LEVER_LABELS } from '../../src/levers/leverLabels';
import { LEVER_NAMES, LEVERS, RULE_LEVER_NAMES, SHOCK_TARGETS } from '../../src/levers/leverRegistry';
import { LEVER_TABLE, SHOCK_TABLE } from '../../src/levers/leverTable';
import { DEFAULT_SENSITIVITY } from '../../src/sensitivity/sensitivityItems';

// The lever table (levers/leverTable) is the one place levers and shock targets are written; the
// registry, labels, sensitivity defaults and shock targets are derived from it. The expected lists
// below are the hand-written tables the derivation replaced (the lever registry, SHOCK_TARGETS and
// DEFAULT_SENSITIVITY as they stood before), so the merge moved nothing.

/** name, scheme, kind, arrays (joined by +), min, max — the former hand-written LEVERS. */
const FORMER_LEVERS: [string, string, string, string, number, number][] = [
  ['employer_rate', 'employee', 'rate', 'employerRate', 0, 1],
  ['employee_rate', 'employee', 'rate', 'employeeRate', 0, 1],
  ['retiree_rate', 'employee', 'rate', 'retireeRate', 0, 1],
  ['collection_rate', 'employee', 'rate', 'collectionRate', 0, 1],
  ['retiree_credit_share', 'employee', 'rate', 'retireeCreditShare', 0, 1],
  ['premium_per_head', 'resident', 'level', 'premiumPerHead', 0, 1e6],
  ['subsidy_per_head', 'resident', 'level', 'subsidyPerHead', 0, 1e6],
  ['excess_cost_growth', 'employee', 'growth', 'spendPerActive+spendPerRetiree', -0.5, 0.5],
  ['excess_cost_growth', 'resident', 'growth', 'spendPerInsured', -0.5, 0.5],
  ['fiscal_subsidy', 'employee', 'amount', 'fiscalSubsidy', 0, 1e15],
  ['fiscal_subsidy', 'resident', 'amount', 'fiscalSubsidy', 0, 1e15],
  ['wage_growth', 'employee', 'growth', 'contributionBase', -0.5, 0.5],
  ['active_growth', 'employee', 'growth', 'actives', -0.5, 0.5],
  ['retiree_growth', 'employee', 'growth', 'retirees', -0.5, 0.5],
  ['insured_growth', 'resident', 'growth', 'insured', -0.5, 0.5],
  ['interest_rate', 'employee', 'rate', 'interestRate', -0.1, 0.5],
  ['interest_rate', 'resident', 'rate', 'interestRate', -0.1, 0.5],
  ['interest_rate', 'totals', 'rate', 'interestRate', -0.1, 0.5],
  ['income_multiplier', 'totals', 'rate', 'incomeMultiplier', 0, 10],
  ['income_growth', 'totals', 'growth', 'ownIncome', -0.5, 0.5],
  ['excess_cost_growth', 'totals', 'growth', 'spending', -0.5, 0.5],
  ['fiscal_subsidy', 'totals', 'amount', 'fiscalSubsidy', 0, 1e15],
];

/** path, scheme, effect, arrays (joined by +), min, max, flags — the former SHOCK_TARGETS. */
const FORMER_SHOCK_TARGETS: [string, string, string, string, number, number, string][] = [
  ['members.active_growth', 'employee', 'growth', 'actives', -0.99, 1, 'aggregateMembersOnly'],
  ['members.retiree_growth', 'employee', 'growth', 'retirees', -0.99, 1, 'aggregateMembersOnly'],
  ['contributions.base_growth', 'employee', 'growth', 'contributionBase', -0.99, 1, ''],
  ['contributions.employer_rate', 'employee', 'add', 'employerRate', 0, 1, ''],
  ['contributions.employee_rate', 'employee', 'add', 'employeeRate', 0, 1, ''],
  ['contributions.collection_rate', 'employee', 'add', 'collectionRate', 0, 1, ''],
  ['contributions.retiree_rate', 'employee', 'add', 'retireeRate', 0, 1, ''],
  ['pension.growth', 'employee', 'growth', 'pension', -0.99, 1, ''],
  ['individual_accounts.employer_share_to_accounts', 'employee', 'add', 'employerShareToAccounts', 0, 1, ''],
  ['individual_accounts.retiree_credit_share', 'employee', 'add', 'retireeCreditShare', 0, 1, ''],
  ['spending.active_growth', 'employee', 'growth', 'spendPerActive', -0.99, 1, ''],
  ['spending.retiree_growth', 'employee', 'growth', 'spendPerRetiree', -0.99, 1, ''],
  ['members.growth', 'resident', 'growth', 'insured', -0.99, 1, 'aggregateMembersOnly'],
  ['spending.growth', 'resident', 'growth', 'spendPerInsured', -0.99, 1, ''],
  ['subsidy_per_head.indexed.growth', 'resident', 'growth', 'subsidyPerHead', -0.99, 1, ''],
  ['premium_per_head.indexed.growth', 'resident', 'growth', 'premiumPerHead', -0.99, 1, ''],
  ['critical_illness_per_head.indexed.growth', 'resident', 'growth', 'criticalIllnessPerHead', -0.99, 1, ''],
  ['subsidy_per_head.fixed', 'resident', 'scale', 'subsidyPerHead', 0, Infinity, ''],
  ['premium_per_head.fixed', 'resident', 'scale', 'premiumPerHead', 0, Infinity, ''],
  ['critical_illness_per_head.fixed', 'resident', 'scale', 'criticalIllnessPerHead', 0, Infinity, ''],
  ['income.growth', 'totals', 'growth', 'ownIncome', -0.99, 1, ''],
  ['expenditure.growth', 'totals', 'growth', 'spending', -0.99, 1, ''],
  ['disposable_income.growth', 'resident', 'growth', '', -0.99, 1, ''],
  ['interest_rate', 'both', 'add', 'interestRate', -0.1, 0.5, ''],
  ['other_income_share', 'both', 'add', 'otherIncomeShare', 0, 1, ''],
  ['fiscal_subsidy', 'both', 'scale', 'fiscalSubsidy', 0, Infinity, ''],
  ['cost_control.excess_cost_growth', 'both', 'growth', 'costMultiplier', -0.99, 1, 'defaultZero'],
];

describe('the lever table', () => {
  it('derives the registry the levers had: every lever of every scheme, its kind, arrays and bounds', () => {
    const derived = LEVERS.map((l) => [l.name, l.scheme, l.kind, l.arrays.join('+'), l.min, l.max]);
    const key = (r: unknown[]) => `${r[0]}/${r[1]}`;
    expect(derived.map(key).sort()).toEqual(FORMER_LEVERS.map(key).sort());
    expect(new Map(derived.map((r) => [key(r), r]))).toEqual(new Map(FORMER_LEVERS.map((r) => [key(r), r])));
    // the scheme-specific descriptions kept
    expect(LEVERS.find((l) => l.name === 'fiscal_subsidy' && l.scheme === 'resident')!.description).toBe('Fiscal subsidy paid into the fund (beyond per-head subsidies)');
    expect(LEVERS.find((l) => l.name === 'excess_cost_growth' && l.scheme === 'totals')!.description).toBe('Extra annual growth of expenditure');
  });

  it('derives the shock targets: arrays and bounds from the lever moving the same arrays, as the former table had them', () => {
    const derived = SHOCK_TARGETS.map((t) => [t.path, t.scheme, t.effect, t.arrays.join('+'), t.min, t.max, [t.defaultZero ? 'defaultZero' : '', t.aggregateMembersOnly ? 'aggregateMembersOnly' : ''].filter(Boolean).join('+')]);
    expect(derived).toEqual(FORMER_SHOCK_TARGETS);
  });

  it('a shock that names a lever for every scheme finds the same arrays in each', () => {
    for (const entry of SHOCK_TABLE.filter((e) => e.lever !== undefined && e.scheme === 'both')) {
      const arrays = LEVERS.filter((l) => l.name === entry.lever).map((l) => l.arrays.join('+'));
      expect(arrays.length, entry.path).toBe(3);
      expect(new Set(arrays).size, entry.path).toBe(1);
    }
  });

  it('derives the former sensitivity defaults (the same items for each scheme)', () => {
    const former = {
      employee: ['excess_cost_growth', 'wage_growth', 'active_growth', 'retiree_growth', 'interest_rate'],
      resident: ['excess_cost_growth', 'insured_growth', 'subsidy_per_head', 'premium_per_head', 'interest_rate'],
      totals: ['excess_cost_growth', 'income_growth', 'interest_rate'],
    };
    for (const [scheme, levers] of Object.entries(former)) expect(DEFAULT_SENSITIVITY[scheme as keyof typeof former].map((i) => i.lever).sort()).toEqual([...levers].sort());
    expect(DEFAULT_SENSITIVITY.resident.find((i) => i.lever === 'subsidy_per_head')).toEqual({ lever: 'subsidy_per_head', move: 'multiply', lowCost: 1.05, highCost: 0.95, label: { en: 'subsidy per head ±5 %', zh: '人均财政补助±5%' } });
    expect(DEFAULT_SENSITIVITY.employee.find((i) => i.lever === 'retiree_growth')).toEqual({ lever: 'retiree_growth', move: 'add', lowCost: -0.005, highCost: 0.005, label: { en: 'retirees growth ±0.5 pt', zh: '退休人员人数增速±0.5个百分点' } });
  });

  it('names each lever once, each with an English and a Chinese label', () => {
    expect(new Set(LEVER_NAMES).size).toBe(LEVER_TABLE.length);
    for (const name of LEVER_NAMES) {
      expect(LEVER_LABELS[name].en.length, name).toBeGreaterThan(0);
      expect(LEVER_LABELS[name].zh, name).toMatch(/\p{Script=Han}/u);
    }
  });

  it('lets the rate rule raise a totals fund\'s income multiplier (the reference fixture reaches it)', () => {
    expect(RULE_LEVER_NAMES).toEqual(['employer_rate', 'employee_rate', 'retiree_rate', 'premium_per_head', 'subsidy_per_head', 'income_multiplier']);
    const result = project(resolveAssumptions(loadScenario(join(__dirname, '..', 'reference', 'fixtures', 'totals-rate-rule.yaml'))));
    const tot = result.funds.find((f) => f.id === 'tot')!;
    expect(tot.events.length).toBeGreaterThan(0);
    for (const e of tot.events) {
      expect(e).toMatchObject({ kind: 'rate_adjustment', lever: 'income_multiplier' });
      // each raise by the step (0.02) or up to the cap (1.2)
      expect(e.to - e.from).toBeCloseTo(Math.min(0.02, 1.2 - e.from), 12);
    }
  });
});
