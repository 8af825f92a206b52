import type { EmpiricalDistribution } from './claimSizeDistribution';
import { BenefitsError } from './BenefitsError';

/**
 * Empirical claim-size distribution: each observed claim amount gets weight 1/n.
 *
 * Stores the amounts sorted and their running sums, so that E[min(X, d)] =
 * (Σ_{xᵢ ≤ d} xᵢ + d·#{xᵢ > d}) / n costs one binary search (empiricalLimitedExpectedValue).
 * Use it when a fund has claim-level data and no parametric form should be assumed.
 * Units: yuan. Cost O(n log n). The input is copied, never changed.
 *
 * @throws BenefitsError if there are no amounts or any amount is not a finite number ≥ 0.
 * @example
 * empiricalDistribution([300, 100, 200]).sorted; // => Float64Array [100, 200, 300]
 */
export function empiricalDistribution(amounts: ArrayLike<number>): EmpiricalDistribution {
  const n = amounts.length;
  if (n < 1) {
    throw new BenefitsError('benefits.distribution.empty', {}, ['amounts']);
  }
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = amounts[i];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
      throw new BenefitsError('benefits.distribution.badAmount', { x }, ['amounts', i]);
    }
    sorted[i] = x;
  }
  sorted.sort();
  const prefixSums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefixSums[i + 1] = prefixSums[i] + sorted[i];
  return { kind: 'empirical', sorted, prefixSums };
}
