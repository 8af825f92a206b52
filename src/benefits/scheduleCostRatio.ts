import type { BenefitSchedule } from './benefitScheduleSchema';
import type { ClaimSizeDistribution } from './claimSizeDistribution';
import { compareSchedules, type ScheduleCostOptions } from './compareSchedules';

/**
 * Multiplier on the fund's per-capita benefit spending when `oldSchedule` is replaced by
 * `newSchedule`: how the fund engine turns "lower the deductible" into a cost factor.
 *
 * Formula: ratio = (m₁/m₀)^ε · E₁[fund]/E₀[fund] — the ratio of exact expected fund payments
 * per claim under the claim-size distribution (expectedClaimPayment), times a constant-elasticity
 * utilization response to the member's effective coinsurance m (off by default, ε = 0).
 * See compareSchedules for the parts and the reference.
 * Unitless. Cost: two expectedClaimPayment calls.
 *
 * @throws BenefitsError as compareSchedules.
 * @example
 * // 50% → 60%, no deductible or cap: 1.2 without response; 1.2·(0.4/0.5)^(−0.2) ≈ 1.25477 with ε = −0.2
 */
export function scheduleCostRatio(
  oldSchedule: BenefitSchedule,
  newSchedule: BenefitSchedule,
  distribution: ClaimSizeDistribution,
  options: ScheduleCostOptions = {},
): number {
  return compareSchedules(oldSchedule, newSchedule, distribution, options).ratio;
}
