import { describe, expect, it } from 'vitest';
import { attribute, MAX_LEVERS, MAX_SHAPLEY_LEVERS, type Outcome } from '../../src/attribution/attribute';
import { attributeScenarios } from '../../src/attribution/attributeChange';
import { outcomeOf } from '../../src/attribution/outcomeOf';
import { loadScenario, mergeScenario, project, resolveAssumptions, validateScenario } from '../../src/index';

// attribute() against an independent calculation: a game given as a table v(S) over subsets of 3
// levers, Shapley values by brute force over all 3! orders (the definition: each lever's marginal
// change averaged over the orders), sequential parts by adding the levers in the stated order.
const table: Record<string, number> = { '': 10, a: 14, b: 11, c: 7, ab: 20, ac: 12, bc: 9, abc: 25 };
const outcome = (x: number): Outcome => ({ balance: x, reserveMonths: 2 * x, exhaustionYear: 2030 + x, censored: false });
const evaluate = (subset: boolean[]) => outcome(table[['a', 'b', 'c'].filter((_, i) => subset[i]).join('')]);
const permutations = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
const v = (s: string[]) => table[['a', 'b', 'c'].filter((x) => s.includes(x)).join('')];

describe('attribute: sequential and Shapley parts of a tabled game', () => {
  const r = attribute(['a', 'b', 'c'], evaluate);
  it('Shapley = the marginal change averaged over all 6 orders, for every outcome', () => {
    for (const lever of ['a', 'b', 'c']) {
      const orders = permutations(['a', 'b', 'c']);
      const mean = orders.reduce((s, o) => s + v(o.slice(0, o.indexOf(lever) + 1)) - v(o.slice(0, o.indexOf(lever))), 0) / orders.length;
      const part = r.parts.find((p) => p.lever === lever)!;
      expect(part.shapley!.balance).toBeCloseTo(mean, 12);
      expect(part.shapley!.reserveMonths).toBeCloseTo(2 * mean, 12);
      expect(part.shapley!.exhaustionYear).toBeCloseTo(mean, 12);
    }
  });
  it('sequential: a, then b, then c (10 → 14 → 20 → 25); totals, the two ends and 2^3 evaluations', () => {
    expect(r.parts.map((p) => p.sequential.balance)).toEqual([4, 6, 5]);
    expect(r.total).toEqual({ balance: 15, reserveMonths: 30, exhaustionYear: 15 });
    expect([r.without.balance, r.with.balance]).toEqual([10, 25]);
    expect(r.evaluations).toBe(8);
  });
  it('without Shapley only the n + 1 prefixes are projected', () => {
    const s = attribute(['a', 'b', 'c'], evaluate, { shapley: false });
    expect(s.evaluations).toBe(4);
    expect(s.parts.every((p) => p.shapley === null)).toBe(true);
  });
  it(`Shapley by default up to ${MAX_SHAPLEY_LEVERS} levers, refused beyond when asked; at most ${MAX_LEVERS} levers`, () => {
    const flat = () => outcome(0);
    const names = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`);
    const at8 = attribute(names(MAX_SHAPLEY_LEVERS), flat);
    expect(at8.parts[0].shapley).not.toBeNull();
    expect(at8.evaluations).toBe(2 ** MAX_SHAPLEY_LEVERS);
    expect(attribute(names(MAX_SHAPLEY_LEVERS + 1), flat).parts[0].shapley).toBeNull();
    expect(() => attribute(names(MAX_SHAPLEY_LEVERS + 1), flat, { shapley: true })).toThrow();
    expect(attribute(names(MAX_LEVERS), flat).evaluations).toBe(MAX_LEVERS + 1);
    expect(() => attribute(names(MAX_LEVERS + 1), flat)).toThrow();
  });
});

describe('outcomeOf: the exhaustion year, censored at end year + 1', () => {
  const district = loadScenario('scenarios/examples/small-district.yaml');
  it('a fund exhausted in the end year itself is that year, not censored (small district ending in its exhaustion year)', () => {
    const exhausted = project(resolveAssumptions(district)).funds[0].exhaustionYear!;
    const ends = resolveAssumptions(validateScenario(mergeScenario(district.scenario, { end_year: exhausted }), 'ends'));
    const o = outcomeOf(project(ends), 'employee', exhausted);
    expect(o).toMatchObject({ exhaustionYear: exhausted, censored: false });
    const before = resolveAssumptions(validateScenario(mergeScenario(district.scenario, { end_year: exhausted - 1 }), 'before'));
    expect(outcomeOf(project(before), 'employee', exhausted - 1)).toMatchObject({ exhaustionYear: exhausted, censored: true });
  });
  it('attributing a change that saves a fund counts its censored year as end year + 1 (not the end year)', () => {
    const saved = mergeScenario(district.scenario, { funds: { employee: { contributions: { employer_rate: 0.2 } } } });
    const r = attributeScenarios(district, validateScenario(saved, 'saved'), { fund: 'employee', year: 2030 });
    const exhausted = project(resolveAssumptions(district)).funds[0].exhaustionYear!;
    expect(r.with).toMatchObject({ censored: true, exhaustionYear: 2046 }); // end year 2045 + 1
    expect(r.total.exhaustionYear).toBe(2046 - exhausted);
    expect(r.names?.fund.en).toBe(district.scenario.funds.employee.name);
    expect(r.levers).toEqual(['funds.employee.contributions.employer_rate']);
    expect(r.names?.levers).toEqual([{ en: 'funds.employee.contributions.employer_rate', zh: null }]);
  });
});
