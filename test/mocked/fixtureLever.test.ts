import { describe, expect, it, vi } from 'vitest';
import { assumptionsWith } from '../helpers/scenarioWith';
import { DEFAULT_SENSITIVITY } from '../../src/sensitivity/sensitivityItems';
import { LEVER_LABELS, leverLabel } from '../../src/levers/leverLabels';
import { findLever, LEVER_NAMES, leverNames } from '../../src/levers/leverRegistry';
import { project } from '../../src/engine/project';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema';
import { sensitivity } from '../../src/sensitivity/sensitivity';
import { solveLever } from '../../src/solve/solveLever';

// Adding a lever that moves an existing array is one entry of levers/leverTable: here a fixture
// table (the real one plus `employer_rate_copy`, which moves the employer rate exactly as
// `employer_rate` does) is put in its place, and the lever is found by the scenario schema (rate-rule
// enum, adjustment description), sensitivity analysis, the labels, the solver and the engine's rate
// rule. Because the copy moves the same array the same way, every figure it gives must equal
// employer_rate's — an identity, not a recorded output.
vi.mock('../../src/levers/leverTable', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/levers/leverTable')>();
  const copy = {
    name: 'employer_rate_copy',
    label: { en: 'employer rate (fixture copy)', zh: '单位缴费率（测试副本）' },
    kind: 'rate',
    unit: 'share of contribution base (0–1)',
    description: 'Employer contribution rate, moved under a second name',
    min: 0,
    max: 1,
    raisedByRule: true,
    schemes: { employee: { arrays: ['employerRate'], sensitivity: { move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'employer rate ±0.5 pt', zh: '单位缴费率±0.5个百分点' } } } },
  };
  return { ...real, LEVER_TABLE: [...real.LEVER_TABLE, copy] };
});

const DISTRICT = 'scenarios/examples/small-district.yaml';

/** Every object schema in the JSON schema (under $defs, properties, unions, items) that has all of `keys` as properties. */
function objectsWith(node: unknown, keys: string[]): Record<string, Record<string, unknown>>[] {
  if (node === null || typeof node !== 'object') return [];
  const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  const here = props && keys.every((k) => k in props) ? [props] : [];
  return [...here, ...Object.values(node).flatMap((child) => objectsWith(child, keys))];
}

describe('a lever added as one entry of the lever table', () => {
  it('is in the registry, with its label', () => {
    expect(LEVER_NAMES).toContain('employer_rate_copy');
    expect(leverNames('employee')).toContain('employer_rate_copy');
    expect(findLever('employer_rate_copy', 'employee').arrays).toEqual(['employerRate']);
    expect(() => findLever('employer_rate_copy', 'resident')).toThrow(expect.objectContaining({ code: 'levers.unknown' }));
    expect((LEVER_LABELS as Record<string, unknown>).employer_rate_copy).toEqual({ en: 'employer rate (fixture copy)', zh: '单位缴费率（测试副本）' });
    expect(leverLabel('employer_rate_copy', 'zh')).toBe('单位缴费率（测试副本）（employer_rate_copy）');
  });

  it('is in the scenario schema: the rate rule accepts it, the adjustment description names it', () => {
    const schema = scenarioJsonSchema();
    const rules = objectsWith(schema, ['lever', 'below_months', 'step', 'cap']);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.lever.enum).toContain('employer_rate_copy');
    const adjustments = objectsWith(schema, ['fund', 'lever', 'add', 'multiply']);
    expect(adjustments.length).toBeGreaterThan(0);
    for (const adjustment of adjustments) expect(String(adjustment.lever.description)).toContain('employer_rate_copy');
  });

  it('drives the rate rule as employer_rate does: the same rows', () => {
    const rule = (lever: string) => ({ funds: { employee: { rules: { rate_adjustment: { lever, below_months: 60, years: 1, step: 0.002, cap: 0.09, from: 2027 } } } } });
    const original = project(assumptionsWith(DISTRICT, rule('employer_rate'))).funds[0];
    const copy = project(assumptionsWith(DISTRICT, rule('employer_rate_copy'))).funds[0];
    expect(original.events.length).toBeGreaterThan(0);
    expect(copy.events.map((e) => ({ ...e, lever: 'employer_rate' }))).toEqual(original.events);
    expect(copy.rows).toEqual(original.rows);
  });

  it('is varied by default in sensitivity analysis: its bar equals the same move of employer_rate', () => {
    expect(DEFAULT_SENSITIVITY.employee.map((i) => i.lever)).toContain('employer_rate_copy');
    const a = assumptionsWith(DISTRICT, {});
    const s = sensitivity(a, 'employee', { kind: 'balance', year: 2035 });
    const bar = s.tornado.find((b) => b.lever === 'employer_rate_copy')!;
    const same = sensitivity(a, 'employee', { kind: 'balance', year: 2035 }, [{ lever: 'employer_rate', move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: '', zh: '' } }]).tornado[0];
    expect([bar.lowCost.value, bar.highCost.value]).toEqual([same.lowCost.value, same.highCost.value]);
    expect(bar.lowCost.value! > bar.highCost.value!).toBe(true);
  });

  it('is solved for as employer_rate is: the same value', () => {
    const a = assumptionsWith(DISTRICT, {});
    const target = { kind: 'minReserveMonths', months: 6 } as const;
    const original = solveLever(a, { fund: 'employee', lever: 'employer_rate', target });
    const copy = solveLever(a, { fund: 'employee', lever: 'employer_rate_copy', target });
    expect(original.feasible && copy.feasible).toBe(true);
    if (!original.feasible || !copy.feasible) return;
    expect(copy.value).toBe(original.value);
    expect(copy.path).toEqual(original.path);
  });
});
