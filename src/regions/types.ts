/**
 * One region's yearly flows before interest, in the scenario's units.money — what a pooling rule
 * reads. Index t = 0 … n − 1 is the projected year base year + 1 + t.
 */
export interface RegionFlows {
  /** the region's id (its fund id) */
  id: string;
  /** insured persons in the base year, in units.persons (for the top-up per insured person) */
  insured: number;
  /** balance at the end of the base year */
  openingBalance: number;
  /** own income I_t: all income but interest (contributions, subsidies, other income) */
  income: Float64Array;
  /** expenditure E_t */
  expenditure: Float64Array;
  /** interest rate r_t on the opening balance */
  interestRate: Float64Array;
}

/** The pooling rules fundcast compares (统筹模式). */
export const POOLING_RULES = ['separate', 'full', 'adjustment_fund'] as const;
/** A pooling rule's id: separate regional funds, full pooling (统收统支), an adjustment fund (调剂金). */
export type PoolingRuleId = (typeof POOLING_RULES)[number];

/** What an adjustment fund (调剂金) collects and how it pays regional shortfalls. */
export interface AdjustmentFundRule {
  /** share of each region's own income paid into the fund each year (上解比例), 0–1 */
  share: number;
  /**
   * what the fund pays a region: `current_deficit` — its current-year shortfall after the
   * contribution, max(0, E − (I + interest − c)); `balance_floor` — what keeps its balance at
   * floorMonths of expenditure, max(0, F·E/12 − B before payment)
   */
  pays: 'current_deficit' | 'balance_floor';
  /** F for `balance_floor` (months of the region's own expenditure) */
  floorMonths: number;
  /** interest rate earned on the fund's balance */
  interestRate: number;
  /** the fund's balance at the end of the base year */
  openingBalance: number;
}

/** A pooling rule with its parameters. */
export type PoolingRule =
  | { id: 'separate' }
  /** one provincial fund earning `interestRate` on its balance; the regions' base-year balances are remitted up in the first year */
  | { id: 'full'; interestRate: number }
  | ({ id: 'adjustment_fund' } & AdjustmentFundRule);

/**
 * One region under a pooling rule, year by year (index t as in RegionFlows), money in units.money.
 * Transfers are the budget lines of the monthly and annual fund reports: `paidUp` 上解上级支出,
 * `received` 上级补助收入.
 */
export interface PooledRegion {
  id: string;
  insured: number;
  /** balance at the end of the base year under the rule (0 under full pooling: it passed to the provincial fund) */
  openingBalance: number;
  /** own income incl. interest on the opening balance, before transfers */
  income: Float64Array;
  expenditure: Float64Array;
  /** 上解上级支出: paid to the upper level (full pooling: all own income, and in year 1 the base-year balance; adjustment fund: the share) */
  paidUp: Float64Array;
  /** 上级补助收入: received from the upper level */
  received: Float64Array;
  /** B_t = B_{t−1} + income − paidUp + received − expenditure */
  balance: Float64Array;
  /** the least treasury top-up keeping B_t ≥ F·E_t/12 (greedy, accumulated with interest; F = the risk floor) */
  topUp: Float64Array;
}

/**
 * The upper-level fund of a rule (the provincial fund under full pooling, the adjustment fund),
 * year by year: `received` 下级上解收入, `paid` 补助下级支出.
 */
export interface PooledUpperFund {
  id: 'province_fund' | 'adjustment_fund';
  openingBalance: number;
  received: Float64Array;
  paid: Float64Array;
  interest: Float64Array;
  balance: Float64Array;
  /** own expenditure basis for months of reserve: Σ regional expenditure (full pooling), else the payments */
  expenditure: Float64Array;
  topUp: Float64Array;
}

/** Every region and the upper fund (if any) under one pooling rule. */
export interface PoolingResult {
  rule: PoolingRule;
  /** calendar years of index t */
  years: number[];
  regions: PooledRegion[];
  upper: PooledUpperFund | null;
}
