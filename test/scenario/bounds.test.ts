import { describe, expect, it } from 'vitest';
import { checkIdentities, findNonFinite, project, resolveAssumptions, ScenarioError, type ScenarioIssue } from '../../src/index';
import { assumptionsWith, loadedWith } from '../helpers/scenarioWith';

// Issue 8, W3 and W4: growth and level bounds keep every output finite and plausible; what they
// reject is a located error (path, file), never an Infinity, a negative benefit or a crash.
const S = 'scenarios/examples/small-district.yaml';
const N = 'scenarios/china-national-2024.yaml';

function issuesOf(relative: string, patch: unknown): ScenarioIssue[] {
  try {
    resolveAssumptions(loadedWith(relative, patch));
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error('accepted, but must be rejected');
}

const at = (issues: ScenarioIssue[], path: (string | number)[]) => issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));

describe('bounds that keep outputs finite and plausible (issue 8, W4)', () => {
  it('an excess_cost_growth adjustment of −2 is rejected (benefit spending would turn negative)', () => {
    const issues = issuesOf(S, { adjustments: [{ fund: 'employee', lever: 'excess_cost_growth', from: 2026, add: -2 }] });
    const i = at(issues, ['adjustments', 0]);
    expect(i, JSON.stringify(issues)).toBeDefined();
    expect(i!.message.en).toMatch(/outside -0\.5–0\.5/);
  });

  it('an excess_cost_growth adjustment that compounds beyond 10⁶ is rejected; a moderate one is accepted', () => {
    const issues = issuesOf(S, { end_year: 2170, adjustments: [{ fund: 'employee', lever: 'excess_cost_growth', from: 2026, add: 0.5 }] });
    expect(at(issues, ['adjustments', 0])!.message.en).toMatch(/compounds to a factor/);
    expect(() => assumptionsWith(S, { adjustments: [{ fund: 'employee', lever: 'excess_cost_growth', from: 2026, add: 0.01 }] })).not.toThrow();
  });

  it('spending decaying by 99% a year over 149 years is a located error at its growth series, not Infinity months', () => {
    const issues = issuesOf(S, { end_year: 2173, funds: { employee: { spending: { active_growth: -0.99, retiree_growth: -0.99 } } } });
    const i = at(issues, ['funds', 'employee', 'spending', 'active_growth']);
    expect(i, JSON.stringify(issues)).toBeDefined();
    expect(i!.code).toBe('growth_bound');
    expect(i!.file).toBe(S);
    expect(i!.message.en).toMatch(/at least 0\.000001/);
    expect(i!.message.zh).toMatch(/倍之间/);
  });

  it('100% growth a year over 150 years (2^150 ≈ 1.4e45) is a located error', () => {
    const issues = issuesOf(N, { end_year: 2174, funds: { resident: { members: { growth: 1 } } } });
    expect(at(issues, ['funds', 'resident', 'members', 'growth'])!.message.en).toMatch(/multiplies its level by .* by 2044/);
  });

  it('excess cost growth in cost_control compounding beyond 10⁶ is rejected at its path', () => {
    const issues = issuesOf(S, { funds: { employee: { cost_control: { excess_cost_growth: 0.9 } } } });
    expect(at(issues, ['funds', 'employee', 'cost_control', 'excess_cost_growth'])).toBeDefined();
  });

  it('levels beyond their bounds (1e308 yuan, 1e11 persons, −1e308 balance) are rejected by the schema', () => {
    for (const [patch, path] of [
      [{ funds: { employee: { fiscal_subsidy: 1e308 } } }, ['funds', 'employee', 'fiscal_subsidy']],
      [{ funds: { employee: { members: { actives: 1e11 } } } }, ['funds', 'employee', 'members', 'actives']],
      [{ funds: { employee: { opening: { balance: -1e308 } } } }, ['funds', 'employee', 'opening', 'balance']],
      [{ funds: { employee: { spending: { base: { per_active: 1e9, per_retiree: 1, total: null, retiree_to_active_ratio: null } } } } }, ['funds', 'employee', 'spending', 'base']],
    ] as const) {
      let issues: ScenarioIssue[] = [];
      try {
        loadedWith(S, patch);
      } catch (e) {
        issues = (e as ScenarioError).issues;
      }
      expect(issues.some((i) => JSON.stringify(i.path).startsWith(JSON.stringify(path).slice(0, -1))), JSON.stringify(issues)).toBe(true);
    }
  });

  it('a benefit change whose old schedule pays nothing is a located error at its `old`', () => {
    const change = {
      name: 'from nothing', from: 2026, affected_share: 0.1,
      old: { benefitType: 'pooledOutpatient', hospitalLevel: 'any', deductible: { amount: 0, per: 'year' }, coinsurance: { tiers: [{ rate: 0 }] } },
      new: { benefitType: 'pooledOutpatient', hospitalLevel: 'any', deductible: { amount: 0, per: 'year' }, coinsurance: { tiers: [{ rate: 0.5 }] } },
      claims: { kind: 'lognormal', mean: 400, cv: 1.5 },
    };
    const issues = issuesOf(S, { funds: { employee: { cost_control: { benefit_changes: [change] } } } });
    const i = at(issues, ['funds', 'employee', 'cost_control', 'benefit_changes', 0, 'old']);
    expect(i, JSON.stringify(issues)).toBeDefined();
    expect(i!.message.en).toMatch(/pays nothing/);
  });
});

describe('no NaN or Infinity in any result field (issue 8, W3)', () => {
  it('findNonFinite sees every field, including ratios and nested outputs', () => {
    expect(findNonFinite({ funds: [{ rows: [{ gapRate: Infinity, members: { retirees: NaN } }] }], d: Float64Array.of(1, -Infinity) })).toEqual(['funds.0.rows.0.gapRate', 'funds.0.rows.0.members.retirees', 'd.1']);
  });

  it('a denormal retiree count or income gives null ratios (undefined), never Infinity, and the band still follows the balance', () => {
    const a = assumptionsWith(S, {});
    const f = a.funds[0] as Extract<typeof a.funds[0], { scheme: 'employee' }>;
    const tiny = new Float64Array(f.retirees.length).fill(5e-324);
    const zero = new Float64Array(f.retirees.length);
    // no retirees to speak of, no contributions, no subsidy, no interest: income is denormal or 0
    const odd = { ...a, funds: [{ ...f, retirees: tiny, employerRate: zero, fiscalSubsidy: zero, interestRate: zero, spendPerActive: f.spendPerActive.map(() => 5e-324) }] };
    const result = project(odd);
    expect(findNonFinite(result)).toEqual([]);
    expect(checkIdentities(result)).toEqual([]);
    const rows = result.funds[0].rows;
    expect(rows.every((r) => r.dependencyRatio === null)).toBe(true); // 36,500 / 5e-324 overflows
    const r = rows[0];
    expect(r.expenditure).toBeGreaterThan(0); // denormal benefits, but > 0
    expect(r.reserveMonths).toBeNull();
    expect(r.band).toBe('excessive'); // a positive balance against (almost) no spending
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // nothing turns into null on the way
  });

  it('every shipped scenario: every numeric field of the result is finite', async () => {
    const { readdirSync } = await import('node:fs');
    const { runScenario } = await import('../../src/index');
    const files = ['scenarios/china-national-2024.yaml', ...readdirSync('scenarios/examples').filter((f) => f.endsWith('.yaml') && !f.includes('age-detailed')).map((f) => `scenarios/examples/${f}`)];
    for (const f of files) expect(findNonFinite(runScenario(f)), f).toEqual([]);
  });
});
