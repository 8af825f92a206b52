import { describe, expect, it } from 'vitest';
import { parseBenefitPlan } from '../../src/benefits/parseBenefitPlan';
import { findBenefitSchedule } from '../../src/benefits/findBenefitSchedule';
import { BenefitsError } from '../../src/benefits/BenefitsError';

// Pooled outpatient annual cap raised 200 → 230 → 250 yuan (docs/concepts.md#benefit-rules); the effective years
// here are illustrative, not taken from a document.
const pooled = (effectiveYear: number, annualCap: number) => ({
  benefitType: 'pooledOutpatient',
  hospitalLevel: 'primary',
  effectiveYear,
  deductible: { amount: 0, per: 'year' },
  coinsurance: { tiers: [{ rate: 0.5 }] },
  annualCap,
  dailyCap: 50,
});
const critical = {
  benefitType: 'criticalIllness',
  hospitalLevel: 'any',
  deductible: { amount: 11350, per: 'year' },
  coinsurance: { tiers: [{ rate: 0.6 }] },
};
const plan = parseBenefitPlan({ name: 'illustrative city', schedules: [pooled(2021, 230), pooled(2019, 200), pooled(2023, 250), critical] });

describe('findBenefitSchedule', () => {
  it.each([
    [2019, 200],
    [2020, 200],
    [2022, 230],
    [2023, 250],
    [2035, 250],
  ])('in %d the pooled outpatient cap is %d yuan', (year, cap) => {
    expect(findBenefitSchedule(plan, 'pooledOutpatient', 'primary', year).annualCap).toBe(cap);
  });

  it('without a year returns the latest rule', () => {
    expect(findBenefitSchedule(plan, 'pooledOutpatient', 'primary').annualCap).toBe(250);
  });

  it('falls back to the level-independent rule', () => {
    expect(findBenefitSchedule(plan, 'criticalIllness', 'tertiary', 2024).deductible.amount).toBe(11350);
  });

  it('throws when nothing is in force', () => {
    expect(() => findBenefitSchedule(plan, 'pooledOutpatient', 'primary', 2018)).toThrow(/in force in 2018/);
    expect(() => findBenefitSchedule(plan, 'inpatient', 'primary', 2024)).toThrow(BenefitsError);
  });
});

describe('parseBenefitPlan', () => {
  it('freezes the plan and its schedules', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.schedules)).toBe(true);
    expect(Object.isFrozen(plan.schedules[0].coinsurance)).toBe(true);
  });

  it('rejects duplicates, unknown keys and bad schedules with their paths', () => {
    const run = (input: unknown): string => {
      try {
        parseBenefitPlan(input);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(run({ schedules: [pooled(2021, 230), pooled(2021, 260)] })).toMatch(/schedules\.1: duplicate of schedules\.0/);
    expect(run({ schedules: [critical], region: 'x' })).toMatch(/Unrecognized key/);
    expect(run({ schedules: [{ ...critical, coinsurance: { tiers: [{ rate: 2 }] } }] })).toMatch(/schedules\.0\.coinsurance\.tiers\.0\.rate/);
    expect(run({ schedules: [] })).toMatch(/at least one schedule/);
  });
});
