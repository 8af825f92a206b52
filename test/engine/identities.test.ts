import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIdentities, loadScenario, mergeScenario, parseScenario, project, resolveAssumptions, runScenario, validateScenario } from '../../src/index';

const root = join(__dirname, '..', '..');
const shipped = [
  ...readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'scenarios', f)),
  ...readdirSync(join(root, 'scenarios', 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'scenarios', 'examples', f)),
];

describe('accounting identities hold in every row of every shipped scenario', () => {
  it('there are shipped scenarios to check', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
  });
  // Every row's S = I − E and B = B₋₁ + S are checked independently by the reference engine
  // (test/reference), which recomputes each flow from the definitions; here checkIdentities — the
  // guard the CLI runs before printing — must pass on real output, and nothing may be non-finite.
  for (const file of shipped) {
    it(file.slice(root.length + 1), () => {
      const result = runScenario(file);
      expect(checkIdentities(result, 1e-9)).toEqual([]);
      expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
    });
  }

  it('checkIdentities catches a broken row', () => {
    const result = runScenario(shipped[0]);
    result.funds[0].rows[3].balance += 1;
    expect(checkIdentities(result).length).toBeGreaterThan(0);
  });
});

describe('a scenario that extends the baseline with no changes reproduces it exactly', () => {
  it('extends with only a new id and name', () => {
    const base = runScenario(join(root, 'scenarios', 'china-national-2024.yaml'));
    const same = project(resolveAssumptions(parseScenario('fundcast: 1\nextends: scenarios/china-national-2024.yaml\nid: same\nname: Same\n', 'same.yaml', root)));
    expect(same.funds).toEqual(base.funds); // exact, bit for bit
  });

  it('a parameter overridden with its baseline value changes nothing', () => {
    const base = runScenario(join(root, 'scenarios', 'china-national-2024.yaml'));
    const text = 'fundcast: 1\nextends: scenarios/china-national-2024.yaml\nid: same\nname: Same\nfunds:\n  employee:\n    contributions:\n      employer_rate: 0.0615\n';
    expect(project(resolveAssumptions(parseScenario(text, 'same.yaml', root))).funds).toEqual(base.funds);
  });
});

describe('extends and merging never mutate the base', () => {
  it('mergeScenario returns a new document and leaves both inputs untouched', () => {
    const base = loadScenario(join(root, 'scenarios', 'china-national-2024.yaml')).scenario;
    const frozen = JSON.stringify(base);
    const deepFreeze = (o: any) => { Object.freeze(o); for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v); return o; };
    deepFreeze(base);
    const over = deepFreeze({ id: 'x', funds: { employee: { contributions: { employer_rate: { 2024: 0.06, 2027: 0.055 } } }, resident: null } });
    const merged = mergeScenario(base, over) as any;
    expect(JSON.stringify(base)).toBe(frozen);
    expect(merged.funds.employee.contributions.employer_rate).toEqual({ 2024: 0.06, 2027: 0.055 });
    expect(merged.funds.employee.contributions.employee_rate).toBe(0.02); // sibling kept
    expect(merged.funds.resident).toBeUndefined(); // null removes a fund
    expect(merged.id).toBe('x');
    expect(() => validateScenario(merged)).not.toThrow();
  });

  it('null removes an inherited key at any merged level (JSON Merge Patch)', () => {
    const merged = mergeScenario({ funds: { e: { members: { actives: 1, active_growth: 0.01 } } } }, { funds: { e: { members: { active_growth: null, missing: null } } } }) as any;
    expect(merged.funds.e.members).toEqual({ actives: 1 });
  });

  it('a series given in the derived file replaces the base series whole (no year-by-year merge)', () => {
    const merged = mergeScenario({ funds: { e: { members: { active_growth: { 2024: 0.01, 2030: 0.02 } } } } }, { funds: { e: { members: { active_growth: { 2024: 0.03 } } } } }) as any;
    expect(merged.funds.e.members.active_growth).toEqual({ 2024: 0.03 });
  });
});
