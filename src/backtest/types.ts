/**
 * One fund's observed years, on one basis (the backtest refuses to chain a basis change):
 * `income`, `expenditure`, `balance` in the fund's money unit, `members` (optional) the count
 * spending is spread over — insured persons, or a weighted count such as actives + 3.3 × retirees.
 * `contributors` (optional) the count income is spread over. Missing figures are null. Years are consecutive and ascending.
 */
export interface SeriesHistory {
  readonly years: readonly number[];
  readonly income: readonly (number | null)[];
  readonly expenditure: readonly (number | null)[];
  readonly balance: readonly (number | null)[];
  readonly members?: readonly (number | null)[];
  /** Who pays contributions (e.g. in-service employees), when income is per contributor; default `members`. */
  readonly contributors?: readonly (number | null)[];
  /** The basis of every figure (e.g. `bulletin, pooled fund, incl. maternity`). */
  readonly basis: string;
}

/** Income and expenditure forecast for the years after the last observed one (index h − 1). */
export interface FlowForecast {
  readonly income: readonly number[];
  readonly expenditure: readonly number[];
  /** sd of ln(actual / forecast) by horizon (index h − 1), when the forecaster sizes a range. */
  readonly incomeSdLog?: readonly number[];
  /** sd of ln(actual / forecast) by horizon, when the forecaster sizes a range. */
  readonly expenditureSdLog?: readonly number[];
}

/**
 * A way to forecast a fund from its own past: given the history up to an origin year (never
 * anything later), income and expenditure for the next `horizon` years.
 */
export interface Forecaster {
  readonly id: string;
  readonly name: { readonly en: string; readonly zh: string };
  /** True for the naive baselines every method is compared with. */
  readonly baseline: boolean;
  /** Fewest observed years the forecaster needs before an origin. */
  readonly minYears: number;
  /** True when `history` holds enough observed years for `forecast` (the backtest skips the origin otherwise). */
  ready(history: SeriesHistory): boolean;
  /** Income and expenditure for the `horizon` years after the last year of `history`. */
  forecast(history: SeriesHistory, horizon: number): FlowForecast;
}

/** The four quantities the backtest scores. */
export type BacktestItem = 'income' | 'expenditure' | 'balance' | 'reserveMonths';
