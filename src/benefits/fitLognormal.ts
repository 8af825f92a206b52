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
    throw new BenefitsError(
      'fit.tooFew',
      ['amounts'],
      `at least 2 claim amounts are needed, got ${n}`,
      `至少需要 2 个费用数据，实际为 ${n}`,
    );
  }
  for (let i = 0; i < n; i++) {
    const x = amounts[i];
    if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
      throw new BenefitsError(
        'fit.badAmount',
        ['amounts', i],
        `claim amounts must be finite numbers > 0, got ${x}`,
        `费用数据必须是大于 0 的有限数，实际为 ${x}`,
      );
    }
  }
  if (method !== 'mle' && method !== 'moments') {
    throw new BenefitsError(
      'fit.badMethod',
      ['method'],
      `method must be 'moments' or 'mle', got ${String(method)}`,
      '估计方法须为矩估计或极大似然',
    );
  }
  const transform = method === 'mle' ? Math.log : (x: number) => x;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += transform(amounts[i]);
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (transform(amounts[i]) - mean) ** 2;
  const variance = squares / n;
  if (!(variance > 0)) {
    throw new BenefitsError(
      'fit.noSpread',
      ['amounts'],
      'all claim amounts are equal: a lognormal cannot be fitted',
      '费用数据全部相同，无法拟合对数正态分布',
    );
  }
  if (method === 'mle') return { kind: 'lognormal', mu: mean, sigma: Math.sqrt(variance) };
  return lognormalFromMeanCv(mean, Math.sqrt(variance) / mean);
}
