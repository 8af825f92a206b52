import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLever, combineScenario, mergeScenario, project, requiredTopUp, resolveAssumptions, solveLever, validateScenario, verdict, type Assumptions, type ProjectionResult } from '../../src/index';
import { shippedDocument } from '../helpers/scenarioWith';

// Issue 8, item 5: properties of the engine, each checked on many generated cases (fast-check,
// seeded). Tolerances: balances are sums of a few hundred terms of up to ~1e5, so 1e-9 relative to
// the largest |balance| covers rounding; exact equality where no arithmetic differs.
const root = join(__dirname, '..', '..');
const SEED = 8;
const district = shippedDocument('scenarios/examples/small-district.yaml');
const national = shippedDocument('scenarios/china-national-2024.yaml');
const resolve = (doc: unknown) => resolveAssumptions(validateScenario(doc, 'scenario.yaml'));
const districtA = resolve(district);
const nationalA = resolve(national);
const balances = (r: ProjectionResult, fund: string) => r.funds.find((f) => f.id === fund)!.rows.map((x) => x.balance);
const scale = (xs: number[]) => Math.max(1, ...xs.map(Math.abs));

const cases = fc.record({
  which: fc.constantFrom<[Assumptions, string]>([districtA, 'employee'], [nationalA, 'employee'], [nationalA, 'resident']),
  from: fc.integer({ min: 2025, max: 2045 }),
});

describe('monotonicity', () => {
  it('a higher contribution rate (premium for resident funds) never lowers the balance in any year', () => {
    fc.assert(
      fc.property(cases, fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), ({ which: [a, fund], from }, x, dx) => {
        const lever = fund === 'resident' ? 'premium_per_head' : 'employer_rate';
        const at = (v: number) => balances(project(applyLever(a, { fund, lever, value: fund === 'resident' ? v * 5000 : v, from })), fund);
        const lo = at(x);
        const hi = at(x + dx);
        const tol = 1e-9 * scale([...lo, ...hi]);
        return hi.every((b, i) => b >= lo[i] - tol);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('higher excess cost growth never raises the balance in any year', () => {
    fc.assert(
      fc.property(cases, fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true }), ({ which: [a, fund], from }, g, dg) => {
        const at = (v: number) => balances(project(applyLever(a, { fund, lever: 'excess_cost_growth', value: v, from })), fund);
        const lo = at(g);
        const hi = at(g + dg);
        const tol = 1e-9 * scale([...lo, ...hi]);
        return hi.every((b, i) => b <= lo[i] + tol);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/** Every money amount of small-district × k: balance, subsidy, base-year spending, and the per-head wage base and pension. */
function districtTimes(k: number): unknown {
  const f = (district.funds as any).employee;
  return mergeScenario(district, {
    funds: {
      employee: {
        opening: { balance: f.opening.balance * k },
        fiscal_subsidy: f.fiscal_subsidy * k,
        contributions: { base_per_active: f.contributions.base_per_active * k },
        pension: { average: f.pension.average * k },
        spending: { base: { total: f.spending.base.total * k, retiree_to_active_ratio: f.spending.base.retiree_to_active_ratio } },
      },
    },
  });
}

describe('scale invariance', () => {
  it('money × k → every money output × k; months of reserve, bands and ratios unchanged', () => {
    const base = project(resolve(district));
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), (k) => {
        const r = project(resolve(districtTimes(k)));
        const rows = r.funds[0].rows;
        return base.funds[0].rows.every((b, i) => {
          const x = rows[i];
          const close = (u: number, v: number, s: number) => Math.abs(u - v) <= 1e-9 * s;
          const s = scale([b.balance, b.income, b.expenditure]) * k;
          return close(x.balance, b.balance * k, s) && close(x.income, b.income * k, s) && close(x.expenditure, b.expenditure * k, s) && close(x.surplus, b.surplus * k, s)
            && close(x.reserveMonths!, b.reserveMonths!, 1e-3) && x.band === b.band && close(x.gapRate!, b.gapRate!, 1e-3) && x.dependencyRatio === b.dependencyRatio;
        });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('horizon extension', () => {
  it('extending end_year leaves every earlier year exactly unchanged (both reserve-month bases, with a top-up rule)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom('current_year', 'next_year'), fc.boolean(), (extra, basis, topUp) => {
        const doc = mergeScenario(district, { settings: { reserve_months_basis: basis }, ...(topUp ? { funds: { employee: { rules: { treasury_top_up: { floor_months: 3, from: 2030 } } } } } : {}) });
        const short = project(resolve(doc));
        const long = project(resolve(mergeScenario(doc, { end_year: 2045 + extra })));
        const n = short.funds[0].rows.length;
        expect(long.funds[0].rows.slice(0, n)).toEqual(short.funds[0].rows);
        return true;
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('overlay order', () => {
  const reforms = ['drg-extension', 'procurement-savings', 'employer-rate-cut', 'account-reform-2021', 'outpatient-cap-increase', 'critical-illness-deductible-cut', 'resident-premium-indexed'].map((id) => join(root, 'scenarios', 'reforms', `${id}.yaml`));
  const base = join(root, 'scenarios', 'china-national-2024.yaml');
  it('overlays that change different parameters (or multiply spending) give the same projection in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(reforms, { minLength: 2, maxLength: 4 }), (chosen) => {
        const a = project(resolveAssumptions(combineScenario(base, chosen)));
        const b = project(resolveAssumptions(combineScenario(base, [...chosen].reverse())));
        for (const [fa, fb] of a.funds.map((f, i) => [f, b.funds[i]] as const)) {
          const s = scale(fa.rows.map((r) => r.balance));
          fa.rows.forEach((r, i) => expect(Math.abs(r.balance - fb.rows[i].balance)).toBeLessThanOrEqual(1e-9 * s));
          expect(fb.exhaustionYear).toBe(fa.exhaustionYear);
        }
        return true;
      }),
      { seed: SEED, numRuns: 12 },
    );
  });
});

/** A deep copy that keeps typed arrays as typed arrays, for before/after comparison. */
const snapshot = (v: unknown) => structuredClone(v);

describe('inputs are never mutated', () => {
  it('validate, resolve, project, applyLever, solveLever, requiredTopUp, verdict and mergeScenario leave their inputs as they were', () => {
    const doc = structuredClone(district);
    const docBefore = snapshot(doc);
    const loaded = validateScenario(doc, 'scenario.yaml');
    const scenarioBefore = snapshot(loaded.scenario);
    const a = resolveAssumptions(loaded);
    const aBefore = snapshot(a);
    const r = project(a);
    const rBefore = snapshot(r);
    applyLever(a, { fund: 'employee', lever: 'excess_cost_growth', value: 0.01, from: 2030 });
    solveLever(a, { fund: 'employee', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 3 } });
    requiredTopUp(a, { fund: 'employee', floorMonths: 3 });
    verdict(r, 'employee');
    const patch = { funds: { employee: { fiscal_subsidy: 1 } } };
    const patchBefore = snapshot(patch);
    mergeScenario(doc, patch);
    const withRule = mergeScenario(doc, { funds: { employee: { rules: { rate_adjustment: { lever: 'employer_rate', below_months: 6, years: 1, step: 0.005, cap: 0.12, from: 2026 } } } } });
    const ra = resolve(withRule);
    const raBefore = snapshot(ra);
    project(ra); // the rate rule moves its lever inside the projection: on a private copy
    expect(doc).toEqual(docBefore);
    expect(loaded.scenario).toEqual(scenarioBefore);
    expect(a).toEqual(aBefore);
    expect(r).toEqual(rBefore);
    expect(patch).toEqual(patchBefore);
    expect(ra).toEqual(raBefore);
  });
});
