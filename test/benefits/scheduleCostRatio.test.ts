import { describe, expect, it } from 'vitest';
import { scheduleCostRatio } from '../../src/benefits/scheduleCostRatio';
import { compareSchedules } from '../../src/benefits/compareSchedules';
import { claimPayment } from '../../src/benefits/claimPayment';
import { parseBenefitSchedule } from '../../src/benefits/parseBenefitSchedule';
import { lognormalFromMeanCv } from '../../src/benefits/lognormalFromMeanCv';
import { lognormalLimitedExpectedValue } from '../../src/benefits/lognormalLimitedExpectedValue';
import { empiricalDistribution } from '../../src/benefits/empiricalDistribution';
import { seededNormal } from './seededRandom';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const flat = (deductible: number, rate: number, extra: Record<string, unknown> = {}) =>
  parseBenefitSchedule({
    benefitType: 'criticalIllness',
    hospitalLevel: 'any',
    deductible: { amount: deductible, per: 'year' },
    coinsurance: { tiers: [{ rate }] },
    ...extra,
  });
const dist = lognormalFromMeanCv(30000, 1.2);

describe('scheduleCostRatio', () => {
  it('50% → 60% with no deductible or cap: 0.6/0.5 = 1.2 on any distribution', () => {
    expect(scheduleCostRatio(flat(0, 0.5), flat(0, 0.6), dist)).toBeCloseTo(1.2, 12);
    expect(scheduleCostRatio(flat(0, 0.5), flat(0, 0.6), lognormalFromMeanCv(200, 3))).toBeCloseTo(1.2, 12);
  });

  it('same change with ε = −0.2: member share 0.5 → 0.4, ratio 1.2·(0.4/0.5)^(−0.2) = 1.2547675 (1e-7 relative)', () => {
    // ln 0.8 = −0.22314355; × (−0.2) = 0.04462871; exp(0.04462871) = 1 + 0.04462871 + 0.00099586
    // + 0.00001481 + 0.00000017 = 1.04563955; × 1.2 = 1.25476746.
    expect(rel(scheduleCostRatio(flat(0, 0.5), flat(0, 0.6), dist, { elasticity: -0.2 }), 1.25476746)).toBeLessThan(1e-7);
    const c = compareSchedules(flat(0, 0.5), flat(0, 0.6), dist, { elasticity: -0.2 });
    expect(c.oldMemberShare).toBeCloseTo(0.5, 12);
    expect(c.newMemberShare).toBeCloseTo(0.4, 12);
    expect(rel(c.utilizationFactor, 1.04563955)).toBeLessThan(1e-7);
  });

  it('critical illness 13,500/50% → 11,350/60% (docs/concepts.md#benefit-rules): 0.6·(E[X] − L(11,350)) / 0.5·(E[X] − L(13,500))', () => {
    const expected =
      (0.6 * (30000 - lognormalLimitedExpectedValue(dist, 11350))) / (0.5 * (30000 - lognormalLimitedExpectedValue(dist, 13500)));
    const ratio = scheduleCostRatio(flat(13500, 0.5), flat(11350, 0.6), dist);
    expect(rel(ratio, expected)).toBeLessThan(1e-12);
    // Lowering the deductible is worth more than the rate change alone (1.2) but far from linear.
    expect(ratio).toBeGreaterThan(1.2);
  });

  it('on an empirical distribution equals Σ new fund payments / Σ old ones over the claims (identity, 1e-12)', () => {
    const normal = seededNormal(11);
    const amounts = Array.from({ length: 3000 }, () => Math.exp(dist.mu + dist.sigma * normal()));
    const oldRule = flat(13500, 0.5, { annualCap: 200000 });
    const newRule = flat(11350, 0.6, { annualCap: 250000 });
    let oldSum = 0;
    let newSum = 0;
    for (const x of amounts) {
      oldSum += claimPayment(oldRule, { totalCost: x }).fundPays;
      newSum += claimPayment(newRule, { totalCost: x }).fundPays;
    }
    expect(rel(scheduleCostRatio(oldRule, newRule, empiricalDistribution(amounts)), newSum / oldSum)).toBeLessThan(1e-12);
  });

  it('is 1 for an unchanged schedule whatever the elasticity, and the response raises the cost of a more generous rule', () => {
    expect(scheduleCostRatio(flat(1000, 0.6), flat(1000, 0.6), dist, { elasticity: -0.5 })).toBeCloseTo(1, 14);
    const still = scheduleCostRatio(flat(13500, 0.5), flat(11350, 0.6), dist);
    const moving = scheduleCostRatio(flat(13500, 0.5), flat(11350, 0.6), dist, { elasticity: -0.2 });
    expect(moving).toBeGreaterThan(still);
  });

  it('pooled outpatient cap 200 → 250 yuan with a 50-yuan daily cap and one-day visits changes nothing per visit', () => {
    // Per visit the binding cap is min(annual cap, 50·1) = 50 in both cases, so the ratio is exactly 1.
    const pooled = (cap: number) => flat(0, 0.5, { benefitType: 'pooledOutpatient', hospitalLevel: 'primary', annualCap: cap, dailyCap: 50 });
    expect(scheduleCostRatio(pooled(200), pooled(250), lognormalFromMeanCv(150, 1), { days: 1 })).toBeCloseTo(1, 14);
  });

  it.each([
    [{ elasticity: 0.2 }, /≤ 0/],
    [{ elasticity: Number.NaN }, /≤ 0/],
    [{ elasticity: -Infinity }, /≤ 0/],
  ])('rejects options %o', (options, message) => {
    expect(() => scheduleCostRatio(flat(0, 0.5), flat(0, 0.6), dist, options)).toThrow(message);
  });

  it('rejects an old schedule that pays nothing, and free care with a behavioural response', () => {
    expect(() => scheduleCostRatio(flat(0, 0), flat(0, 0.6), dist)).toThrow(/pays nothing/);
    expect(() => scheduleCostRatio(flat(0, 0.5), flat(0, 1), dist, { elasticity: -0.2 })).toThrow(/member share of 0/);
    expect(scheduleCostRatio(flat(0, 0.5), flat(0, 1), dist)).toBeCloseTo(2, 12); // without response it is defined
  });
});
