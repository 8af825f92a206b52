import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/money/apportion';
import { roundToTotal } from '../../src/money/roundToTotal';
import { FundcastError } from '../../src/errors/FundcastError';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

// Hand cases: quotas computed on paper, the leftover units handed to the largest remainders.
describe('apportion (largest remainder)', () => {
  it('100 over three equal weights: quotas 33.33… each, the one unit left goes to the first (tie → lower index)', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });
  it('7 by 0.5/0.3/0.2: quotas 3.5, 2.1, 1.4 → floors 3, 2, 1, the unit left to remainder .5', () => {
    expect(apportion(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
  });
  it('the 1880 Alabama case of Hamilton apportionment: 10 seats by 6:4:1 → quotas 5.4545, 3.6364, 0.9091 → 5, 4, 1', () => {
    // floors 5, 3, 0 (8), two units left: remainders .9091 (third) and .6364 (second)
    expect(apportion(10, [6, 4, 1])).toEqual([5, 4, 1]);
  });
  it('a zero weight gets nothing; a single positive weight takes the whole total', () => {
    expect(apportion(12345, [0, 3, 0])).toEqual([0, 12345, 0]);
    expect(apportion(5, [2.5])).toEqual([5]);
  });
  it('a negative total splits into parts ≤ 0 that still sum exactly: −10 by 1:1:1 → quotas −3.33 → −3, −3, −4', () => {
    // floors −4 each (−12), two units back to the largest remainders (all .667, ties → first two)
    expect(apportion(-10, [1, 1, 1])).toEqual([-3, -3, -4]);
  });
  it('a zero total gives zeros even with zero weights', () => {
    expect(apportion(0, [0, 0])).toEqual([0, 0]);
  });
  it('sums exactly to the total for awkward weights and yuan totals of a national fund (≈ 2·10^12 yuan)', () => {
    const weights = [0.1, 0.2, 0.3, 1 / 3, Math.PI, 1e-9, 7e5];
    for (const total of [1, 99, 1_000_003, 2_079_327_000_000, -987_654_321]) {
      const parts = apportion(total, weights);
      expect(sum(parts)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]) / sum(weights))).toBeLessThan(1));
    }
  });
  it('is deterministic in the order given (ties always to the earlier line)', () => {
    expect(apportion(2, [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
    expect(apportion(2, [1, 1, 1, 1].reverse())).toEqual([1, 1, 0, 0]);
  });
  it('refuses a fractional total, a negative or non-finite weight, and all-zero weights, with bilingual errors', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(FundcastError);
        expect((e as FundcastError).zh).toMatch(/[\u4e00-\u9fff]/);
        return (e as FundcastError).code;
      }
      return 'no error';
    };
    expect(code(() => apportion(10.5, [1]))).toBe('money.notWholeUnits');
    expect(code(() => apportion(10, [1, -1]))).toBe('money.badWeight');
    expect(code(() => apportion(10, [1, Number.NaN]))).toBe('money.badWeight');
    expect(code(() => apportion(10, [0, 0]))).toBe('money.noWeight');
    expect(code(() => roundToTotal([1, Infinity]))).toBe('money.notFinite');
    expect(code(() => roundToTotal([1.2, 1.2], 5))).toBe('money.cannotReach');
  });
});

describe('roundToTotal', () => {
  it('rounds once at the total (round(6.0) = 6) and hands the units to the largest remainders', () => {
    expect(roundToTotal([1.5, 1.5, 1.5, 1.5])).toEqual([2, 2, 1, 1]);
    expect(roundToTotal([0.4, 0.4, 0.2], 1)).toEqual([1, 0, 0]);
    // 2.6 + 3.7 + 1.2 = 7.5 → 8: floors 2, 3, 1 (6), units to .7 and .6
    expect(roundToTotal([2.6, 3.7, 1.2])).toEqual([3, 4, 1]);
  });
  it('keeps negative parts: −1.4 + 5.9 = 4.5 → 5 (Math.round); floors −2, 5 (3), two units left → −1, 6', () => {
    expect(roundToTotal([-1.4, 5.9])).toEqual([-1, 6]);
  });
  it('each part is within one unit of its amount', () => {
    const v = [123.456, 0.999, 55.5, -3.25, 1e6 + 0.5];
    const r = roundToTotal(v);
    expect(sum(r)).toBe(Math.round(sum(v)));
    r.forEach((x, i) => expect(Math.abs(x - v[i])).toBeLessThan(1));
  });
});
