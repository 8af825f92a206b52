import { describe, expect, it } from 'vitest';
import * as benefits from '../../src/benefits/index';

describe('benefits barrel', () => {
  it('exports every public function and schema', () => {
    const expected = [
      'BENEFIT_TYPES', 'HOSPITAL_LEVELS', 'benefitScheduleSchema', 'coinsuranceSchema', 'coinsuranceTierSchema',
      'deductibleSchema', 'parseBenefitSchedule', 'ensureBenefitSchedule', 'benefitPlanSchema', 'parseBenefitPlan',
      'findBenefitSchedule', 'claimPayment', 'fundPaymentCurve', 'paymentCurveValue', 'lognormalFromMeanCv',
      'fitLognormal', 'empiricalDistribution', 'claimSizeDistributionSchema', 'parseClaimSizeDistribution',
      'limitedExpectedValue', 'lognormalLimitedExpectedValue', 'empiricalLimitedExpectedValue', 'expectedClaimPayment',
      'compareSchedules', 'scheduleCostRatio', 'erfc', 'standardNormalCdf', 'BenefitsError',
    ];
    expect(Object.keys(benefits).sort()).toEqual([...expected].sort());
  });

  it('works end to end from the barrel: YAML-like input → cost multiplier (ratio 1.2 for 50% → 60%, no deductible)', () => {
    const rule = (rate: number) =>
      benefits.parseBenefitSchedule({ benefitType: 'inpatient', hospitalLevel: 'secondary', deductible: { amount: 0, per: 'admission' }, coinsurance: { tiers: [{ rate }] } });
    const costs = benefits.parseClaimSizeDistribution({ kind: 'lognormal', mean: 9000, cv: 1.3 });
    expect(benefits.scheduleCostRatio(rule(0.5), rule(0.6), costs)).toBeCloseTo(1.2, 12);
  });
});
