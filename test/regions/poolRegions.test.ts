import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../src/regions/loadRegions';
import { poolRegions } from '../../src/regions/poolRegions';
import { projectRegions } from '../../src/regions/projectRegions';
import { rollUp } from '../../src/regions/rollUp';
import type { RegionFlows } from '../../src/regions/types';

const flows = (id: string, B0: number, I: number[], E: number[], r = 0): RegionFlows => ({ id, insured: 1, openingBalance: B0, income: Float64Array.from(I), expenditure: Float64Array.from(E), interestRate: new Float64Array(I.length).fill(r) });
const two = () => [flows('a', 10, [100, 100], [90, 90]), flows('b', 5, [50, 50], [70, 70])];
const options = { firstYear: 2025, topUpFloorMonths: 0 };

describe('poolRegions: hand calculations', () => {
  // a: B0 10, I 100, E 90; b: B0 5, I 50, E 70; no interest; share 10 % of income.
  it('adjustment fund (balance floor 0), fund short: pro rata', () => {
    // year 1: a pays 10, keeps 10 + (100 − 10 − 90) = 10, needs 0; b pays 5, would have
    // 5 + (50 − 5 − 70) = −20, needs 20; the fund has 0 + 15 = 15 < 20, pays 15 → b = −5, fund 0.
    // year 2: b would have −5 − 25 = −30, needs 30, the fund has 15 → b = −15.
    const p = poolRegions(two(), { id: 'adjustment_fund', share: 0.1, pays: 'balance_floor', floorMonths: 0, interestRate: 0, openingBalance: 0 }, options);
    expect([...p.regions[0].balance]).toEqual([10, 10]);
    expect([...p.regions[1].balance]).toEqual([-5, -15]);
    expect([...p.regions[1].received]).toEqual([15, 15]);
    expect([...p.regions[0].paidUp]).toEqual([10, 10]);
    expect([...p.upper!.balance]).toEqual([0, 0]);
  });
  it('adjustment fund with money enough pays the whole need', () => {
    // fund opens with 100: year 1 pays b's 20 → b = 0, fund 100 + 15 − 20 = 95; year 2: b needs 25 → fund 85
    const p = poolRegions(two(), { id: 'adjustment_fund', share: 0.1, pays: 'balance_floor', floorMonths: 0, interestRate: 0, openingBalance: 100 }, options);
    expect([...p.regions[1].balance]).toEqual([0, 0]);
    expect([...p.upper!.balance]).toEqual([95, 85]);
  });
  it('current-deficit rule pays the current shortfall even with a positive balance', () => {
    // b's shortfall E − (I − c) = 70 − 45 = 25 in each year; the fund opening 100 pays it: b = 5 every year
    const p = poolRegions(two(), { id: 'adjustment_fund', share: 0.1, pays: 'current_deficit', floorMonths: 0, interestRate: 0, openingBalance: 100 }, options);
    expect([...p.regions[1].balance]).toEqual([5, 5]);
    expect([...p.upper!.balance]).toEqual([90, 80]);
  });
  it('full pooling: one fund of Σ balances earning its rate', () => {
    // A0 = 15; year 1: 15 + (0.1·15 + 150 − 160) = 6.5; year 2: 6.5 + (0.65 − 10) = −2.85
    const p = poolRegions(two(), { id: 'full', interestRate: 0.1 }, options);
    expect(p.upper!.balance[0]).toBeCloseTo(6.5, 12);
    expect(p.upper!.balance[1]).toBeCloseTo(-2.85, 12);
    expect([...p.regions[1].balance]).toEqual([0, 0]);
    expect([...p.regions[1].received]).toEqual([70, 70]);
  });
  it('least top-up keeps a separate balance at zero: b needs 15 in year 1 and 20 in year 2', () => {
    const p = poolRegions(two(), { id: 'separate' }, options);
    expect([...p.regions[1].balance]).toEqual([-15, -35]);
    expect([...p.regions[1].topUp]).toEqual([15, 20]);
  });
});

describe('pooling rules on the four-region fixture', () => {
  const projection = projectRegions(loadRegions('test/fixtures/regions/four.regions.yaml'));
  const byRule = (id: string) => projection.rules.find((r) => r.pooling.rule.id === id)!;

  it('separate funds give each region exactly its own projection (twin: the engine)', () => {
    const sep = byRule('separate').pooling;
    projection.results.forEach((res, i) => {
      res.funds[0].rows.forEach((row, t) => expect(Math.abs(sep.regions[i].balance[t] - row.balance)).toBeLessThanOrEqual(1e-12 * Math.abs(row.balance) + 1e-9));
    });
  });

  it('money is only moved: with one interest rate everywhere, Σ balances + fund = Σ separate balances under every rule', () => {
    // every region and the adjustment fund earn 1.5 %; full pooling's default rate is their balance-weighted mean, 1.5 %
    const sep = byRule('separate').province;
    for (const rule of ['full', 'adjustment_fund']) {
      byRule(rule).province.forEach((row, t) => expect(Math.abs(row.balance - sep[t].balance)).toBeLessThanOrEqual(1e-9 * Math.abs(sep[t].balance)));
    }
  });

  it('transfers net to zero across the regions plus the upper fund, every year', () => {
    for (const { pooling } of projection.rules) {
      pooling.years.forEach((_, t) => {
        const regions = pooling.regions.reduce((s, r) => s + r.received[t] - r.paidUp[t], 0);
        const upper = pooling.upper ? pooling.upper.received[t] - pooling.upper.paid[t] : 0;
        const scale = pooling.regions.reduce((s, r) => s + r.paidUp[t] + r.received[t], 0);
        expect(Math.abs(regions + upper)).toBeLessThanOrEqual(1e-12 * Math.max(1, scale));
      });
    }
  });

  it('the roll-up refuses a pooling result that loses money', () => {
    const p = structuredClone(byRule('adjustment_fund').pooling);
    p.regions[2].received[3] += 1; // a subsidy the fund never paid
    expect(() => rollUp(p)).toThrow(/transfers net to zero/);
  });

  it('the province is the sum of the regions: income, expenditure, balance', () => {
    const sep = byRule('separate');
    sep.province.forEach((row, t) => {
      const sum = (f: (r: (typeof projection.results)[number]['funds'][number]['rows'][number]) => number) => projection.results.reduce((s, res) => s + f(res.funds[0].rows[t]), 0);
      expect(row.income).toBeCloseTo(sum((r) => r.income), 6);
      expect(row.expenditure).toBeCloseTo(sum((r) => r.expenditure), 6);
      expect(row.balance).toBeCloseTo(sum((r) => r.balance), 6);
    });
  });

  it('the adjustment fund moves the district’s exhaustion later and the city pays for it', () => {
    const sep = byRule('separate').ranking.find((r) => r.id === 'district')!;
    const af = byRule('adjustment_fund').ranking.find((r) => r.id === 'district')!;
    expect(af.exhaustionYear!).toBeGreaterThan(sep.exhaustionYear!);
    const city = byRule('adjustment_fund').pooling.regions.find((r) => r.id === 'city')!;
    expect(city.paidUp.reduce((s, x) => s + x, 0)).toBeGreaterThan(city.received.reduce((s, x) => s + x, 0));
  });

  it('out-of-region care: each residence’s flows add up to its expenditure; the treatment view adds up to the province', () => {
    for (const y of projection.outOfRegion) {
      const t = y.year - 2025;
      for (const f of projection.flows) expect(Object.values(y.flows[f.id]).reduce((s, x) => s + x, 0)).toBeCloseTo(f.expenditure[t], 6);
      const total = projection.flows.reduce((s, f) => s + f.expenditure[t], 0);
      expect(Object.values(y.byTreatment).reduce((s, x) => s + x, 0) + y.outside).toBeCloseTo(total, 6);
      // the district's 22.2 % at the city's providers (the share in the fixture)
      expect(y.flows.district.city).toBeCloseTo(0.222 * projection.flows[3].expenditure[t], 9);
    }
  });
});
