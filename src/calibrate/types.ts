/**
 * A growth fit of one yearly series: what every calibration method returns, so a projection,
 * a backtest and a stochastic run can all use it the same way.
 *
 * Growth is stated per year on the ratio scale (0.05 = +5 % a year). `se` is the standard error
 * of the fitted log growth (null when the method gives none, e.g. with too few points);
 * `growthSd` the residual sd of yearly growth (the yearly shock); `residuals` the method's in-sample
 * log errors ln(y_t) − ln(ŷ_t) (see docs/calibration.md).
 */
export interface GrowthFit {
  /** The method's id (`log-linear`, `drift`, `average-3`, `damped-trend`, `holt`, `gm11`, `no-change`, …). */
  readonly method: string;
  /** First and last year of the data used. */
  readonly period: readonly [number, number];
  /** Number of observations used. */
  readonly n: number;
  /** Annual growth the method projects for the first year after the data (e^g − 1). */
  readonly growth: number;
  /**
   * Standard error of the fitted log growth — the uncertainty of the rate itself (parameter
   * uncertainty; shrinks as years are added), or null when not defined.
   */
  readonly se: number | null;
  /**
   * Residual standard deviation of yearly growth around the fitted rate (growthResidualSd): the
   * size of one year's shock to growth, or null with fewer than three points.
   */
  readonly growthSd: number | null;
  /** The method's own fitted parameters, by name (e.g. the damped trend's φ, α, β), for comments. */
  readonly parameters?: Readonly<Record<string, number>>;
  /** In-sample one-step log residuals (may be empty). */
  readonly residuals: readonly number[];
  /** The value the method forecasts h ≥ 1 years after the last observation; h = 0 gives its fitted value for the last year. */
  readonly forecast: (h: number) => number;
}

/** A calibration method: fits a positive yearly series (consecutive years). */
export interface GrowthMethod {
  readonly id: string;
  readonly name: { readonly en: string; readonly zh: string };
  /** Fewest observations the method accepts. */
  readonly minPoints: number;
  /** Fits `values` observed in `years` (consecutive, ascending, all > 0). */
  fit(years: readonly number[], values: readonly number[]): GrowthFit;
}
