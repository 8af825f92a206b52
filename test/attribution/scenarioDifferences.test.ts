import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../src/attribution/outcomeOf';
import { applyDifferences, scenarioDifferences } from '../../src/attribution/scenarioDifferences';
import type { ProjectionResult } from '../../src/results/types';

// Hand-written documents: the differences listed by hand from the merge rule (mergeScenario.isStructural:
// the root, funds, each fund and its sections are walked key by key; anything below a section is a
// parameter compared and replaced whole; labels at the root are ignored).
const a = {
  id: 'a', name: 'A', description: 'first',
  settings: { base_year: 2025, end_year: 2030 },
  funds: {
    employee: {
      contributions: { employer_rate: 0.06, base_growth: { 2026: 0.05, 2028: 0.04 } },
      spending: { growth: 0.07 },
    },
  },
};
const b = {
  id: 'b', name: 'B', description: 'second', sources: undefined,
  settings: { base_year: 2025, end_year: 2030 },
  funds: {
    employee: {
      contributions: { employer_rate: 0.05, base_growth: { 2026: 0.05, 2028: 0.045 } },
      spending: { growth: 0.07, cap: [1, 2] },
    },
    resident: { members: { start: 100 } },
  },
};

describe('scenarioDifferences: the parameters that turn A into B', () => {
  const diffs = scenarioDifferences(a, b);
  it('walks the root, funds, each fund and its sections; a parameter below a section is compared whole; labels ignored', () => {
    expect(diffs.map((d) => d.name).sort()).toEqual([
      'funds.employee.contributions.base_growth', // a year map is one parameter, replaced whole
      'funds.employee.contributions.employer_rate',
      'funds.employee.spending.cap', // added in B
      'funds.resident', // a whole fund added: its own level is structural, but A has nothing to walk
    ].sort());
    expect(diffs.find((d) => d.name === 'funds.employee.contributions.base_growth')!.value).toEqual({ 2026: 0.05, 2028: 0.045 });
    expect(diffs.find((d) => d.name === 'funds.employee.contributions.employer_rate')!.path).toEqual(['funds', 'employee', 'contributions', 'employer_rate']);
  });
  it('B without a parameter A has: a difference whose value is undefined, and applying it deletes the key', () => {
    const back = scenarioDifferences(b, a);
    const cap = back.find((d) => d.name === 'funds.employee.spending.cap')!;
    expect(cap.value).toBeUndefined();
    const doc = applyDifferences(b, back);
    expect('cap' in doc.funds.employee.spending).toBe(false);
    expect(doc.funds.employee.contributions.employer_rate).toBe(0.06);
    expect(doc.funds.resident).toBeUndefined();
  });
  it('an array or a scalar where the other has an object is one difference, not a walk', () => {
    const x = { funds: { employee: { spending: [1] } } };
    const y = { funds: { employee: { spending: { growth: 0.07 } } } };
    expect(scenarioDifferences(x, y).map((d) => d.name)).toEqual(['funds.employee.spending']);
    expect(scenarioDifferences(y, x).map((d) => d.name)).toEqual(['funds.employee.spending']);
    expect(scenarioDifferences({ funds: 3 }, { funds: { e: 1 } }).map((d) => d.name)).toEqual(['funds']);
  });
  it('labels are ignored only at the root: a fund-level key named id is a parameter', () => {
    expect(scenarioDifferences({ funds: { e: { id: 'x' } } }, { funds: { e: { id: 'y' } } }).map((d) => d.name)).toEqual(['funds.e.id']);
  });
  it('applying every difference gives B (labels aside); applying none gives A; A is not modified', () => {
    const before = structuredClone(a);
    const doc = applyDifferences(a, diffs);
    expect(doc.funds).toEqual(JSON.parse(JSON.stringify(b.funds)));
    expect(applyDifferences(a, [])).toEqual(a);
    expect(a).toEqual(before);
    // a value set is a copy: changing the result leaves B alone
    (doc.funds.employee.spending.cap as number[]).push(3);
    expect(b.funds.employee.spending.cap).toEqual([1, 2]);
  });
  it('identical documents have no differences', () => {
    expect(scenarioDifferences(a, structuredClone(a))).toEqual([]);
  });
});

describe('outcomeOf: a fund\'s outcomes in a year, and its refusals', () => {
  const result = (exhaustionYear: number | null, months: number | null) =>
    ({
      scenario: { id: 's', endYear: 2027 },
      funds: [
        { id: 'other', exhaustionYear: 2026, rows: [] },
        { id: 'f', exhaustionYear, rows: [2025, 2026, 2027].map((year) => ({ year, balance: year - 2000, reserveMonths: months === null ? null : months + year - 2025 })) },
      ],
    }) as unknown as ProjectionResult;
  it('reads the row of the year and the fund asked for', () => {
    expect(outcomeOf(result(2027, 5), 'f', 2026)).toEqual({ balance: 26, reserveMonths: 6, exhaustionYear: 2027, censored: false });
  });
  it('a fund not exhausted: end year + 1, censored', () => {
    expect(outcomeOf(result(null, 5), 'f', 2025)).toEqual({ balance: 25, reserveMonths: 5, exhaustionYear: 2028, censored: true });
  });
  it('unknown fund, a year outside the rows, undefined months: each its own coded error', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as Error).message];
      }
      return ['none', ''];
    };
    expect(code(() => outcomeOf(result(null, 5), 'g', 2025))[0]).toBe('attribution.unknownFund');
    const [c, m] = code(() => outcomeOf(result(null, 5), 'f', 2030));
    expect(c).toBe('attribution.yearOutside');
    expect(m).toContain('2025–2027');
    expect(code(() => outcomeOf(result(null, null), 'f', 2026))[0]).toBe('attribution.monthsUndefined');
  });
});
