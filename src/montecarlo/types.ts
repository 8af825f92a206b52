import type { Assumptions } from '../assumptions/types';

/**
 * What the batch kernel needs: the assumptions without the age-detailed membership detail
 * (member counts and age-mix indexes are already in the arrays), so the model crosses to worker
 * threads cheaply. Plain data.
 */
export type KernelModel = Omit<Assumptions, 'funds'> & { funds: Assumptions['funds'] };

/**
 * Per-path results of paths [from, from + count) for every fund: five columns of years × count
 * values, path by path: the value of path p in projected year index y (year = base year + 1 + y)
 * is at (p − from)·years + y, so a block of consecutive paths is one contiguous stretch.
 */
export interface PathBlock {
  from: number;
  count: number;
  /** projected years: end year − base year */
  years: number;
  funds: FundPaths[];
}

/**
 * One fund's simulated paths, path-major typed arrays (paths × years): income, expenditure,
 * balance, months of reserve and top-up.
 */
export interface FundPaths {
  id: string;
  income: Float64Array;
  expenditure: Float64Array;
  balance: Float64Array;
  /** months of reserve; NaN where the basis year's expenditure is ≤ 0 (undefined months) */
  months: Float64Array;
  /** treasury top-up paid by the fund's rule, or (without a rule) the least top-up keeping the floor (see runPaths) */
  topUp: Float64Array;
}

/**
 * Which paths a kernel computes: the seed and the path indexes `from` (inclusive) to `to`
 * (exclusive).
 */
export interface PathOptions {
  /** the seed (any text of 1–64 letters, digits, . _ -); part of every stream key */
  seed: string;
  /** first path index (inclusive) and last (exclusive), 0 ≤ from < to ≤ 2³² */
  from: number;
  to: number;
  /** floor in months for the least top-up of funds without a treasury_top_up rule (default 3) */
  floorMonths?: number;
}
