import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseScenario, project, resolveAssumptions, type Assumptions, type ProjectionResult } from '../../src/index';
import { runPaths } from '../../src/montecarlo/runPaths';
import type { PathBlock } from '../../src/montecarlo/types';
import { ShockDrawer } from '../../src/stochastic/drawShocks';
import { shockedAssumptions } from '../../src/stochastic/shockedAssumptions';
import { shippedScenarios, withRules } from './shippedScenarios';

/**
 * The batch kernel against the readable engine (project(), the reference). The kernel performs
 * the engine's floating-point operations in the engine's order, so the values should agree to the
 * bit; the acceptance bound is 1e-12 relative (to max(|engine value|, 1)).
 */
const REL = 1e-12;

function expectPathEqualsProjection(block: PathBlock, c: number, result: ProjectionResult, label: string) {
  result.funds.forEach((fund, f) => {
    const cols = block.funds[f];
    expect(cols.id).toBe(fund.id);
    fund.rows.forEach((row, y) => {
      const at = c * block.years + y;
      const where = `${label} ${fund.id} ${row.year}`;
      const pairs: [string, number, number][] = [
        ['income', cols.income[at], row.income],
        ['expenditure', cols.expenditure[at], row.expenditure],
        ['balance', cols.balance[at], row.balance],
        ['top-up', cols.topUp[at], row.incomeItems.treasury_top_up ?? cols.topUp[at]],
      ];
      for (const [name, got, want] of pairs) {
        if (Math.abs(got - want) > REL * Math.max(Math.abs(want), 1)) expect.fail(`${where} ${name}: kernel ${got}, engine ${want}`);
      }
      if (row.reserveMonths === null) expect(Number.isNaN(cols.months[at]), where).toBe(true);
      else if (Math.abs(cols.months[at] - row.reserveMonths) > REL * Math.max(Math.abs(row.reserveMonths), 1)) expect.fail(`${where} months: kernel ${cols.months[at]}, engine ${row.reserveMonths}`);
    });
  });
}

const cases: { name: string; assumptions: Assumptions }[] = [
  ...shippedScenarios(),
  { name: 'small-district + top-up rule, next-year basis, one-offs', assumptions: withRules('examples/small-district.yaml', 'top_up') },
  { name: 'national + top-up rule, next-year basis, one-offs', assumptions: withRules('china-national-2024.yaml', 'top_up') },
  { name: 'national + rate rule, one-offs', assumptions: withRules('china-national-2024.yaml', 'rate_rule') },
  { name: 'stochastic example + rate rule', assumptions: withRules('examples/national-stochastic.yaml', 'rate_rule') },
  { name: 'stochastic example + top-up rule', assumptions: withRules('examples/national-stochastic.yaml', 'top_up') },
  { name: 'age-detailed example with shocks on per-head spending, wages, pension and interest', assumptions: ageDetailedStochastic() },
];

/** The age-detailed example (members from the population projection) with shocks around the demography. */
function ageDetailedStochastic(): Assumptions {
  const file = join(__dirname, '..', '..', 'scenarios', 'examples', 'national-age-detailed.yaml');
  const stochastic = {
    shocks: {
      spending: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth', 'resident.spending.growth'], distribution: 'normal', sd: 0.02, ar1: 0.6, parameter_sd: 0.005 },
      wages: { on: ['employee.contributions.base_growth', 'employee.pension.growth'], distribution: 'lognormal', sd: 0.015, ar1: 0.4 },
      interest: { on: ['employee.interest_rate'], distribution: 'triangular', lower: -0.005, mode: 0, upper: 0.01 },
    },
    correlations: [{ between: ['spending', 'wages'], rho: 0.4 }],
  };
  // a derived scenario extending the example, so that its relative cost-curve path resolves from the example's folder
  return resolveAssumptions(parseScenario(`fundcast: 1\nextends: ${JSON.stringify(file)}\nstochastic: ${JSON.stringify(stochastic)}\n`, 'age-detailed-stochastic.yaml'));
}

describe('batch kernel = project() with shocks at zero', () => {
  it.each(cases.map((c) => [c.name, c.assumptions] as const))('%s', (name, assumptions) => {
    const deterministic = { ...assumptions, stochastic: null };
    const block = runPaths(deterministic, { seed: '1', from: 7, to: 10 });
    const result = project(assumptions);
    for (let c = 0; c < block.count; c++) expectPathEqualsProjection(block, c, result, name);
  });

  it('the rule variants do act (so the comparison above covers the rules)', () => {
    const topUp = project(withRules('china-national-2024.yaml', 'top_up')).funds.flatMap((f) => f.rows.map((r) => r.incomeItems.treasury_top_up ?? 0));
    expect(topUp.some((t) => t > 0)).toBe(true);
    const events = project(withRules('china-national-2024.yaml', 'rate_rule')).funds.flatMap((f) => f.events);
    expect(events.length).toBeGreaterThan(1);
  });
});

describe('batch kernel = project() on drawn paths (the same draws fed to the engine)', () => {
  const stochastic = cases.filter((c) => c.assumptions.stochastic);
  it('there are stochastic cases', () => expect(stochastic.length).toBeGreaterThanOrEqual(3));
  it.each(stochastic.map((c) => [c.name, c.assumptions] as const))('%s', (name, assumptions) => {
    const from = 1000;
    const block = runPaths(assumptions, { seed: 'kernel-test', from, to: from + 6 });
    const drawer = new ShockDrawer(assumptions.stochastic!, assumptions.funds.map((f) => f.id), 'kernel-test', assumptions.timeline.length);
    for (let c = 0; c < block.count; c++) {
      const values = drawer.draw(from + c);
      expectPathEqualsProjection(block, c, project(shockedAssumptions(assumptions, values)), `${name} path ${from + c}`);
    }
  });
});
