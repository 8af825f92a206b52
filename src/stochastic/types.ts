/** The yearly innovation's distribution (docs/stochastic.md). */
export type ShockDistribution =
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'lognormal'; sd: number }
  | { kind: 'truncated_normal'; mean: number; sd: number; lower: number; upper: number }
  | { kind: 'uniform'; lower: number; upper: number }
  | { kind: 'triangular'; lower: number; mode: number; upper: number }
  | { kind: 'bootstrap'; residuals: Float64Array };

/** One parameter a shock moves, resolved against a fund's assumptions (see shockTargets). */
export interface ResolvedTarget {
  /** index of the fund in Assumptions.funds */
  fund: number;
  /** parameter path below the fund, e.g. 'contributions.base_growth' */
  parameter: string;
  effect: 'growth' | 'add' | 'scale';
  /** the FundAssumptions arrays it moves, in order */
  arrays: string[];
  /** growth effect: the scenario's growth rates g_t (index = year − base year); otherwise null */
  growth: Float64Array | null;
  /** growth effect: the compounded factor C_t = Π_{u=1..t}(1 + g_u), C_0 = 1; otherwise null */
  compounded: Float64Array | null;
  min: number;
  max: number;
}

/**
 * A shock process after validation: its distribution, persistence and the assumption arrays of
 * each fund it moves.
 */
export interface ResolvedShock {
  id: string;
  /** index of the fund whose random stream draws this shock (the fund of its first target) */
  home: number;
  distribution: ShockDistribution;
  /** AR(1) persistence φ */
  ar1: number;
  /** sd of the once-per-path parameter draw (0 = none) */
  parameterSd: number;
  targets: ResolvedTarget[];
}

/**
 * The resolved `stochastic` block: plain data (typed arrays and numbers), so it crosses to worker
 * threads by structured cloning.
 */
export interface StochasticModel {
  /** SHA-256 (hex) of the canonical stochastic block and base year: part of every stream key */
  hash: string;
  /** in declaration order; index j is row j of the correlation matrix */
  shocks: ResolvedShock[];
  /** lower-triangular Cholesky factor of the correlation matrix (K × K, row-major), or null when all shocks are independent */
  cholesky: Float64Array | null;
}
