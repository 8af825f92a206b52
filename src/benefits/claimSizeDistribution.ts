/**
 * Lognormal claim-size distribution: ln X ~ N(mu, sigma²), X in yuan.
 * Mean exp(mu + sigma²/2); coefficient of variation √(exp(sigma²) − 1).
 * Build with lognormalFromMeanCv or fitLognormal.
 */
export interface LognormalDistribution {
  readonly kind: 'lognormal';
  /** Mean of ln X (ln yuan). */
  readonly mu: number;
  /** Standard deviation of ln X, > 0. */
  readonly sigma: number;
}

/**
 * Empirical claim-size distribution: equal weight on each observed amount (yuan).
 * Build with empiricalDistribution, which sorts the amounts and stores their running sums.
 */
export interface EmpiricalDistribution {
  readonly kind: 'empirical';
  /** Claim amounts in increasing order, yuan. */
  readonly sorted: Float64Array;
  /** prefixSums[i] = sorted[0] + … + sorted[i − 1]; length n + 1. */
  readonly prefixSums: Float64Array;
}

/** Distribution of the cost of one claim (or of one claimant's annual cost), in yuan. */
export type ClaimSizeDistribution = LognormalDistribution | EmpiricalDistribution;
