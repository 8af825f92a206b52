import type { EmpiricalDistribution } from './claimSizeDistribution';
import { BenefitsError } from './BenefitsError';

/**
 * Limited expected value of an empirical claim-size distribution, E[min(X, d)].
 *
 * Formula: (Σ_{xᵢ ≤ d} xᵢ + d·#{xᵢ > d}) / n, with k = #{xᵢ ≤ d} found by binary search in the
 * sorted amounts and Σ_{xᵢ ≤ d} xᵢ read from the running sums. E[min(X, ∞)] is the sample mean.
 * Reference: Klugman, Panjer & Willmot, Loss Models, ch. 10 (empirical limited expected value).
 * Units: yuan. Cost O(log n).
 *
 * @throws BenefitsError if d is negative or NaN.
 * @example
 * empiricalLimitedExpectedValue(empiricalDistribution([100, 200, 300]), 250); // => (100 + 200 + 250)/3
 */
export function empiricalLimitedExpectedValue(distribution: EmpiricalDistribution, d: number): number {
  if (Number.isNaN(d) || d < 0) {
    throw new BenefitsError('benefits.distribution.badLimit', { d }, ['d']);
  }
  const { sorted, prefixSums } = distribution;
  const n = sorted.length;
  let lo = 0;
  let hi = n; // invariant: sorted[i] ≤ d for i < lo, sorted[i] > d for i ≥ hi
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= d) lo = mid + 1;
    else hi = mid;
  }
  const above = n - lo;
  return (prefixSums[lo] + (above > 0 ? d * above : 0)) / n;
}
