import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';
import { loadScenario, validateScenario } from '../../src/scenario/loadScenario';

/** What project() adds around the yearly loop: the band basis, history rows, demography, warnings, the finiteness guard. */
describe('project() outputs around the loop', () => {
  const national = resolveAssumptions(loadScenario('scenarios/china-national-2025.yaml'));

  it('band basis: official for the employee pooled fund, extension for the resident fund, custom with custom bands, official for an employee totals pool', () => {
    const r = project(national);
    expect(r.funds.map((f) => f.bandBasis)).toEqual(['official', 'extension']);
    expect(project({ ...national, defaultBands: false }).funds.map((f) => f.bandBasis)).toEqual(['custom', 'custom']);
    const county = project(resolveAssumptions(loadScenario('scenarios/examples/county-totals.yaml')));
    expect(county.funds[0].bandBasis).toBe('official');
  });

  it('history rows: the base year\'s months on the next-year basis use the first projected year\'s expenditure', () => {
    const doc = parse(readFileSync('scenarios/china-national-2025.yaml', 'utf8'));
    doc.settings = { reserve_months_basis: 'next_year' };
    delete doc.stochastic;
    const a = resolveAssumptions(validateScenario(doc, 'next-year.yaml'));
    const f = project(a).funds.find((x) => x.id === 'resident')!;
    const base = f.history.find((h) => h.year === 2025)!;
    // hand: 12 × B_2025 / E_2026 = 12 × 8,742.11 / (the projected 2026 expenditure)
    expect(base.reserveMonths).toBeCloseTo((12 * 8742.11) / f.rows[0].expenditure, 10);
    // and the same-year basis would differ (E_2025 = 10,678.63)
    expect(Math.abs(base.reserveMonths! - (12 * 8742.11) / 10678.63)).toBeGreaterThan(0.01);
  });

  it('warnings are carried as copies (changing the result leaves the assumptions alone)', () => {
    const r = project(national);
    expect(r.warnings).toEqual(national.warnings);
    expect(r.warnings.length).toBeGreaterThan(0);
    r.warnings[0].path.push('x');
    expect(national.warnings[0].path).not.toContain('x');
  });

  it('a non-finite number anywhere in the result is an error naming where, never an output', () => {
    // a flow: stopped inside the fund's loop, naming fund, year and item
    const fund = national.funds[0];
    const broken = { ...fund, fiscalSubsidy: fund.fiscalSubsidy.map((v, i) => (i === 3 ? Infinity : v)) } as typeof fund;
    expect(() => project({ ...national, funds: [broken, ...national.funds.slice(1)] })).toThrow(/funds\.employee\.2028\.fiscal_subsidy/);
    // a figure outside the rows (here a warning's): stopped by the final check over every numeric field
    const w = national.warnings[0];
    const bad = { ...national, warnings: [{ ...w, figures: { ...w.figures, planted: Infinity } }] };
    expect(() => project(bad)).toThrow(expect.objectContaining({ code: 'engine.resultNotFinite' }));
  });

  it('demography outputs are built by default for an age-detailed fund and left out with {demography: false}', () => {
    const a = resolveAssumptions(loadScenario('scenarios/examples/national-age-detailed.yaml'));
    const full = project(a).funds.find((f) => f.id === 'employee')! as { demography?: unknown };
    const light = project(a, { demography: false }).funds.find((f) => f.id === 'employee')! as { demography?: unknown };
    expect(full.demography).toBeDefined();
    expect(light.demography).toBeUndefined();
    // an aggregate fund never has them
    expect((project(national).funds[0] as { demography?: unknown }).demography).toBeUndefined();
  });
});
