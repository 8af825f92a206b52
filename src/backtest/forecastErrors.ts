/**
 * Forecast error measures, the forecasting literature's standard ones (Hyndman & Koehler 2006).
 * For a forecast f of an actual a: error e = f − a (positive = over-forecast), percentage error
 * pe = e / |a|, absolute percentage error ape = |pe|. Over n forecasts:
 *   MAPE = (1/n) Σ ape,   bias (mean percentage error) = (1/n) Σ pe,   MAE = (1/n) Σ |e|.
 * Skill against a baseline = 1 − MAPE / MAPE_baseline (> 0: better than the baseline; null when
 * the baseline is exact, MAPE_baseline = 0).
 * @example forecastErrors([{ forecast: 105, actual: 100 }, { forecast: 90, actual: 100 }]).mape // 0.075
 */
export interface ErrorSummary {
  readonly n: number;
  readonly mape: number | null;
  readonly bias: number | null;
  readonly mae: number | null;
}

/** MAPE, bias and MAE of forecasts against actuals (pairs with a zero or non-finite actual are left out; see ErrorSummary). */
export function forecastErrors(pairs: readonly { forecast: number; actual: number }[]): ErrorSummary {
  const usable = pairs.filter((p) => Number.isFinite(p.forecast) && Number.isFinite(p.actual) && p.actual !== 0);
  const n = usable.length;
  if (n === 0) return { n: 0, mape: null, bias: null, mae: null };
  let ape = 0;
  let pe = 0;
  let ae = 0;
  for (const { forecast, actual } of usable) {
    const e = forecast - actual;
    pe += e / Math.abs(actual);
    ape += Math.abs(e) / Math.abs(actual);
    ae += Math.abs(e);
  }
  return { n, mape: ape / n, bias: pe / n, mae: ae / n };
}

/** Skill of a method against a baseline: 1 − MAPE / MAPE_baseline, or null when undefined. */
export function forecastSkill(mape: number | null, baselineMape: number | null): number | null {
  if (mape === null || baselineMape === null || baselineMape === 0) return null;
  return 1 - mape / baselineMape;
}
