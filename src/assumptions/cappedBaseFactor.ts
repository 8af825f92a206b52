import { FundcastError } from '../errors/FundcastError';
import { lognormalFromMeanCv } from '../benefits/lognormalFromMeanCv';
import { lognormalLimitedExpectedValue } from '../benefits/lognormalLimitedExpectedValue';

/**
 * Average contribution base as a share of the average wage when each member's base is the wage
 * clamped to [floor, cap] × average wage (缴费基数上下限, typically 60% and 300%), with wages
 * lognormal around the average with coefficient of variation `cv`:
 *
 *   f = E[clamp(X, a, b)] / E[X] = a + E[min(X, b)] − E[min(X, a)],   X ~ lognormal, E[X] = 1
 *
 * (E[min(X, d)] is the lognormal limited expected value, benefits/lognormalLimitedExpectedValue).
 * Raising the floor raises f; lowering the cap lowers it; with a = 0 and b = ∞, f = 1. For
 * cv < 1e-6 the wages are taken as all equal to the average: f = clamp(1, a, b).
 * @example cappedBaseFactor(0.6, 3, 0.6) // ≈ 1.0322: the floor lifts low wages more than the cap trims high ones
 */
export function cappedBaseFactor(floor: number, cap: number, cv: number): number {
  if (!(cap >= floor)) throw new FundcastError('assumptions.capBelowFloor', { cap, floor });
  // no dispersion (or so little that σ = √ln(1 + cv²) underflows — below 1e-6 the lognormal's
  // difference from a point mass at 1 is O(cv²) ≤ 1e-12): every wage is the average
  if (cv < 1e-6) return Math.min(Math.max(1, floor), cap);
  const x = lognormalFromMeanCv(1, cv);
  return floor + lognormalLimitedExpectedValue(x, cap) - lognormalLimitedExpectedValue(x, floor);
}
