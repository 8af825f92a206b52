/**
 * Benefit design: how reimbursement rules split claims between the fund and members, and what
 * a change of rules does to the fund's expected spending. All money in yuan (元).
 */

// Benefit schedules (报销政策) and plans
export {
  BENEFIT_TYPES,
  HOSPITAL_LEVELS,
  benefitScheduleSchema,
  coinsuranceSchema,
  coinsuranceTierSchema,
  deductibleSchema,
} from './benefitScheduleSchema';
export type { BenefitSchedule, BenefitScheduleInput, BenefitType, HospitalLevel } from './benefitScheduleSchema';
export { parseBenefitSchedule, ensureBenefitSchedule } from './parseBenefitSchedule';
export { benefitPlanSchema, parseBenefitPlan } from './parseBenefitPlan';
export type { BenefitPlan } from './parseBenefitPlan';
export { findBenefitSchedule } from './findBenefitSchedule';

// One claim
export { claimPayment } from './claimPayment';
export type { Claim, ClaimPayment } from './claimPayment';
export { fundPaymentCurve } from './fundPaymentCurve';
export type { PaymentCurve, PaymentCurveOptions } from './fundPaymentCurve';
export { paymentCurveValue } from './paymentCurveValue';

// Claim-size distributions
export type { ClaimSizeDistribution, LognormalDistribution, EmpiricalDistribution } from './claimSizeDistribution';
export { lognormalFromMeanCv } from './lognormalFromMeanCv';
export { fitLognormal } from './fitLognormal';
export type { LognormalFitMethod } from './fitLognormal';
export { empiricalDistribution } from './empiricalDistribution';
export { claimSizeDistributionSchema, parseClaimSizeDistribution } from './parseClaimSizeDistribution';
export { limitedExpectedValue } from './limitedExpectedValue';
export { lognormalLimitedExpectedValue } from './lognormalLimitedExpectedValue';
export { empiricalLimitedExpectedValue } from './empiricalLimitedExpectedValue';

// Expected payments and the cost of a change
export { expectedClaimPayment } from './expectedClaimPayment';
export type { ExpectedClaimPayment, ExpectedClaimPaymentOptions } from './expectedClaimPayment';
export { compareSchedules } from './compareSchedules';
export type { ScheduleComparison, ScheduleCostOptions } from './compareSchedules';
export { scheduleCostRatio } from './scheduleCostRatio';

// Numerics and errors
export { erfc } from './erfc';
export { standardNormalCdf } from './standardNormalCdf';
export { BenefitsError } from './BenefitsError';
