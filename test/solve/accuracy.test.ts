import { describe, expect, it } from 'vitest';
import { applyLeverPath, formatSolveResult, LEVERS, projectOneFund, solveLever, type Assumptions, type SolveTarget } from '../../src/index';
import { scanBoundary } from './bruteForce';
import { scenarioAssumptions } from './load';

// The solver's documented accuracy: the answer meets the target and lies within 1e-6 (in the
// lever's units) of the boundary — for every lever and every pair of bounds the solver accepts.
// Checked against a brute-force scan that knows nothing of the solver: 1,000 equally spaced
// points over the bounds, then 100 points in the cell where the target starts (or stops)
// holding, and so on down to a spacing of 1e-7 (test/solve/bruteForce.ts).
const CLAIM = 1e-6;
const SCAN = 1e-7;

const district = scenarioAssumptions('scenarios/examples/small-district.yaml');
const national = scenarioAssumptions('scenarios/china-national-2024.yaml');
const county = scenarioAssumptions('scenarios/examples/county-totals.yaml');

/** Reserve months ≥ months in every year fromYear…toYear, read straight from the projected rows. */
function feasibleAt(a: Assumptions, fund: string, lever: string, from: number, t: { months: number; fromYear: number; toYear: number }) {
  return (x: number) =>
    projectOneFund(applyLeverPath(a, { fund, lever, path: [{ year: from, value: x }] }), fund).rows.every(
      (r) => r.year < t.fromYear || r.year > t.toYear || (r.reserveMonths ?? (r.balance >= 0 ? Infinity : -Infinity)) >= t.months,
    );
}

interface Case {
  name: string;
  a: Assumptions;
  fund: string;
  lever: string;
  months: number;
  years: [number, number];
  bounds?: [number, number];
  direction?: 'min' | 'max';
}

const cases: Case[] = [
  // the repro of issue 8 (W1): 24,053.67 with --max 100000, 24,054.56 with the default bound 1e15
  { name: 'district fiscal_subsidy, 3 months 2025–2045, default bounds', a: district, fund: 'employee', lever: 'fiscal_subsidy', months: 3, years: [2025, 2045] },
  { name: 'district fiscal_subsidy, 3 months 2025–2045, bounds [0, 1e5]', a: district, fund: 'employee', lever: 'fiscal_subsidy', months: 3, years: [2025, 2045], bounds: [0, 1e5] },
  { name: 'district fiscal_subsidy, min-months:0:2030-2030, default bounds', a: district, fund: 'employee', lever: 'fiscal_subsidy', months: 0, years: [2030, 2030] },
  { name: 'district fiscal_subsidy, min-months:0:2026-2026, default bounds', a: district, fund: 'employee', lever: 'fiscal_subsidy', months: 0, years: [2026, 2026] },
  { name: 'district fiscal_subsidy, min-months:0:2045-2045, bounds [1000, 9e14]', a: district, fund: 'employee', lever: 'fiscal_subsidy', months: 0, years: [2045, 2045], bounds: [1000, 9e14] },
  { name: 'district employer_rate, 6 months', a: district, fund: 'employee', lever: 'employer_rate', months: 6, years: [2025, 2045] },
  { name: 'district employer_rate, min-months:0:2030-2030, bounds [0.05, 0.6]', a: district, fund: 'employee', lever: 'employer_rate', months: 0, years: [2030, 2030], bounds: [0.05, 0.6] },
  { name: 'district retiree_rate, 3 months', a: district, fund: 'employee', lever: 'retiree_rate', months: 3, years: [2025, 2045] },
  { name: 'district collection_rate, min-months:0:2027-2027', a: district, fund: 'employee', lever: 'collection_rate', months: 0, years: [2027, 2027] },
  { name: 'district retiree_credit_share, highest keeping 0 months in 2026', a: district, fund: 'employee', lever: 'retiree_credit_share', months: 0, years: [2026, 2026], direction: 'max' },
  { name: 'district excess_cost_growth, highest keeping 0 months in 2030', a: district, fund: 'employee', lever: 'excess_cost_growth', months: 0, years: [2030, 2030], direction: 'max' },
  { name: 'district excess_cost_growth, highest keeping 3 months to 2045', a: district, fund: 'employee', lever: 'excess_cost_growth', months: 3, years: [2025, 2045], direction: 'max' },
  { name: 'national resident premium_per_head, 6 months', a: national, fund: 'resident', lever: 'premium_per_head', months: 6, years: [2025, 2060] },
  { name: 'national resident subsidy_per_head, min-months:0:2050-2050', a: national, fund: 'resident', lever: 'subsidy_per_head', months: 0, years: [2050, 2050] },
  { name: 'national resident fiscal_subsidy, 9 months, default bounds', a: national, fund: 'resident', lever: 'fiscal_subsidy', months: 9, years: [2025, 2060] },
  { name: 'national employee fiscal_subsidy, min-months:0:2050-2050, default bounds', a: national, fund: 'employee', lever: 'fiscal_subsidy', months: 0, years: [2050, 2050] },
  { name: 'national resident excess_cost_growth, highest keeping 6 months', a: national, fund: 'resident', lever: 'excess_cost_growth', months: 6, years: [2025, 2060], direction: 'max' },
  // a fund known only by its totals (scheme: totals)
  { name: 'county totals income_multiplier, 6 months', a: county, fund: 'employee', lever: 'income_multiplier', months: 6, years: [2025, 2040] },
  { name: 'county totals income_growth, 3 months', a: county, fund: 'employee', lever: 'income_growth', months: 3, years: [2025, 2040] },
  { name: 'county totals excess_cost_growth, highest keeping 3 months', a: county, fund: 'employee', lever: 'excess_cost_growth', months: 3, years: [2025, 2040], direction: 'max' },
  { name: 'county totals fiscal_subsidy, 6 months, default bounds', a: county, fund: 'employee', lever: 'fiscal_subsidy', months: 6, years: [2025, 2040] },
  { name: 'county totals interest_rate, 12 months in 2026', a: county, fund: 'employee', lever: 'interest_rate', months: 12, years: [2026, 2026] },
  // economic and demographic levers (sensitivity analysis), on years where they act one way
  { name: 'district wage_growth, 3 months to 2035', a: district, fund: 'employee', lever: 'wage_growth', months: 3, years: [2025, 2035] },
  { name: 'district active_growth, min-months:0:2030-2030', a: district, fund: 'employee', lever: 'active_growth', months: 0, years: [2030, 2030] },
  { name: 'district retiree_growth, highest keeping 0 months in 2028', a: district, fund: 'employee', lever: 'retiree_growth', months: 0, years: [2028, 2028], direction: 'max' },
  { name: 'district interest_rate, 9 months in 2026 (balance still positive)', a: district, fund: 'employee', lever: 'interest_rate', months: 9, years: [2026, 2026] },
  { name: 'national resident interest_rate, 10 months in 2030', a: national, fund: 'resident', lever: 'interest_rate', months: 10, years: [2030, 2030] },
  { name: 'national resident insured_growth, min-months:0:2030-2030', a: national, fund: 'resident', lever: 'insured_growth', months: 0, years: [2030, 2030] },
];

describe('solver accuracy (±1e-6) against a brute-force scan, every lever and bound (issue 8, W1)', () => {
  it('the cases cover every lever of the registry', () => {
    const covered = new Set(cases.map((c) => `${c.a.funds.find((f) => f.id === c.fund)!.scheme}:${c.lever}`));
    // employee_rate moves no pooled flow under the post2021 account rule: covered by the scan below
    const missing = LEVERS.filter((l) => !covered.has(`${l.scheme}:${l.name}`) && l.name !== 'employee_rate').map((l) => `${l.scheme}:${l.name}`);
    expect(missing).toEqual([]);
  });

  for (const c of cases) {
    it(c.name, () => {
      const lever = LEVERS.find((l) => l.name === c.lever && l.scheme === c.a.funds.find((f) => f.id === c.fund)!.scheme)!;
      const [lo, hi] = c.bounds ?? [lever.min, lever.max];
      const direction = c.direction ?? 'min';
      const from = c.a.timeline.baseYear + 1;
      const target: SolveTarget = { kind: 'minReserveMonths', months: c.months, fromYear: c.years[0], toYear: c.years[1] };
      const feasible = feasibleAt(c.a, c.fund, c.lever, from, { months: c.months, fromYear: c.years[0], toYear: c.years[1] });
      const r = solveLever(c.a, { fund: c.fund, lever: c.lever, target, bounds: c.bounds, direction });
      const scan = scanBoundary(feasible, lo, hi, direction, SCAN);
      if (scan === null) {
        expect(r.feasible).toBe(false);
        return;
      }
      expect(r.feasible).toBe(true);
      if (!r.feasible) return;
      const x = r.value!;
      expect(feasible(x)).toBe(true);
      expect(r.tolerance).toBe(CLAIM);
      if (scan === (direction === 'min' ? lo : hi)) {
        expect(x).toBe(scan);
        return;
      }
      // the boundary t lies in (scan − SCAN, scan] (min) or [scan, scan + SCAN) (max); the solver
      // claims t ≤ x ≤ t + 1e-6 (min) or t − 1e-6 ≤ x ≤ t (max)
      const beyond = direction === 'min' ? x - scan : scan - x;
      expect(beyond).toBeGreaterThan(-SCAN);
      expect(beyond).toBeLessThanOrEqual(CLAIM + SCAN);
    });
  }

  it('small district: 3 months to 2045 needs a subsidy of 24,053.67 (not 24,054.56), with the default bounds', () => {
    const r = solveLever(district, { fund: 'employee', lever: 'fiscal_subsidy', target: { kind: 'minReserveMonths', months: 3 } });
    expect(r.feasible).toBe(true);
    if (r.feasible) expect(r.value!.toFixed(2)).toBe('24053.67');
  });

  it('an answer above 1.1e9 reports the accuracy doubles allow there instead of claiming 1e-6', () => {
    // 10⁸ months in 2025 needs a balance of about 10⁸·E/12 ≈ 1.7e11 万元: a subsidy far above 1.1e9
    const target = { months: 1e8, fromYear: 2025, toYear: 2025 };
    const r = solveLever(district, { fund: 'employee', lever: 'fiscal_subsidy', target: { kind: 'minReserveMonths', ...target } });
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    const x = r.value!;
    expect(x).toBeGreaterThan(1.1e9);
    expect(r.tolerance).toBeGreaterThan(CLAIM);
    expect(r.tolerance).toBeLessThanOrEqual(8 * Number.EPSILON * x);
    const feasible = feasibleAt(district, 'employee', 'fiscal_subsidy', 2025, target);
    expect(feasible(x)).toBe(true);
    expect(feasible(x - r.tolerance)).toBe(false);
    expect(formatSolveResult(r)).toMatch(/accurate only to ±/);
  });
});
