import type { ClaimSizeDistribution } from './claimSizeDistribution';
import { lognormalLimitedExpectedValue } from './lognormalLimitedExpectedValue';
import { empiricalLimitedExpectedValue } from './empiricalLimitedExpectedValue';
import { BenefitsError } from './BenefitsError';

/**
 * Limited expected value E[min(X, d)] of any supported claim-size distribution.
 *
 * Dispatches on `distribution.kind` to lognormalLimitedExpectedValue (closed form) or
 * empiricalLimitedExpectedValue. E[min(X, ∞)] = E[X], the mean claim size. The expected part
 * of a claim lying in the layer (a, b] is E[min(X, b)] − E[min(X, a)].
 * Reference: Klugman, Panjer & Willmot, Loss Models, §3.1 (limited loss variable).
 * Units: yuan. Cost O(1) (lognormal) or O(log n) (empirical).
 *
 * @throws BenefitsError for an unknown kind, or as the dispatched function.
 */
export function limitedExpectedValue(distribution: ClaimSizeDistribution, d: number): number {
  switch (distribution.kind) {
    case 'lognormal':
      return lognormalLimitedExpectedValue(distribution, d);
    case 'empirical':
      return empiricalLimitedExpectedValue(distribution, d);
    default:
      throw new BenefitsError('benefits.distribution.unknownKind', { kind: String((distribution as { kind?: unknown }).kind) }, ['distribution', 'kind']);
  }
}
