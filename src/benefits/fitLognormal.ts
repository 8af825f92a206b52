import type { LognormalDistribution } from './claimSizeDistribution';
import { lognormalFromMeanCv } from './lognormalFromMeanCv';
import { BenefitsError } from './BenefitsError';

/** How fitLognormal estimates (mu, sigma). */
export type LognormalFitMethod = 'moments' | 'mle';

/**
 * Fit a lognormal claim-size distribution to observed claim amounts.
 *
 * - `moments` (default): method of moments. With m = (1/n)Σxᵢ and v = (1/n)Σ(xᵢ − m)²
 *   (population moments), CV = √v / m and (μ, σ) = lognormalFromMeanCv(m, CV). Reproduces the
 *   sample mean exactly, which is what fund totals are calibrated to.
 * - `mle`: maximum likelihood, μ̂ = (1/n)Σ ln xᵢ, σ̂² = (1/n)Σ(ln xᵢ − μ̂)². More efficient when
 *   the data really are lognormal, but its mean exp(μ̂ + σ̂²/2) generally differs from the
 *   sample mean.
 * Reference: Klugman, Panjer & Willmot, Loss Models, ch. 13 (moments and maximum likelihood).
 * Units: amounts in yuan. Cost O(n), two passes.
 *
 * @throws BenefitsError if there are fewer than 2 amounts, any amount is not a finite number > 0
 *   (zero claims belong in the claim frequency, not the size distribution), or all amounts
 *   are equal (no spread to fit).
 * @example
 * fitLognormal([Math.E, Math.E ** 2, Math.E ** 3], 'mle'); // => { mu: 2, sigma: √(2/3) }
 */
export function fitLognormal(amounts: ArrayLike<number>, method: LognormalFitMethod = 'moments'): LognormalDistribution {
  const n = amounts.length;
  if (n < 2) {
    throw new BenefitsError('benefits.fit.tooFew', { n }, ['amounts']);
  }
  for (let i = 0; i < n; i++) {
    const x = amounts[i];
    if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
      throw new BenefitsError('benefits.fit.badAmount', { x }, ['amounts', i]);
    }
  }
  if (method !== 'mle' && method !== 'moments') {
    throw new BenefitsError('benefits.fit.badMethod', { method: String(method) }, ['method']);
  }
  const transform = method === 'mle' ? Math.log : (x: number) => x;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += transform(amounts[i]);
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (transform(amounts[i]) - mean) ** 2;
  const variance = squares / n;
  if (!(variance > 0)) {
    throw new BenefitsError('benefits.fit.noSpread', {}, ['amounts']);
  }
  if (method === 'mle') return { kind: 'lognormal', mu: mean, sigma: Math.sqrt(variance) };
  return lognormalFromMeanCv(mean, Math.sqrt(variance) / mean);
}
