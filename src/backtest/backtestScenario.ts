import { CALIBRATION_METHODS, DEFAULT_CALIBRATION_METHOD } from '../calibrate/calibrationMethods';
import { FundcastError } from '../errors/FundcastError';
import { resolveHistories } from '../history/resolveHistory';
import type { LoadedScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import { backtest, type BacktestResult } from './backtest';
import { growthForecaster } from './growthForecaster';
import { NAIVE_BASELINES } from './naiveBaselines';
import { seriesFromHistory } from './seriesFromHistory';
import type { Forecaster } from './types';

/** One fund's backtest, with the history years left out because their basis differs from the last span's. */
export interface FundBacktest extends BacktestResult {
  readonly fund: string;
  readonly dropped: readonly number[];
}

/**
 * The forecasters a scenario backtest compares: the naive baselines, then each calibration
 * method — per head × members when the history gives members (the engine's structure), else on
 * the totals. The first method listed is "fundcast" (the calibration default unless chosen).
 */
export function backtestForecasters(methods: readonly string[], perHead: boolean): Forecaster[] {
  const own = methods.map((id) => {
    const method = CALIBRATION_METHODS[id];
    if (!method) throw new FundcastError('backtest.method', { found: id, known: Object.keys(CALIBRATION_METHODS).join(', ') });
    return growthForecaster(method, { perHead });
  });
  return [...NAIVE_BASELINES, ...own];
}

/**
 * Backtests every fund of a scenario that has a history (rolling origin; see backtest), on the
 * last same-basis span of its history.
 * @throws FundcastError `backtest.noHistory` when no fund has a history.
 */
export function backtestScenario(loaded: LoadedScenario, options: { methods?: readonly string[]; horizons?: readonly number[] } = {}): FundBacktest[] {
  const { histories, issues } = resolveHistories(loaded);
  if (issues.length > 0) throw new ScenarioError(issues);
  if (histories.size === 0) throw new FundcastError('backtest.noHistory', { file: loaded.files[0] });
  const methods = options.methods ?? [DEFAULT_CALIBRATION_METHOD, ...Object.keys(CALIBRATION_METHODS).filter((m) => m !== DEFAULT_CALIBRATION_METHOD)];
  const out: FundBacktest[] = [];
  for (const [fund, history] of histories) {
    const spec = loaded.scenario.funds[fund] as unknown as { scheme?: string; spending?: { base?: { retiree_to_active_ratio?: number } } };
    const { series, dropped } = seriesFromHistory(history, { scheme: spec.scheme, retireeWeight: spec.spending?.base?.retiree_to_active_ratio });
    const result = backtest(series, backtestForecasters(methods, series.members !== undefined), { horizons: options.horizons });
    out.push({ fund, dropped, ...result });
  }
  return out;
}
