import type { LognormalDistribution } from './claimSizeDistribution';
import { BenefitsError } from './BenefitsError';

/**
 * Lognormal claim-size distribution with a given mean and coefficient of variation.
 *
 * Formula: σ² = ln(1 + CV²), μ = ln(mean) − σ²/2, so that E[X] = exp(μ + σ²/2) = mean and
 * SD[X]/E[X] = √(exp(σ²) − 1) = CV.
 * Reference: Klugman, Panjer & Willmot, Loss Models, appendix A (lognormal moments).
 * Units: mean in yuan; CV unitless. Cost O(1).
 *
 * @throws BenefitsError if mean is not a finite number > 0 or cv is not a finite number > 0.
 * @example
 * lognormalFromMeanCv(10000, 1.5); // => { kind: 'lognormal', mu: 8.62101…, sigma: 1.08566… }
 */
export function lognormalFromMeanCv(mean: number, cv: number): LognormalDistribution {
  if (typeof mean !== 'number' || !Number.isFinite(mean) || mean <= 0) {
    throw new BenefitsError('benefits.distribution.badMean', { mean }, ['mean']);
  }
  if (typeof cv !== 'number' || !Number.isFinite(cv) || cv <= 0) {
    throw new BenefitsError('benefits.distribution.badCv', { cv }, ['cv']);
  }
  const variance = Math.log1p(cv * cv);
  return { kind: 'lognormal', mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}
