import { describe, expect, it } from 'vitest';
import { settleProvider, sharedPart, type SettlementRule } from '../../src/budget/settleProvider';

// A bureau's rule as written: a saving up to 10 % of the allocation is kept 60 % by the provider,
// from 10 % to 20 % at 30 %, beyond 20 % none; an overrun up to 10 % is borne 50 % by the fund,
// beyond that by the provider.
const rule: SettlementRule = {
  saving: [{ upTo: 0.1, share: 0.6 }, { upTo: 0.2, share: 0.3 }],
  overrun: [{ upTo: 0.1, share: 0.5 }],
};
const A = 1_000_000;

// Each case worked by hand (yuan): [actual S, kept by provider K, borne by fund F, paid P].
const cases: [string, number, number, number, number][] = [
  // saving D = 50,000 (5 %): K = 0.6 × 50,000 = 30,000; P = S + K = 980,000
  ['saving inside the first band', 950_000, 30_000, 0, 980_000],
  // D = 100,000 = exactly 10 %: K = 0.6 × 100,000 = 60,000; P = 960,000
  ['saving exactly at the first threshold', 900_000, 60_000, 0, 960_000],
  // D = 150,000: K = 0.6 × 100,000 + 0.3 × 50,000 = 75,000; P = 925,000
  ['saving over the first threshold', 850_000, 75_000, 0, 925_000],
  // D = 200,000 = exactly 20 %: K = 60,000 + 0.3 × 100,000 = 90,000; P = 890,000
  ['saving exactly at the last threshold', 800_000, 90_000, 0, 890_000],
  // D = 300,000: K = 60,000 + 30,000 + 0 × 100,000 = 90,000; P = 790,000 (the fund keeps 210,000)
  ['saving beyond the last threshold', 700_000, 90_000, 0, 790_000],
  // overrun O = 60,000 (6 %): F = 0.5 × 60,000 = 30,000; P = A + F = 1,030,000
  ['overrun inside the reasonable band', 1_060_000, 0, 30_000, 1_030_000],
  // O = 100,000 = exactly 10 %: F = 50,000; P = 1,050,000
  ['overrun exactly at the threshold', 1_100_000, 0, 50_000, 1_050_000],
  // O = 250,000: F = 0.5 × 100,000 + 0 × 150,000 = 50,000; P = 1,050,000; the provider bears 200,000
  ['overrun over the threshold', 1_250_000, 0, 50_000, 1_050_000],
  // S = A: nothing to share; P = A
  ['spending exactly at the allocation', 1_000_000, 0, 0, 1_000_000],
];

describe('settleProvider: 结余留用、合理超支分担, checked by hand', () => {
  for (const [name, actual, kept, fund, paid] of cases) {
    it(name, () => {
      const s = settleProvider(A, actual, rule);
      expect([s.keptByProvider, s.borneByFund, s.paid]).toEqual([kept, fund, paid]);
      // identities of every settlement
      expect(s.saving).toBe(Math.max(A - actual, 0));
      expect(s.overrun).toBe(Math.max(actual - A, 0));
      expect(s.keptByProvider + s.keptByFund).toBe(s.saving);
      expect(s.borneByFund + s.borneByProvider).toBe(s.overrun);
      expect(s.providerResult).toBe(paid - actual);
      expect(s.fundResult).toBe(A - paid);
    });
  }

  it('rounds the shared part once, to the yuan', () => {
    // A = 333,333, S = 300,000: D = 33,333 < 10 % of A (33,333.3); K = 0.6 × 33,333 = 19,999.8 → 20,000
    const s = settleProvider(333_333, 300_000, rule);
    expect([s.keptByProvider, s.keptByFund, s.paid]).toEqual([20_000, 13_333, 320_000]);
  });

  it('an open last band shares every yuan beyond the thresholds', () => {
    // overrun bands 70 % up to 5 %, then 20 % without end; O = 150,000: F = 0.7 × 50,000 + 0.2 × 100,000 = 55,000
    const open: SettlementRule = { saving: [{ upTo: null, share: 1 }], overrun: [{ upTo: 0.05, share: 0.7 }, { upTo: null, share: 0.2 }] };
    expect(settleProvider(A, 1_150_000, open).borneByFund).toBe(55_000);
    // saving kept whole under {share: 1} without end: P = S + D = A
    expect(settleProvider(A, 640_000, open).paid).toBe(A);
  });

  it('a provider with no allocation: thresholds are shares of 0, so only an open band shares', () => {
    expect(settleProvider(0, 1_000, rule).borneByFund).toBe(0);
    expect(settleProvider(0, 1_000, { saving: rule.saving, overrun: [{ upTo: null, share: 0.5 }] }).borneByFund).toBe(500);
  });

  it('sharedPart is the piecewise-linear area under the band shares', () => {
    // x = 150,000 of A = 1,000,000: 0.6 × 100,000 + 0.3 × 50,000
    expect(sharedPart(150_000, A, rule.saving)).toBeCloseTo(75_000, 6); // floating point of t·A only
    expect(sharedPart(0, A, rule.saving)).toBe(0);
  });
});
