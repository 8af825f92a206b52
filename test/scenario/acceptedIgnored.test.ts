import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions, ScenarioError, type ScenarioIssue } from '../../src/index';
import { assumptionsWith, loadedWith } from '../helpers/scenarioWith';

// Issue 8, "accepted and ignored": a value that would have no effect is an error (when it can only
// be a mistake) or a located warning (when it may be kept on purpose) — never silent.
const S = 'scenarios/examples/small-district.yaml';
const N = 'scenarios/china-national-2024.yaml';

function issuesOf(patch: unknown, base = S): ScenarioIssue[] {
  try {
    resolveAssumptions(loadedWith(base, patch));
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error('accepted, but must be rejected');
}

describe('starting after end_year is an error (the end year of small-district is 2045)', () => {
  const cases: [string, unknown, (string | number)[]][] = [
    ['a saving', { funds: { employee: { cost_control: { savings: [{ name: 'drg', from: 2046, affected_share: 0.5, saving_rate: 0.1 }] } } } }, ['funds', 'employee', 'cost_control', 'savings', 0, 'from']],
    ['a treasury top-up', { funds: { employee: { rules: { treasury_top_up: { floor_months: 3, from: 2050 } } } } }, ['funds', 'employee', 'rules', 'treasury_top_up', 'from']],
    ['a rate rule', { funds: { employee: { rules: { rate_adjustment: { lever: 'employer_rate', below_months: 3, years: 2, step: 0.005, cap: 0.1, from: 2046 } } } } }, ['funds', 'employee', 'rules', 'rate_adjustment', 'from']],
    ['an adjustment', { adjustments: [{ fund: 'employee', lever: 'employer_rate', from: 2046, add: 0.01 }] }, ['adjustments', 0, 'from']],
  ];
  for (const [what, patch, path] of cases) {
    it(what, () => {
      const issues = issuesOf(patch);
      const i = issues.find((x) => JSON.stringify(x.path) === JSON.stringify(path));
      expect(i, JSON.stringify(issues)).toBeDefined();
      expect(i!.code).toBe('starts_after_end');
      expect(i!.message.en).toMatch(/after the last projected year 2045/);
      expect(i!.message.zh).toMatch(/晚于最后预测年份2045年/);
    });
  }

  it('the same in the last projected year is accepted and acts', () => {
    const a = assumptionsWith(S, { funds: { employee: { cost_control: { savings: [{ name: 'drg', from: 2045, affected_share: 0.5, saving_rate: 0.1 }] } } } });
    expect(a.funds[0].costMultiplier[2045 - 2024]).toBeCloseTo(0.95, 12); // 1 − 0.5 · 0.1
  });
});

describe("an overlay's changes.extends / changes.overlays", () => {
  it('is a located error in the overlay file, not an overlay listed as applied', () => {
    const dir = join(__dirname, '..', 'fixtures', 'overlays-bad');
    let issues: ScenarioIssue[] = [];
    try {
      loadScenario(join(dir, 'uses-nested.yaml'));
    } catch (e) {
      issues = (e as ScenarioError).issues;
    }
    expect(issues.map((i) => i.path)).toEqual([['changes', 'extends'], ['changes', 'overlays']]);
    expect(issues[0].file).toMatch(/nested-overlay\.yaml$/);
    expect(issues[0].line).toBe(7);
    expect(issues[0].message.zh).toMatch(/不能包含 'extends'/);
  });
});

describe('values with no effect are located warnings', () => {
  it('employer_share_to_accounts ≠ 0 under post2021 in every year', () => {
    const a = assumptionsWith(S, { funds: { employee: { individual_accounts: { employer_share_to_accounts: 0.3 } } } });
    const w = a.warnings.find((x) => x.path.join('.') === 'funds.employee.individual_accounts.employer_share_to_accounts');
    expect(w, JSON.stringify(a.warnings)).toBeDefined();
    expect(w!.code).toBe('unused_value');
    expect(w!.message.en).toMatch(/no effect: the account rule is post2021 in every year/);
    // the result carries it too, and a rule that switches makes the share act: no warning
    expect(project(a).warnings.map((x) => x.code)).toContain('unused_value');
    const switching = assumptionsWith(S, { funds: { employee: { individual_accounts: { rule: { 2024: 'pre2021', 2030: 'post2021' }, employer_share_to_accounts: 0.3 } } } });
    expect(switching.warnings).toEqual([]);
  });

  it('retiree_credit_share ≠ 0 under pre2021 in every year', () => {
    const a = assumptionsWith(S, { funds: { employee: { individual_accounts: { rule: 'pre2021' } } } });
    expect(a.warnings.map((w) => w.path.at(-1))).toEqual(['retiree_credit_share']);
  });

  it('disposable_income when no per-head amount is an income_share; none once one is', () => {
    const a = resolveAssumptions(loadScenario(N));
    expect(a.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['unused_value', 'funds.resident.disposable_income']]);
    expect(a.warnings[0].line).toBeGreaterThan(0);
    const used = assumptionsWith(N, { funds: { resident: { premium_per_head: { income_share: 0.01 } } } });
    expect(used.warnings).toEqual([]);
  });

  it('a rate rule whose cap its lever already reaches in every year it could act (employer rate 0.07, cap 0.065)', () => {
    const rule = (cap: number) => ({ funds: { employee: { rules: { rate_adjustment: { lever: 'employer_rate', below_months: 3, years: 2, step: 0.005, cap, from: 2026 } } } } });
    const a = assumptionsWith(S, rule(0.065));
    expect(a.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['unused_value', 'funds.employee.rules.rate_adjustment.cap']]);
    expect(a.warnings[0].message.en).toMatch(/can never act: its cap \(0\.065\) is not above employer_rate in any year it could raise it \(lowest 0\.07, in 2026\)/);
    expect(a.warnings[0].message.zh).toMatch(/永远不会生效/);
    // a cap equal to the rate cannot act either; one above it can
    expect(assumptionsWith(S, rule(0.07)).warnings.map((w) => w.code)).toEqual(['unused_value']);
    expect(assumptionsWith(S, rule(0.075)).warnings).toEqual([]);
    // a rate that falls below the cap in a later year leaves the rule something to do: no warning
    expect(assumptionsWith(S, { ...rule(0.065), adjustments: [{ fund: 'employee', lever: 'employer_rate', from: 2040, add: -0.01 }] }).warnings).toEqual([]);
  });

  it('the shipped small-district scenario has no such warning', () => {
    expect(assumptionsWith(S, {}).warnings).toEqual([]);
  });
});
