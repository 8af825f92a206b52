import type { PaymentCurve } from './fundPaymentCurve';
import { BenefitsError } from './BenefitsError';

/**
 * Value of a piecewise-linear payment curve at total cost x.
 *
 * Formula: g(x) = Σⱼ slopesⱼ · (min(x, bⱼ₊₁) − min(x, bⱼ)), b = breakpoints, bₙ = ∞ — the same
 * layer sum whose expectation expectedClaimPayment takes with E[min(X, ·)] in place of min(x, ·).
 * Units: yuan. Cost O(number of segments).
 *
 * @throws BenefitsError if x is not a finite number ≥ 0.
 * @example
 * paymentCurveValue({ breakpoints: Float64Array.of(0, 1000), slopes: Float64Array.of(0, 0.6) }, 3000); // => 1200
 */
export function paymentCurveValue(curve: PaymentCurve, x: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
    throw new BenefitsError('benefits.curve.badCost', { x }, ['x']);
  }
  const { breakpoints, slopes } = curve;
  let value = 0;
  for (let j = 0; j < breakpoints.length && x > breakpoints[j]; j++) {
    const end = j + 1 < breakpoints.length ? Math.min(x, breakpoints[j + 1]) : x;
    value += slopes[j] * (end - breakpoints[j]);
  }
  return value;
}
