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
    throw new BenefitsError('distribution.empty', ['amounts'], 'at least one claim amount is needed', '至少需要一个费用数据');
  }
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = amounts[i];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
      throw new BenefitsError(
        'distribution.badAmount',
        ['amounts', i],
        `claim amounts must be finite numbers ≥ 0, got ${x}`,
        `费用数据必须是不小于 0 的有限数，实际为 ${x}`,
      );
    }
    sorted[i] = x;
  }
  sorted.sort();
  const prefixSums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefixSums[i + 1] = prefixSums[i] + sorted[i];
  return { kind: 'empirical', sorted, prefixSums };
}
