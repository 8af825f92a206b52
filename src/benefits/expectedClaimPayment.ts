import type { BenefitSchedule } from './benefitScheduleSchema';
import type { ClaimSizeDistribution } from './claimSizeDistribution';
import type { ClaimPayment } from './claimPayment';
import { fundPaymentCurve, type PaymentCurve } from './fundPaymentCurve';
import { limitedExpectedValue } from './limitedExpectedValue';
import { ensureBenefitSchedule } from './parseBenefitSchedule';

/** Expected split of one claim (or one claimant's year), in yuan: the mean of each ClaimPayment
 * field, plus the mean total cost. */
export interface ExpectedClaimPayment extends ClaimPayment {
  /** E[X], mean total cost of a claim. */
  totalCost: number;
}

/** Options for expectedClaimPayment. */
export interface ExpectedClaimPaymentOptions {
  /** Days of care per claim (may be an average); required when the schedule has a daily cap. */
  days?: number;
}

/** E[g(X)] for a piecewise-linear g: Σⱼ slopeⱼ·(E[min(X, bⱼ₊₁)] − E[min(X, bⱼ)]). */
function curveExpectation(curve: PaymentCurve, distribution: ClaimSizeDistribution): number {
  const { breakpoints, slopes } = curve;
  let total = 0;
  let levLower = limitedExpectedValue(distribution, breakpoints[0]);
  for (let j = 0; j < breakpoints.length; j++) {
    const upper = j + 1 < breakpoints.length ? breakpoints[j + 1] : Infinity;
    const levUpper = limitedExpectedValue(distribution, upper);
    if (slopes[j] !== 0) total += slopes[j] * (levUpper - levLower);
    levLower = levUpper;
  }
  return total;
}

/**
 * Expected fund payment and member cost per claim under a benefit schedule, when the claim's
 * total cost X follows `distribution` — exact, layer by layer, with no simulation.
 *
 * Each claim is treated as claimPayment(schedule, { totalCost: X, days }) with nothing spent or
 * paid earlier in the year. So the result is per claimant per year when X is a claimant's
 * annual cost (the natural reading for `year` deductibles, `perYear` bands and annual caps),
 * and per claim when X is the cost of one admission or visit (exact for `admission`
 * deductibles and `perClaim` bands; the annual cap then acts as a per-claim cap, an
 * approximation). With s = inScopeShare, D = deductible, L(d) = E[min(X, d)]:
 * - totalCost = L(∞) = E[X]; outOfScope = (1 − s)·E[X]
 * - deductiblePart = E[min(sX, D)] = s·L(D/s)
 * - fundPays = Σⱼ slopeⱼ·(L(bⱼ₊₁) − L(bⱼ)) over fundPaymentCurve (caps applied); the same
 *   sum without caps gives the tier payment T, and aboveCap = T − fundPays
 * - coinsurancePart = s·E[X] − deductiblePart − T; outOfPocket = E[X] − fundPays.
 * Reference: Klugman, Panjer & Willmot, Loss Models, §8.5 (expected payment per loss with
 * deductible, coinsurance and limit). Units: yuan. Cost O(tiers) LEV evaluations.
 *
 * @throws BenefitsError if the schedule or distribution is invalid, or the schedule has a daily
 *   cap and options.days is missing.
 * @example
 * // deductible 11,350, 60%, lognormal mean 30,000 CV 1.2 → fundPays ≈ 0.6·(E[X] − L(11,350))
 */
export function expectedClaimPayment(
  schedule: BenefitSchedule,
  distribution: ClaimSizeDistribution,
  options: ExpectedClaimPaymentOptions = {},
): ExpectedClaimPayment {
  const rule = ensureBenefitSchedule(schedule);
  const s = rule.inScopeShare;
  const mean = limitedExpectedValue(distribution, Infinity);
  const fundPays = curveExpectation(fundPaymentCurve(rule, { days: options.days }), distribution);
  const tiered = curveExpectation(fundPaymentCurve(rule, { applyCaps: false }), distribution);
  const deductiblePart = s * limitedExpectedValue(distribution, rule.deductible.amount / s);
  // The two differences below are ≥ 0 in exact arithmetic; the clamps only remove rounding noise.
  return {
    totalCost: mean,
    fundPays,
    outOfPocket: mean - fundPays,
    outOfScope: (1 - s) * mean,
    deductiblePart,
    coinsurancePart: Math.max(0, s * mean - deductiblePart - tiered),
    aboveCap: Math.max(0, tiered - fundPays),
  };
}
