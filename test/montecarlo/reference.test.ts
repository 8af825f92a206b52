import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario, resolveAssumptions, validateScenario, type LoadedScenario } from '../../src/index';
import { runPaths } from '../../src/montecarlo/runPaths';
import type { PathBlock } from '../../src/montecarlo/types';
import { ShockDrawer } from '../../src/stochastic/drawShocks';
import { referenceInputs } from '../reference/referenceInputs';
import { referenceProjection } from '../reference/referenceProjection';
import { shippedScenarios } from './shippedScenarios';
import { rewriteWithShocks } from './rewriteWithShocks';

/**
 * The batch kernel against the plain reference engine of test/reference (written from the
 * definitions, sharing no code with src/engine or src/assumptions). Tolerance 1e-12 relative to the
 * row's gross flows |I| + |E| + |B₋₁|, as the reference's own comparison uses (the two engines
 * multiply factors in different orders).
 */
const REL = 1e-12;

function expectPathMatchesReference(block: PathBlock, c: number, loaded: LoadedScenario, label: string) {
  const ref = referenceProjection(referenceInputs(loaded, resolveAssumptions(loaded)));
  ref.forEach((fund, f) => {
    expect(block.funds[f].id).toBe(fund.id);
    fund.rows.forEach((r, y) => {
      const at = c * block.years + y;
      const gross = Math.abs(r.income) + Math.abs(r.expenditure) + Math.abs(r.openingBalance);
      const cols = block.funds[f];
      for (const [name, got, want] of [['income', cols.income[at], r.income], ['expenditure', cols.expenditure[at], r.expenditure], ['balance', cols.balance[at], r.balance]] as const) {
        if (!(Math.abs(got - want) <= REL * Math.max(Math.abs(want), gross))) expect.fail(`${label} ${fund.id} ${r.year} ${name}: kernel ${got}, reference ${want}`);
      }
      if (r.reserveMonths === null) expect(Number.isNaN(cols.months[at])).toBe(true);
      else if (!(Math.abs(cols.months[at] - r.reserveMonths) <= REL * Math.max(Math.abs(r.reserveMonths), (12 * gross) / r.basisExpenditure))) expect.fail(`${label} ${fund.id} ${r.year} months: kernel ${cols.months[at]}, reference ${r.reserveMonths}`);
    });
  });
}

describe('batch kernel = the reference engine (test/reference)', () => {
  const root = join(__dirname, '..', '..', 'scenarios');
  const fixtures = ['every-mechanism.yaml', 'next-year-basis.yaml', 'totals-rate-rule.yaml'].map((f) => join(__dirname, '..', 'reference', 'fixtures', f));
  const cases = [...shippedScenarios().map((s) => [s.name, s.loaded] as const), ...fixtures.map((f) => [`reference fixture ${f.split('/').pop()}`, loadScenario(f)] as const)];

  it.each(cases)('shocks at zero: %s', (name, loaded) => {
    const block = runPaths({ ...resolveAssumptions(loaded), stochastic: null }, { seed: '1', from: 0, to: 2 });
    for (let c = 0; c < 2; c++) expectPathMatchesReference(block, c, loaded, name);
  });

  it('drawn paths: the kernel equals the reference projecting the scenario rewritten with the drawn parameters', () => {
    const loaded = loadScenario(join(root, 'examples', 'national-stochastic.yaml'));
    const a = resolveAssumptions(loaded);
    const drawer = new ShockDrawer(a.stochastic!, a.funds.map((f) => f.id), 'reference', a.timeline.length);
    const from = 40;
    const block = runPaths(a, { seed: 'reference', from, to: from + 4 });
    for (let c = 0; c < 4; c++) {
      const rewritten = validateScenario(rewriteWithShocks(loaded.scenario, a, drawer.draw(from + c)), `path ${from + c}`);
      expectPathMatchesReference(block, c, rewritten, `path ${from + c}`);
    }
  });
});

describe('extreme shocks: the clamps of docs/stochastic.md engage and the kernel still equals both engines', () => {
  const root = join(__dirname, '..', '..', 'scenarios');
  const text = (file: string) => `fundcast: 1
extends: ${JSON.stringify(file)}
end_year: 2030
funds: {resident: {fiscal_subsidy: 500}}
stochastic:
  shocks:
    spending: {on: [employee.spending.active_growth, resident.spending.growth], distribution: uniform, lower: -0.5, upper: 1.5}
    rate: {on: [employee.contributions.employer_rate], distribution: uniform, lower: -0.2, upper: 0.2}
    subsidy: {on: [resident.fiscal_subsidy], distribution: normal, sd: 3}
    interest: {on: [resident.interest_rate], distribution: triangular, lower: -0.9, mode: 0, upper: 0.9}
`;
  const loaded = parseScenario(text(join(root, 'china-national-2024.yaml')), 'extreme.yaml');
  const a = resolveAssumptions(loaded);
  const drawer = new ShockDrawer(a.stochastic!, a.funds.map((f) => f.id), 'extreme', a.timeline.length);

  // a short horizon, so that the levels stay within the scenario bounds on compounded growth
  it('some draws fall outside the bounds (growth above 100%, a negative rate, a subsidy below zero, interest beyond [−10%, 50%])', () => {
    const L = a.timeline.length;
    const clamped = [0, 0, 0, 0];
    for (let p = 0; p < 8; p++) {
      const v = drawer.draw(p);
      for (let t = 1; t < L; t++) {
        if (0.06 + v[t] > 1) clamped[0]++; // spending growth (0.06 in 2025–2030) above +100%
        if (0.0615 + v[L + t] < 0) clamped[1]++; // employer rate below 0
        if (v[2 * L + t] < -1) clamped[2]++; // subsidy scaled below 0
        if (0.015 + v[3 * L + t] > 0.5 || 0.015 + v[3 * L + t] < -0.1) clamped[3]++; // interest outside [−10%, 50%]
      }
    }
    for (const n of clamped) expect(n).toBeGreaterThan(0);
  });

  it('kernel = project(shockedAssumptions) = the reference on the scenario rewritten with clamped values', () => {
    const block = runPaths(a, { seed: 'extreme', from: 0, to: 8 });
    for (let c = 0; c < 8; c++) {
      const values = drawer.draw(c);
      expectPathMatchesReference(block, c, validateScenario(rewriteWithShocks(loaded.scenario, a, values), `extreme ${c}`), `extreme path ${c}`);
    }
  });
});
