import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions, validateScenario } from '../../src/index';
import { cholesky } from '../../src/stochastic/cholesky';
import { ShockDrawer } from '../../src/stochastic/drawShocks';
import { shockedAssumptions } from '../../src/stochastic/shockedAssumptions';
import { itReportsIssues, scenarioIssues, type IssueCase } from '../helpers/scenarioIssues';
import { rewriteWithShocks } from './rewriteWithShocks';

const fixtures = join(__dirname, 'fixtures');
const example = join(__dirname, '..', '..', 'scenarios', 'examples', 'national-stochastic.yaml');

describe('stochastic block: every check has a located zh/en error', () => {
  const cases: IssueCase[] = [
    ['not-positive-definite.yaml', ['stochastic', 'correlations', 2], /not positive definite.*'c'.*'a', 'b'/, /不是正定矩阵/],
    ['cannot-vary.yaml', ['stochastic', 'shocks', 'a', 'on', 0], /'opening\.balance' cannot carry a shock/, /不能设随机冲击/],
    ['unknown-fund.yaml', ['stochastic', 'shocks', 'a', 'on', 0], /no fund 'district'/, /没有基金 'district'/],
    ['age-detailed-members.yaml', ['stochastic', 'shocks', 'a', 'on', 0], /age-detailed.*population projection/, /按年龄分组/],
    ['absent-form.yaml', ['stochastic', 'shocks', 'a', 'on', 0], /'premium_per_head\.fixed' is not set/, /未设置/],
    ['income-unused.yaml', ['stochastic', 'shocks', 'a', 'on', 0], /no per-head amount of this fund is a share of disposable income/, /可支配收入/],
    ['shocked-twice.yaml', ['stochastic', 'shocks', 'b', 'on', 0], /already carries shock 'a'/, /已带有冲击 'a'/],
    ['correlation-unknown.yaml', ['stochastic', 'correlations', 0, 'between', 1], /no shock 'wages'/, /没有名为 'wages' 的冲击/],
    ['misplaced-field.yaml', ['stochastic', 'shocks', 'a', 'lower'], /lower/, /lower/],
    // the message lists every distribution the schema takes (it once listed the two fund schemes)
    ['unknown-distribution.yaml', ['stochastic', 'shocks', 'a', 'distribution'], /distribution to be one of: normal, lognormal, truncated_normal, uniform, triangular, bootstrap; found the text "gaussian"/, /distribution 应为以下之一：normal、lognormal/],
    ['bounds-reversed.yaml', ['stochastic', 'shocks', 'a', 'upper'], /upper \(-0\.01\) is below lower \(0\.01\)/, /上限/],
  ];
  itReportsIssues(fixtures, cases);

  it('the non-positive-definite matrix is reported at the line of the offending entry', () => {
    const issue = scenarioIssues(join(fixtures, 'not-positive-definite.yaml')).find((i) => i.path[1] === 'correlations')!;
    expect(issue.file).toMatch(/not-positive-definite\.yaml$/);
    expect(issue.line).toBe(13); // `- {between: [b, c], rho: -0.9}`
  });
});

describe('Cholesky factor', () => {
  it('reproduces the matrix: L·Lᵀ = R (hand case ρ = 0.5: L = [[1, 0], [0.5, √0.75]])', () => {
    const f = cholesky(Float64Array.of(1, 0.5, 0.5, 1), 2);
    expect('L' in f && Array.from(f.L)).toEqual([1, 0, 0.5, Math.sqrt(0.75)]);
  });
  it('refuses a singular matrix (ρ = 1) at the second pivot', () => {
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toEqual({ failedAt: 1, pivot: 0 });
  });
});

describe('what a shock moves (against re-resolving the scenario with the shocked parameter)', () => {
  const loaded = loadScenario(example);
  const a = resolveAssumptions(loaded);
  const drawer = new ShockDrawer(a.stochastic!, a.funds.map((f) => f.id), 'semantics', a.timeline.length);
  const values = drawer.draw(3);

  it('growth shocks: the level is compounded from g_t + s_t; rate shocks: p_t + s_t (spending, wages, members, interest)', () => {
    const direct = project(resolveAssumptions(validateScenario(rewriteWithShocks(loaded.scenario, a, values), 'rewritten')));
    const shocked = project(shockedAssumptions(a, values));
    // the two routes multiply the same factors in a different order: agreement to rounding
    shocked.funds.forEach((fund, f) =>
      fund.rows.forEach((r, y) => {
        const want = direct.funds[f].rows[y];
        expect(Math.abs(r.balance - want.balance)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(want.expenditure)));
        expect(Math.abs(r.expenditure - want.expenditure)).toBeLessThanOrEqual(1e-12 * want.expenditure);
      }),
    );
    // and the shocks did move the projection
    expect(shocked.funds[0].rows.at(-1)!.balance).not.toBeCloseTo(project(a).funds[0].rows.at(-1)!.balance, 0);
  });

  it('deterministic commands ignore the block: the example projects exactly as the national default', () => {
    const plain = project(resolveAssumptions(loadScenario(join(__dirname, '..', '..', 'scenarios', 'china-national-2024.yaml'))));
    const withBlock = project(a);
    expect(withBlock.funds.map((f) => f.rows.map((r) => r.balance))).toEqual(plain.funds.map((f) => f.rows.map((r) => r.balance)));
  });
});
