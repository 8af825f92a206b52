import type { LognormalDistribution } from './claimSizeDistribution';
import { standardNormalCdf } from './standardNormalCdf';
import { BenefitsError } from './BenefitsError';

/**
 * Limited expected value of a lognormal claim size, E[min(X, d)].
 *
 * Formula: E[min(X, d)] = exp(μ + σ²/2)·Φ((ln d − μ − σ²)/σ) + d·(1 − Φ((ln d − μ)/σ)),
 * with 1 − Φ(z) taken as Φ(−z) (no cancellation); E[min(X, 0)] = 0 and E[min(X, ∞)] = E[X].
 * The expected part of a claim between a and b is then E[min(X, b)] − E[min(X, a)], exactly.
 * Reference: Klugman, Panjer & Willmot, Loss Models, appendix A.4.1.1 (lognormal).
 * Units: d and the result in yuan. Cost O(1).
 *
 * @throws BenefitsError if mu is not finite, sigma is not a finite number > 0, the mean
 *   exp(μ + σ²/2) overflows, or d is negative or NaN.
 * @example
 * lognormalLimitedExpectedValue({ kind: 'lognormal', mu: 0, sigma: 1 }, 1);
 * // => e^0.5·Φ(−1) + 1·Φ(0) = 1.64872·0.158655 + 0.5 = 0.761578…
 */
export function lognormalLimitedExpectedValue(distribution: LognormalDistribution, d: number): number {
  const { mu, sigma } = distribution;
  if (!Number.isFinite(mu) || !Number.isFinite(sigma) || sigma <= 0) {
    throw new BenefitsError('benefits.distribution.badLognormal', { mu, sigma }, ['distribution']);
  }
  const mean = Math.exp(mu + (sigma * sigma) / 2);
  if (!Number.isFinite(mean)) {
    throw new BenefitsError('benefits.distribution.meanOverflow', {}, ['distribution']);
  }
  if (Number.isNaN(d) || d < 0) {
    throw new BenefitsError('benefits.distribution.badLimit', { d }, ['d']);
  }
  if (d === 0) return 0;
  if (d === Infinity) return mean;
  const z = (Math.log(d) - mu) / sigma;
  return mean * standardNormalCdf(z - sigma) + d * standardNormalCdf(-z);
}
