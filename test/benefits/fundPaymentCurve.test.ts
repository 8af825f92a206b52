import { describe, expect, it } from 'vitest';
import { fundPaymentCurve } from '../../src/benefits/fundPaymentCurve';
import { paymentCurveValue } from '../../src/benefits/paymentCurveValue';
import { claimPayment } from '../../src/benefits/claimPayment';
import { parseBenefitSchedule } from '../../src/benefits/parseBenefitSchedule';
import { seededRandom } from './seededRandom';

describe('fundPaymentCurve', () => {
  it('tiered critical illness (deductible 11,350; 60/70/80% bands of 50,000; cap 300,000): hand breakpoints', () => {
    const curve = fundPaymentCurve(
      parseBenefitSchedule({
        benefitType: 'criticalIllness',
        hospitalLevel: 'any',
        deductible: { amount: 11350, per: 'year' },
        coinsurance: { tiers: [{ upTo: 50000, rate: 0.6 }, { upTo: 100000, rate: 0.7 }, { rate: 0.8 }] },
        annualCap: 300000,
      }),
    );
    // 11,350 + 50,000 = 61,350; + 50,000 = 111,350; the tiers have paid 30,000 + 35,000 = 65,000
    // there, so the cap binds at 111,350 + (300,000 − 65,000)/0.8 = 405,100.
    expect(Array.from(curve.breakpoints)).toEqual([0, 11350, 61350, 111350, 405100]);
    expect(Array.from(curve.slopes)).toEqual([0, 0.6, 0.7, 0.8, 0]);
  });

  it('bands on in-scope cost with 80% in scope: starts at 1,200/0.8 = 1,500, second band at 50,000/0.8 = 62,500', () => {
    const curve = fundPaymentCurve(
      parseBenefitSchedule({
        benefitType: 'inpatient',
        hospitalLevel: 'tertiary',
        inScopeShare: 0.8,
        deductible: { amount: 1200, per: 'admission' },
        coinsurance: { bandsOn: 'inScopeCost', accumulate: 'perClaim', tiers: [{ upTo: 50000, rate: 0.85 }, { rate: 0.9 }] },
      }),
    );
    expect(Array.from(curve.breakpoints)).toEqual([0, 1500, 62500]);
    expect(curve.slopes[1]).toBeCloseTo(0.8 * 0.85, 15); // 0.68 per yuan of bill
    expect(curve.slopes[2]).toBeCloseTo(0.8 * 0.9, 15); // 0.72
    // Hand check at 100,000 (claimPayment test): 0.68·61,000 + 0.72·37,500 = 41,480 + 27,000.
    expect(paymentCurveValue(curve, 100000)).toBeCloseTo(68480, 6);
  });

  it('pooled outpatient, no deductible, 50%, 50 yuan a day for 2 days: flat from 2·50/0.5 = 200 yuan', () => {
    const schedule = parseBenefitSchedule({
      benefitType: 'pooledOutpatient',
      hospitalLevel: 'primary',
      deductible: { amount: 0, per: 'year' },
      coinsurance: { tiers: [{ rate: 0.5 }] },
      annualCap: 250,
      dailyCap: 50,
    });
    const curve = fundPaymentCurve(schedule, { days: 2 });
    expect(Array.from(curve.breakpoints)).toEqual([0, 200]);
    expect(Array.from(curve.slopes)).toEqual([0.5, 0]);
    expect(Array.from(fundPaymentCurve(schedule, { applyCaps: false }).slopes)).toEqual([0.5]);
    expect(() => fundPaymentCurve(schedule)).toThrow(/days/);
  });

  it('agrees with claimPayment on random schedules and costs (two implementations, 1e-9 relative)', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 300; i++) {
      const b1 = 2000 + random() * 30000;
      const schedule = parseBenefitSchedule({
        benefitType: 'inpatient',
        hospitalLevel: 'secondary',
        inScopeShare: 0.4 + 0.6 * random(),
        deductible: { amount: random() < 0.2 ? 0 : random() * 5000, per: random() < 0.5 ? 'year' : 'admission' },
        coinsurance: {
          bandsOn: random() < 0.5 ? 'inScopeCost' : 'amountAboveDeductible',
          accumulate: random() < 0.5 ? 'perYear' : 'perClaim',
          tiers: [{ upTo: b1, rate: random() }, { upTo: b1 + random() * 80000, rate: random() }, { rate: random() }],
        },
        annualCap: random() < 0.4 ? undefined : 500 + random() * 150000,
        dailyCap: random() < 0.7 ? undefined : 20 + random() * 500,
      });
      const days = 1 + Math.floor(random() * 10);
      const curve = fundPaymentCurve(schedule, { days });
      for (let k = 0; k < 40; k++) {
        const x = Math.exp(12 * random());
        const expected = claimPayment(schedule, { totalCost: x, days }).fundPays;
        expect(Math.abs(paymentCurveValue(curve, x) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }
    }
  });

  it('paymentCurveValue rejects a negative or non-finite cost', () => {
    const curve = { breakpoints: Float64Array.of(0), slopes: Float64Array.of(1) };
    expect(paymentCurveValue(curve, 7)).toBe(7);
    expect(() => paymentCurveValue(curve, -1)).toThrow(/≥ 0/);
    expect(() => paymentCurveValue(curve, Infinity)).toThrow(/finite/);
  });
});
