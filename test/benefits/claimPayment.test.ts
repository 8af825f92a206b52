import { describe, expect, it } from 'vitest';
import { claimPayment, type Claim } from '../../src/benefits/claimPayment';
import { parseBenefitSchedule } from '../../src/benefits/parseBenefitSchedule';
import type { BenefitSchedule, BenefitScheduleInput } from '../../src/benefits/benefitScheduleSchema';
import { seededRandom } from './seededRandom';

// All expected numbers below are hand calculations written next to them. Tolerance 1e-6 yuan
// (closeTo with 6 digits) unless the assertion is an exact identity.

/** Critical-illness rule (大病保险) before and after the change in docs/concepts.md#benefit-rules:
 * deductible 13,500 → 11,350 yuan, reimbursement rate 50% → 60%. */
const criticalIllness = (deductible: number, rate: number) =>
  parseBenefitSchedule({
    benefitType: 'criticalIllness',
    hospitalLevel: 'any',
    deductible: { amount: deductible, per: 'year' },
    coinsurance: { tiers: [{ rate }] },
  });

describe('claimPayment: critical-illness change 13,500/50% → 11,350/60% (docs/concepts.md#benefit-rules)', () => {
  const before = criticalIllness(13500, 0.5);
  const after = criticalIllness(11350, 0.6);

  it('50,000 yuan in scope: fund pays (50,000 − 13,500)·0.5 = 18,250 before, (50,000 − 11,350)·0.6 = 23,190 after', () => {
    const old = claimPayment(before, { totalCost: 50000 });
    expect(old.fundPays).toBeCloseTo(18250, 6);
    expect(old.deductiblePart).toBeCloseTo(13500, 6);
    expect(old.coinsurancePart).toBeCloseTo(36500 * 0.5, 6); // 18,250
    expect(old.outOfPocket).toBeCloseTo(50000 - 18250, 6); // 31,750
    const now = claimPayment(after, { totalCost: 50000 });
    expect(now.fundPays).toBeCloseTo(23190, 6);
    expect(now.outOfPocket).toBeCloseTo(26810, 6); // 11,350 + 38,650·0.4 = 11,350 + 15,460
  });

  it('12,000 yuan falls between the two deductibles: 0 before, (12,000 − 11,350)·0.6 = 390 after', () => {
    expect(claimPayment(before, { totalCost: 12000 }).fundPays).toBe(0);
    expect(claimPayment(after, { totalCost: 12000 }).fundPays).toBeCloseTo(390, 6);
  });
});

describe('claimPayment: tiered schedule with an annual cap', () => {
  // Deductible 11,350 a year; bands on the amount above the deductible:
  // 0–50,000 at 60%, 50,000–100,000 at 70%, above 100,000 at 80%; fund pays at most 300,000 a year.
  const tiered = parseBenefitSchedule({
    benefitType: 'criticalIllness',
    hospitalLevel: 'any',
    deductible: { amount: 11350, per: 'year' },
    coinsurance: { tiers: [{ upTo: 50000, rate: 0.6 }, { upTo: 100000, rate: 0.7 }, { rate: 0.8 }] },
    annualCap: 300000,
  });

  it('200,000 yuan: 50,000·0.6 + 50,000·0.7 + 88,650·0.8 = 135,920', () => {
    const p = claimPayment(tiered, { totalCost: 200000 });
    expect(p.fundPays).toBeCloseTo(30000 + 35000 + 70920, 6);
    expect(p.coinsurancePart).toBeCloseTo(188650 - 135920, 6); // 52,730
    expect(p.aboveCap).toBe(0);
  });

  it('500,000 yuan: tiers give 65,000 + 388,650·0.8 = 375,920, capped at 300,000 (75,920 above cap)', () => {
    const p = claimPayment(tiered, { totalCost: 500000 });
    expect(p.fundPays).toBe(300000);
    expect(p.aboveCap).toBeCloseTo(75920, 6);
    expect(p.coinsurancePart).toBeCloseTo(488650 - 375920, 6); // 112,730
    expect(p.deductiblePart).toBe(11350);
    expect(p.outOfPocket).toBe(200000); // 11,350 + 112,730 + 75,920
  });

  it('second claim of the year continues up the bands: 60,000 after 30,000 earlier → 38,865', () => {
    // Earlier: 30,000 in scope, deductible 11,350 used, fund paid 18,650·0.6 = 11,190.
    // Now: no deductible left; eligible band axis [18,650, 78,650]:
    // (50,000 − 18,650)·0.6 + (78,650 − 50,000)·0.7 = 18,810 + 20,055 = 38,865.
    const p = claimPayment(tiered, {
      totalCost: 60000,
      inScopeCostYearToDate: 30000,
      deductibleUsedYearToDate: 11350,
      fundPaidYearToDate: 11190,
    });
    expect(p.deductiblePart).toBe(0);
    expect(p.fundPays).toBeCloseTo(38865, 6);
    // Identity: one 90,000 claim pays 30,000 + 28,650·0.7 = 50,055 = 11,190 + 38,865.
    expect(claimPayment(tiered, { totalCost: 90000 }).fundPays).toBeCloseTo(11190 + 38865, 6);
  });

  it('the cap counts earlier payments: 290,000 paid already leaves 10,000', () => {
    const p = claimPayment(tiered, {
      totalCost: 20000,
      inScopeCostYearToDate: 400000,
      deductibleUsedYearToDate: 11350,
      fundPaidYearToDate: 290000,
    });
    expect(p.fundPays).toBe(10000); // tiers would pay 20,000·0.8 = 16,000
    expect(p.aboveCap).toBeCloseTo(6000, 6);
  });
});

describe('claimPayment: inpatient rule with bands on in-scope cost and an out-of-scope share', () => {
  // Tertiary inpatient: 1,200 yuan per admission; bands on in-scope cost (deductible included):
  // up to 50,000 at 85%, above at 90%; 80% of the bill in scope; bands restart every admission.
  const inpatient = parseBenefitSchedule({
    benefitType: 'inpatient',
    hospitalLevel: 'tertiary',
    inScopeShare: 0.8,
    deductible: { amount: 1200, per: 'admission' },
    coinsurance: { bandsOn: 'inScopeCost', accumulate: 'perClaim', tiers: [{ upTo: 50000, rate: 0.85 }, { rate: 0.9 }] },
  });

  it('100,000 yuan bill: 80,000 in scope, (50,000 − 1,200)·0.85 + 30,000·0.9 = 68,480', () => {
    const p = claimPayment(inpatient, { totalCost: 100000 });
    expect(p.outOfScope).toBeCloseTo(20000, 6);
    expect(p.deductiblePart).toBe(1200);
    expect(p.fundPays).toBeCloseTo(41480 + 27000, 6);
    expect(p.coinsurancePart).toBeCloseTo(78800 - 68480, 6); // 10,320
    expect(p.outOfPocket).toBeCloseTo(20000 + 1200 + 10320, 6); // 31,520
  });

  it('the deductible applies again on a second admission, whatever was used before', () => {
    const p = claimPayment(inpatient, { totalCost: 10000, deductibleUsedYearToDate: 1200 });
    expect(p.deductiblePart).toBe(1200);
    expect(p.fundPays).toBeCloseTo((8000 - 1200) * 0.85, 6); // 5,780
  });

  it('an explicit inScopeCost overrides the share: 9,000 of 10,000 → (9,000 − 1,200)·0.85 = 6,630', () => {
    const p = claimPayment(inpatient, { totalCost: 10000, inScopeCost: 9000 });
    expect(p.outOfScope).toBeCloseTo(1000, 6);
    expect(p.fundPays).toBeCloseTo(6630, 6);
  });
});

describe('claimPayment: bands on in-scope cost accumulated over the year', () => {
  // Deductible 1,000 a year; bands on cumulative in-scope cost: up to 20,000 at 70%, above at 80%.
  const yearly = parseBenefitSchedule({
    benefitType: 'inpatient',
    hospitalLevel: 'secondary',
    deductible: { amount: 1000, per: 'year' },
    coinsurance: { bandsOn: 'inScopeCost', accumulate: 'perYear', tiers: [{ upTo: 20000, rate: 0.7 }, { rate: 0.8 }] },
  });

  it('after 15,000 earlier, a 10,000 claim spans [15,000, 25,000]: 5,000·0.7 + 5,000·0.8 = 7,500', () => {
    const p = claimPayment(yearly, { totalCost: 10000, inScopeCostYearToDate: 15000, deductibleUsedYearToDate: 1000 });
    expect(p.deductiblePart).toBe(0);
    expect(p.fundPays).toBeCloseTo(7500, 6);
    // Identity: the earlier claim paid (15,000 − 1,000)·0.7 = 9,800, and one 25,000 claim pays
    // 19,000·0.7 + 5,000·0.8 = 17,300 = 9,800 + 7,500.
    expect(claimPayment(yearly, { totalCost: 15000 }).fundPays).toBeCloseTo(9800, 6);
    expect(claimPayment(yearly, { totalCost: 25000 }).fundPays).toBeCloseTo(17300, 6);
  });
});

describe('claimPayment: "两病" hypertension/diabetes outpatient drugs (docs/concepts.md#benefit-rules)', () => {
  // Primary clinics: no deductible, 60%; secondary: 100-yuan deductible (per year), 50%.
  // Annual drug cap 1,600 yuan for one disease, 2,000 for both.
  const twoDiseases = (level: 'primary' | 'secondary', deductible: number, rate: number, cap: number) =>
    parseBenefitSchedule({
      benefitType: 'chronicOutpatient',
      hospitalLevel: level,
      deductible: { amount: deductible, per: 'year' },
      coinsurance: { tiers: [{ rate }] },
      annualCap: cap,
    });

  it('300 yuan of drugs: primary pays 300·0.6 = 180; secondary pays (300 − 100)·0.5 = 100', () => {
    expect(claimPayment(twoDiseases('primary', 0, 0.6, 1600), { totalCost: 300 }).fundPays).toBeCloseTo(180, 6);
    expect(claimPayment(twoDiseases('secondary', 100, 0.5, 1600), { totalCost: 300 }).fundPays).toBeCloseTo(100, 6);
  });

  it('deductible partly used earlier (60 of 100): 200 yuan → deductible 40, fund (200 − 40)·0.5 = 80', () => {
    const p = claimPayment(twoDiseases('secondary', 100, 0.5, 1600), {
      totalCost: 200,
      inScopeCostYearToDate: 60,
      deductibleUsedYearToDate: 60,
    });
    expect(p.deductiblePart).toBeCloseTo(40, 6);
    expect(p.fundPays).toBeCloseTo(80, 6);
  });

  it('cap 1,600 with 1,550 paid: 300 yuan pays 50 (130 above cap); cap 2,000 pays the full 180', () => {
    const one = claimPayment(twoDiseases('primary', 0, 0.6, 1600), { totalCost: 300, fundPaidYearToDate: 1550 });
    expect(one.fundPays).toBeCloseTo(50, 6);
    expect(one.aboveCap).toBeCloseTo(130, 6);
    const both = claimPayment(twoDiseases('primary', 0, 0.6, 2000), { totalCost: 300, fundPaidYearToDate: 1550 });
    expect(both.fundPays).toBeCloseTo(180, 6);
  });
});

describe('claimPayment: pooled outpatient cap 200 → 230 → 250 yuan, 50%, at most 50 yuan a day', () => {
  const pooled = (cap: number) =>
    parseBenefitSchedule({
      benefitType: 'pooledOutpatient',
      hospitalLevel: 'primary',
      deductible: { amount: 0, per: 'year' },
      coinsurance: { tiers: [{ rate: 0.5 }] },
      annualCap: cap,
      dailyCap: 50,
    });

  it('a 150-yuan one-day visit after 180 paid: 150·0.5 = 75, daily cap 50, annual room 20 / 50 / 70', () => {
    const visit: Claim = { totalCost: 150, days: 1, fundPaidYearToDate: 180 };
    expect(claimPayment(pooled(200), visit).fundPays).toBeCloseTo(20, 6); // 200 − 180
    expect(claimPayment(pooled(230), visit).fundPays).toBeCloseTo(50, 6); // min(75, 50, 50)
    expect(claimPayment(pooled(250), visit).fundPays).toBeCloseTo(50, 6); // min(75, 50, 70)
    expect(claimPayment(pooled(250), visit).aboveCap).toBeCloseTo(25, 6);
  });

  it('a two-day episode of 150 yuan is limited by 2·50 = 100 > 75, so the fund pays 75', () => {
    expect(claimPayment(pooled(250), { totalCost: 150, days: 2 }).fundPays).toBeCloseTo(75, 6);
  });

  it('a cap already exhausted pays nothing', () => {
    const p = claimPayment(pooled(200), { totalCost: 80, days: 1, fundPaidYearToDate: 200 });
    expect(p.fundPays).toBe(0);
    expect(p.outOfPocket).toBe(80);
  });

  it('throws without days when the schedule has a daily cap', () => {
    expect(() => claimPayment(pooled(250), { totalCost: 100 })).toThrow(/days is required/);
  });
});

describe('claimPayment: identities on random schedules and claims (seeded)', () => {
  const random = seededRandom(20240913);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const randomSchedule = (): BenefitSchedule => {
    const bounds = [5000 + random() * 20000, 40000 + random() * 40000];
    const input: BenefitScheduleInput = {
      benefitType: 'inpatient',
      hospitalLevel: 'secondary',
      inScopeShare: 0.5 + 0.5 * random(),
      deductible: { amount: Math.round(random() * 3000), per: pick(['year', 'admission'] as const) },
      coinsurance: {
        bandsOn: pick(['amountAboveDeductible', 'inScopeCost'] as const),
        accumulate: pick(['perYear', 'perClaim'] as const),
        tiers: [{ upTo: bounds[0], rate: random() }, { upTo: bounds[1], rate: random() }, { rate: random() }],
      },
      annualCap: random() < 0.5 ? undefined : 10000 + random() * 100000,
    };
    return parseBenefitSchedule(input);
  };

  it('fundPays + outOfPocket === totalCost exactly; parts add up to outOfPocket (1e-9 relative); 0 ≤ fund ≤ in-scope', () => {
    for (let i = 0; i < 2000; i++) {
      const schedule = randomSchedule();
      const totalCost = Math.exp(4 + 8 * random()) * random();
      const p = claimPayment(schedule, { totalCost });
      expect(p.fundPays + p.outOfPocket).toBe(totalCost);
      const parts = p.outOfScope + p.deductiblePart + p.coinsurancePart + p.aboveCap;
      expect(Math.abs(parts - p.outOfPocket)).toBeLessThanOrEqual(1e-9 * Math.max(1, totalCost));
      expect(p.fundPays).toBeGreaterThanOrEqual(0);
      expect(p.fundPays).toBeLessThanOrEqual(schedule.inScopeShare * totalCost * (1 + 1e-15));
      for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('fund payment is non-decreasing in the claim cost', () => {
    for (let i = 0; i < 200; i++) {
      const schedule = randomSchedule();
      let previous = 0;
      for (let cost = 0; cost <= 200000; cost += 997) {
        const paid = claimPayment(schedule, { totalCost: cost }).fundPays;
        expect(paid).toBeGreaterThanOrEqual(previous - 1e-9);
        previous = paid;
      }
    }
  });

  it('per-year rules: splitting a year into claims with running totals pays the same as one claim (1e-6 yuan)', () => {
    for (let i = 0; i < 300; i++) {
      const base = randomSchedule();
      const schedule = parseBenefitSchedule({
        ...base,
        deductible: { ...base.deductible, per: 'year' },
        coinsurance: { ...base.coinsurance, accumulate: 'perYear', tiers: base.coinsurance.tiers.map((t) => ({ ...t })) },
      });
      const costs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => random() * 40000);
      let scope = 0;
      let deductible = 0;
      let fund = 0;
      for (const cost of costs) {
        const p = claimPayment(schedule, {
          totalCost: cost,
          inScopeCostYearToDate: scope,
          deductibleUsedYearToDate: deductible,
          fundPaidYearToDate: fund,
        });
        scope += cost - p.outOfScope;
        deductible += p.deductiblePart;
        fund += p.fundPays;
      }
      const whole = claimPayment(schedule, { totalCost: costs.reduce((a, b) => a + b, 0) });
      expect(fund).toBeCloseTo(whole.fundPays, 6);
    }
  });
});

describe('claimPayment: bad input', () => {
  const simple = criticalIllness(1000, 0.5);
  it.each([
    [{ totalCost: -1 }, /totalCost must be a finite number ≥ 0/],
    [{ totalCost: Number.NaN }, /totalCost/],
    [{ totalCost: Infinity }, /totalCost/],
    [{} as Claim, /totalCost must be a finite number ≥ 0, got undefined/],
    [null as unknown as Claim, /claim must be an object/],
    [{ totalCost: 100, inScopeCost: 120 }, /exceeds totalCost/],
    [{ totalCost: 100, fundPaidYearToDate: -5 }, /fundPaidYearToDate/],
    [{ totalCost: 100, deductibleUsedYearToDate: 500 }, /cannot exceed in-scope cost/],
  ] as [Claim, RegExp][])('rejects %o', (claim, message) => {
    expect(() => claimPayment(simple, claim)).toThrow(message);
  });

  it('validates a schedule that did not come from parseBenefitSchedule', () => {
    const handWritten = { ...simple, coinsurance: { ...simple.coinsurance, tiers: [{ rate: 1.5 }] } } as BenefitSchedule;
    expect(() => claimPayment(handWritten, { totalCost: 100 })).toThrow(/reimbursement rate must be between 0 and 1/);
  });

  it('error messages carry both English and Chinese', () => {
    expect(() => claimPayment(simple, { totalCost: -1 })).toThrow(/总费用/);
  });
});
