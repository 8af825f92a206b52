import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineScenario, loadScenario, project, resolveAssumptions, type LoadedScenario } from '../../src/index';
import { expectMatchesReference } from './compareWithReference';

const root = join(__dirname, '..', '..');
const yamlIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(root, dir, f));
const shipped = [...yamlIn('scenarios'), ...yamlIn('scenarios/examples')];
const reforms = yamlIn('scenarios/reforms');
const defaultScenario = join(root, 'scenarios', 'china-national-2024.yaml');

function check(loaded: LoadedScenario): void {
  const assumptions = resolveAssumptions(loaded);
  expectMatchesReference(loaded, assumptions, project(assumptions));
}

describe('the engine agrees with the plain reference engine (test/reference) to 1e-12', () => {
  it('there are shipped scenarios and reforms to check', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(6);
    expect(reforms.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of shipped) it(`shipped ${file.slice(root.length + 1)}`, () => check(loadScenario(file)));

  for (const fixture of ['every-mechanism.yaml', 'next-year-basis.yaml', 'totals-rate-rule.yaml']) {
    it(`fixture ${fixture}`, () => check(loadScenario(join(__dirname, 'fixtures', fixture))));
  }
  for (const fixture of ['lines.yaml', 'same-totals.yaml']) {
    it(`service-lines fixture ${fixture}`, () => check(loadScenario(join(__dirname, '..', 'fixtures', 'service-lines', fixture))));
  }

  it('the fixtures reach the mechanisms they are there for', () => {
    const result = project(resolveAssumptions(loadScenario(join(__dirname, 'fixtures', 'every-mechanism.yaml'))));
    const [emp, res] = result.funds;
    // rate rules fire, the first one after its trigger was already met (from 2032)
    expect(emp.events.length).toBeGreaterThan(0);
    expect(emp.events[0].year).toBe(2032);
    expect(res.events.length).toBeGreaterThan(0);
    expect(emp.rows.some((r) => r.incomeItems.treasury_top_up > 0) || res.rows.some((r) => r.incomeItems.treasury_top_up > 0)).toBe(true);
    expect(emp.rows.some((r) => r.incomeItems.retiree_contributions > 0)).toBe(true);
    expect(emp.rows.some((r) => r.memo.employer_contributions_to_accounts > 0)).toBe(true);
  });

  // every subset of the reform overlays on the default scenario (2^7 = 128 combinations)
  it(`all ${2 ** reforms.length} combinations of the ${reforms.length} reform overlays on the default scenario`, () => {
    for (let mask = 0; mask < 2 ** reforms.length; mask++) {
      const chosen = reforms.filter((_, b) => mask & (1 << b));
      check(combineScenario(defaultScenario, chosen));
    }
  });
});
