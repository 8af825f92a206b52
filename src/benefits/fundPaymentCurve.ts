import type { BenefitSchedule } from './benefitScheduleSchema';
import { ensureBenefitSchedule } from './parseBenefitSchedule';
import { BenefitsError } from './BenefitsError';

/**
 * The fund's payment on one claim as a piecewise-linear function of the claim's total cost x:
 * g(x) = Σⱼ slopesⱼ · (min(x, bⱼ₊₁) − min(x, bⱼ)), with b = breakpoints (b₀ = 0, bₙ = ∞).
 * slopesⱼ is the fund's payment per extra yuan of total cost on [bⱼ, bⱼ₊₁).
 */
export interface PaymentCurve {
  /** Increasing breakpoints in yuan of total cost, starting at 0. */
  readonly breakpoints: Float64Array;
  /** Slope on [breakpoints[j], breakpoints[j + 1]) (last one open-ended), yuan per yuan. */
  readonly slopes: Float64Array;
}

/** Options for fundPaymentCurve. */
export interface PaymentCurveOptions {
  /** Days of care per claim; required when the schedule has a daily cap. */
  days?: number;
  /** Apply the annual and daily caps (default true); false gives the payment before caps. */
  applyCaps?: boolean;
}

/**
 * Fund payment on a single claim with nothing paid earlier in the year, as a piecewise-linear
 * function of its total cost x (yuan): the same number as claimPayment(schedule,
 * { totalCost: x, days }).fundPays, in a form whose expectation is a sum of layers.
 *
 * With s = inScopeShare, D = deductible, o = 0 (bands on amount above deductible) or D (bands on
 * in-scope cost): the fund pays nothing for x < D/s; above, tier k (band [lₖ, uₖ), rate rₖ)
 * applies from x = (D + max(lₖ, o) − o)/s with slope s·rₖ. With caps, the curve is cut flat
 * where it reaches C = min(annualCap, dailyCap·days): at x* = bⱼ + (C − g(bⱼ))/slopeⱼ.
 * Reference: layer decomposition of a reimbursement rule, Klugman, Panjer & Willmot, Loss
 * Models, §8.5 (coinsurance, deductibles and limits). Units: yuan. Cost O(number of tiers).
 *
 * @throws BenefitsError if the schedule is invalid, or it has a daily cap and `days` is missing
 *   or not a finite number ≥ 0.
 * @example
 * // deductible 1,000, 60%: breakpoints [0, 1000], slopes [0, 0.6]
 */
export function fundPaymentCurve(schedule: BenefitSchedule, options: PaymentCurveOptions = {}): PaymentCurve {
  const rule = ensureBenefitSchedule(schedule);
  const s = rule.inScopeShare;
  const D = rule.deductible.amount;
  const origin = rule.coinsurance.bandsOn === 'inScopeCost' ? D : 0;
  const points: number[] = [0];
  const slopes: number[] = [0];
  const push = (x: number, slope: number): void => {
    if (x <= points[points.length - 1]) slopes[slopes.length - 1] = slope;
    else {
      points.push(x);
      slopes.push(slope);
    }
  };
  let lower = 0;
  for (const tier of rule.coinsurance.tiers) {
    const upper = tier.upTo ?? Infinity;
    if (upper > origin) push((D + Math.max(lower, origin) - origin) / s, s * tier.rate);
    lower = upper;
  }

  let cap = Infinity;
  if (options.applyCaps !== false) {
    if (rule.annualCap !== undefined) cap = rule.annualCap;
    if (rule.dailyCap !== undefined) {
      const days = options.days;
      if (days === undefined || typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
        throw new BenefitsError('benefits.curve.daysMissing', {}, ['days']);
      }
      cap = Math.min(cap, rule.dailyCap * days);
    }
  }
  let value = 0;
  for (let j = 0; j < points.length && cap < Infinity; j++) {
    const end = j + 1 < points.length ? points[j + 1] : Infinity;
    const slope = slopes[j];
    if (slope > 0 && value + slope * (end - points[j]) >= cap) {
      const reached = points[j] + (cap - value) / slope;
      points.length = j + 1;
      slopes.length = j + 1;
      push(reached, 0);
      break;
    }
    value += slope * (end - points[j]);
  }
  return { breakpoints: Float64Array.from(points), slopes: Float64Array.from(slopes) };
}
