import { describe, expect, it } from 'vitest';
import { expectedClaimPayment } from '../../src/benefits/expectedClaimPayment';
import { claimPayment, type ClaimPayment } from '../../src/benefits/claimPayment';
import { parseBenefitSchedule } from '../../src/benefits/parseBenefitSchedule';
import { lognormalFromMeanCv } from '../../src/benefits/lognormalFromMeanCv';
import { lognormalLimitedExpectedValue } from '../../src/benefits/lognormalLimitedExpectedValue';
import { empiricalDistribution } from '../../src/benefits/empiricalDistribution';
import type { LognormalDistribution } from '../../src/benefits/claimSizeDistribution';
import { seededNormal } from './seededRandom';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const FIELDS = ['fundPays', 'outOfPocket', 'outOfScope', 'deductiblePart', 'coinsurancePart', 'aboveCap'] as const;

const tiered = parseBenefitSchedule({
  benefitType: 'inpatient',
  hospitalLevel: 'tertiary',
  inScopeShare: 0.85,
  deductible: { amount: 1200, per: 'admission' },
  coinsurance: { tiers: [{ upTo: 30000, rate: 0.8 }, { upTo: 100000, rate: 0.88 }, { rate: 0.92 }] },
  annualCap: 150000,
});
const inpatientCosts = lognormalFromMeanCv(15000, 1.4);

/**
 * E[field of claimPayment(schedule, X)] by composite Simpson's rule in z, X = exp(μ + σz),
 * z ∈ [−10, 10], 200,000 intervals: an independent route through claimPayment itself.
 */
function integrate(schedule: Parameters<typeof claimPayment>[0], d: LognormalDistribution, days?: number): ClaimPayment {
  const n = 200000;
  const h = 20 / n;
  const sums = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  for (let i = 0; i <= n; i++) {
    const z = -10 + i * h;
    const weight = (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    const p = claimPayment(schedule, { totalCost: Math.exp(d.mu + d.sigma * z), days });
    for (const f of FIELDS) sums[f] += weight * p[f];
  }
  for (const f of FIELDS) sums[f] *= h / 3;
  return sums;
}

describe('expectedClaimPayment', () => {
  it('μ = 0, σ = 1, deductible 1, 50%: 0.5·(e^0.5 − E[min(X, 1)]) = 0.5·(1.6487212707 − 0.7615782919) = 0.4435714894 (mpmath) to 1e-12', () => {
    const schedule = parseBenefitSchedule({
      benefitType: 'criticalIllness',
      hospitalLevel: 'any',
      deductible: { amount: 1, per: 'year' },
      coinsurance: { tiers: [{ rate: 0.5 }] },
    });
    const e = expectedClaimPayment(schedule, { kind: 'lognormal', mu: 0, sigma: 1 });
    expect(rel(e.fundPays, 0.5 * (Math.exp(0.5) - 0.7615782918651233716818438))).toBeLessThan(1e-12);
    expect(rel(e.deductiblePart, 0.7615782918651233716818438)).toBeLessThan(1e-12);
    expect(rel(e.totalCost, Math.exp(0.5))).toBeLessThan(1e-14);
  });

  it('critical-illness change 13,500/50% → 11,350/60%: r·(E[X] − E[min(X, D)]) with E[X] = 30,000, CV 1.2', () => {
    const dist = lognormalFromMeanCv(30000, 1.2);
    const rule = (amount: number, rate: number) =>
      parseBenefitSchedule({
        benefitType: 'criticalIllness',
        hospitalLevel: 'any',
        deductible: { amount, per: 'year' },
        coinsurance: { tiers: [{ rate }] },
      });
    const before = expectedClaimPayment(rule(13500, 0.5), dist).fundPays;
    const after = expectedClaimPayment(rule(11350, 0.6), dist).fundPays;
    expect(rel(before, 0.5 * (30000 - lognormalLimitedExpectedValue(dist, 13500)))).toBeLessThan(1e-12);
    expect(rel(after, 0.6 * (30000 - lognormalLimitedExpectedValue(dist, 11350)))).toBeLessThan(1e-12);
  });

  it('pooled outpatient, 50%, 50 yuan/day, one-day visits: E[min(0.5X, 50)] = 0.5·E[min(X, 100)]', () => {
    const schedule = parseBenefitSchedule({
      benefitType: 'pooledOutpatient',
      hospitalLevel: 'primary',
      deductible: { amount: 0, per: 'year' },
      coinsurance: { tiers: [{ rate: 0.5 }] },
      annualCap: 250,
      dailyCap: 50,
    });
    const visits = lognormalFromMeanCv(120, 0.9);
    const e = expectedClaimPayment(schedule, visits, { days: 1 });
    expect(rel(e.fundPays, 0.5 * lognormalLimitedExpectedValue(visits, 100))).toBeLessThan(1e-12);
    expect(() => expectedClaimPayment(schedule, visits)).toThrow(/days/);
  });

  it('matches numerical integration of claimPayment for every field (Simpson, 1e-7 relative of E[X])', () => {
    const exact = expectedClaimPayment(tiered, inpatientCosts);
    const numeric = integrate(tiered, inpatientCosts);
    for (const f of FIELDS) expect(Math.abs(exact[f] - numeric[f]) / 15000).toBeLessThan(1e-7);
    expect(exact.aboveCap).toBeGreaterThan(0); // the cap matters in this case, so the test covers it
  });

  it('matches numerical integration with bands on in-scope cost and a daily cap (1e-7 relative of E[X])', () => {
    const schedule = parseBenefitSchedule({
      benefitType: 'chronicOutpatient',
      hospitalLevel: 'secondary',
      inScopeShare: 0.9,
      deductible: { amount: 100, per: 'year' },
      coinsurance: { bandsOn: 'inScopeCost', tiers: [{ upTo: 500, rate: 0.5 }, { rate: 0.6 }] },
      annualCap: 1600,
      dailyCap: 120,
    });
    const dist = lognormalFromMeanCv(600, 1.1);
    const exact = expectedClaimPayment(schedule, dist, { days: 3 });
    const numeric = integrate(schedule, dist, 3);
    for (const f of FIELDS) expect(Math.abs(exact[f] - numeric[f]) / 600).toBeLessThan(1e-7);
  });

  it('matches a seeded Monte Carlo of claimPayment within 4 standard errors (n = 300,000)', () => {
    const normal = seededNormal(2024);
    const n = 300000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const fund = claimPayment(tiered, { totalCost: Math.exp(inpatientCosts.mu + inpatientCosts.sigma * normal()) }).fundPays;
      sum += fund;
      squares += fund * fund;
    }
    const mean = sum / n;
    const standardError = Math.sqrt((squares / n - mean * mean) / n);
    expect(Math.abs(expectedClaimPayment(tiered, inpatientCosts).fundPays - mean)).toBeLessThan(4 * standardError);
  });

  it('with an empirical distribution equals the average of claimPayment over the claims (identity, 1e-10)', () => {
    const normal = seededNormal(5);
    const amounts = Array.from({ length: 2000 }, () => Math.exp(inpatientCosts.mu + inpatientCosts.sigma * normal()));
    const exact = expectedClaimPayment(tiered, empiricalDistribution(amounts));
    for (const f of FIELDS) {
      let sum = 0;
      for (const x of amounts) sum += claimPayment(tiered, { totalCost: x })[f];
      expect(Math.abs(exact[f] - sum / amounts.length) / 15000).toBeLessThan(1e-10);
    }
  });

  it('adds up: fundPays + outOfPocket = E[X]; member parts add to outOfPocket (1e-12 relative)', () => {
    const e = expectedClaimPayment(tiered, inpatientCosts);
    expect(rel(e.fundPays + e.outOfPocket, e.totalCost)).toBeLessThan(1e-12);
    expect(rel(e.outOfScope + e.deductiblePart + e.coinsurancePart + e.aboveCap, e.outOfPocket)).toBeLessThan(1e-12);
  });
});
