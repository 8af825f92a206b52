import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../src/history/checkHistory';
import { DEFAULT_HISTORY_CHECKS } from '../../src/history/resolveHistory';
import type { FundHistory, HistoryYear } from '../../src/history/types';

/** A history whose figures satisfy every identity exactly: S = I − E, B_t = B_{t−1} + S_t, items sum to totals. */
function consistent(start: number, flows: { income: number; share: number; balance0: number }[]): HistoryYear[] {
  let balance = flows[0].balance0;
  return flows.map((f, n) => {
    const expenditure = f.income * f.share;
    const surplus = f.income - expenditure;
    if (n > 0) balance += surplus;
    const a = f.income * 0.7;
    return {
      year: start + n,
      income: f.income,
      expenditure,
      surplus,
      balance,
      incomeItems: { contributions: a, other: f.income - a },
      expenditureItems: {},
      members: {},
      perHead: {},
      basis: { report: 'bulletin', scope: 'pooled', maternity: null },
      source: null,
    };
  });
}

const history = (years: HistoryYear[], jumpThreshold = Infinity): FundHistory => ({
  fund: 'f',
  years,
  form: 'inline',
  checks: { ...DEFAULT_HISTORY_CHECKS, jumpThreshold },
  locate: () => ({ file: 'x.yaml' }),
});

const flowsArb = fc.array(
  fc.record({ income: fc.double({ min: 10, max: 1e9, noNaN: true }), share: fc.double({ min: 0.5, max: 1.5, noNaN: true }), balance0: fc.double({ min: -1e9, max: 1e9, noNaN: true }) }),
  { minLength: 2, maxLength: 12 },
);

describe('checkHistory, properties (fast-check, 2,000 histories each)', () => {
  it('a history satisfying every identity raises no warning (jump check set out of reach)', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2030 }), flowsArb, (start, flows) => {
      expect(checkHistory(history(consistent(start, flows)))).toEqual([]);
    }), { numRuns: 2000, seed: 20261129 });
  });

  it('one mistyped surplus raises exactly one warning, at that year, whose difference is the typo', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2030 }), flowsArb, fc.nat(), fc.double({ min: 0.01, max: 0.5, noNaN: true }), fc.boolean(), (start, flows, pick, size, up) => {
      const years = consistent(start, flows);
      const n = pick % years.length;
      // a typo well beyond the tolerance: size × the year's income
      const typo = (up ? 1 : -1) * size * years[n].income!;
      years[n] = { ...years[n], surplus: years[n].surplus! + typo };
      const w = checkHistory(history(years));
      expect(w.map((x) => [x.code, x.path[4]])).toEqual([['history_surplus_mismatch', String(start + n)]]);
      expect(w[0].difference!).toBeCloseTo(typo, 6);
    }), { numRuns: 2000, seed: 20261130 });
  });
});
