import type { BenefitSchedule } from './benefitScheduleSchema';
import type { ClaimSizeDistribution } from './claimSizeDistribution';
import { expectedClaimPayment, type ExpectedClaimPayment } from './expectedClaimPayment';
import { BenefitsError } from './BenefitsError';

/** Options for compareSchedules and scheduleCostRatio. */
export interface ScheduleCostOptions {
  /**
   * Elasticity ε of utilization (number of claims per member) with respect to the member's
   * effective coinsurance m = E[out of pocket]/E[total cost]. Default 0: no behavioural
   * response. Must be ≤ 0 (a higher member share means less care); the RAND Health Insurance
   * Experiment's often-quoted figure is about −0.2.
   */
  elasticity?: number;
  /** Days of care per claim, for schedules with a daily cap (see expectedClaimPayment). */
  days?: number;
}

/** Expected cost of a benefit change, per claim and in total. */
export interface ScheduleComparison {
  /** Expected split of a claim under the old schedule, yuan. */
  oldExpected: ExpectedClaimPayment;
  /** Expected split of a claim under the new schedule, yuan. */
  newExpected: ExpectedClaimPayment;
  /** Member's effective coinsurance m₀ = E[outOfPocket]/E[X] under the old schedule. */
  oldMemberShare: number;
  /** Member's effective coinsurance m₁ under the new schedule. */
  newMemberShare: number;
  /** Change in the number of claims, (m₁/m₀)^ε (1 when ε = 0). */
  utilizationFactor: number;
  /** Change in the fund's expected payment per claim, E₁[fund]/E₀[fund]. */
  paymentPerClaimRatio: number;
  /** Multiplier on the fund's benefit spending: utilizationFactor × paymentPerClaimRatio. */
  ratio: number;
}

/**
 * Compare the fund's expected benefit spending under two schedules, for the same claim-size
 * distribution.
 *
 * Formula: ratio = (m₁/m₀)^ε · E₁[fund]/E₀[fund], where Eᵢ[fund] is expectedClaimPayment's
 * fundPays and mᵢ = 1 − Eᵢ[fund]/E[X] the member's effective coinsurance (share of the total
 * cost the member pays, out-of-scope part included). The first factor is a constant-elasticity
 * utilization response of the number of claims; the claim-size distribution itself is held
 * fixed (no response of intensity per claim). ε = 0 switches the response off.
 * Reference: Manning et al. (1987), "Health insurance and the demand for medical care: evidence
 * from a randomized experiment", American Economic Review 77(3) 251–277 (elasticity ≈ −0.2);
 * expected payments per Klugman, Panjer & Willmot, Loss Models, §8.5. Unitless ratio.
 *
 * @throws BenefitsError if the elasticity is not a finite number ≤ 0, the old schedule's
 *   expected fund payment is 0 (no ratio), a member share is 0 while ε ≠ 0 (m^ε undefined),
 *   or as expectedClaimPayment.
 */
export function compareSchedules(
  oldSchedule: BenefitSchedule,
  newSchedule: BenefitSchedule,
  distribution: ClaimSizeDistribution,
  options: ScheduleCostOptions = {},
): ScheduleComparison {
  const elasticity = options.elasticity ?? 0;
  if (typeof elasticity !== 'number' || !Number.isFinite(elasticity) || elasticity > 0) {
    throw new BenefitsError('benefits.compare.badElasticity', { elasticity }, ['elasticity']);
  }
  const oldExpected = expectedClaimPayment(oldSchedule, distribution, { days: options.days });
  const newExpected = expectedClaimPayment(newSchedule, distribution, { days: options.days });
  if (!(oldExpected.fundPays > 0)) {
    throw new BenefitsError('benefits.compare.zeroBaseline', {}, ['oldSchedule']);
  }
  const oldMemberShare = oldExpected.outOfPocket / oldExpected.totalCost;
  const newMemberShare = newExpected.outOfPocket / newExpected.totalCost;
  let utilizationFactor = 1;
  if (elasticity !== 0) {
    if (!(oldMemberShare > 0) || !(newMemberShare > 0)) {
      throw new BenefitsError('benefits.compare.zeroMemberShare', {}, ['elasticity']);
    }
    utilizationFactor = (newMemberShare / oldMemberShare) ** elasticity;
  }
  const paymentPerClaimRatio = newExpected.fundPays / oldExpected.fundPays;
  return {
    oldExpected,
    newExpected,
    oldMemberShare,
    newMemberShare,
    utilizationFactor,
    paymentPerClaimRatio,
    ratio: utilizationFactor * paymentPerClaimRatio,
  };
}
