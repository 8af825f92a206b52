import { trailingRun } from '../backtest/trailingRun';
import { FundcastError } from '../errors/FundcastError';
import { resolveHistories } from '../history/resolveHistory';
import { sameBasisSpans } from '../history/sameBasisSpans';
import type { LoadedScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import { CALIBRATION_TARGETS, type CalibrationTarget } from './calibrationTargets';
import type { GrowthFit, GrowthMethod } from './types';

/** One fitted parameter: where it goes, what it was fitted on, the fit, and the growth path it implies. */
export interface CalibratedParameter {
  readonly fund: string;
  /** Path below the fund, e.g. ['members', 'active_growth']. */
  readonly path: readonly string[];
  readonly label: { readonly en: string; readonly zh: string };
  readonly fittedOn: string;
  readonly fit: GrowthFit;
  /** Observed values the fit used, by year. */
  readonly observed: readonly { year: number; value: number }[];
  /**
   * Growth in each of the first `years` projection years: g_h = ŷ_{T+h} / ŷ_{T+h−1} − 1, with ŷ_T the
   * method's fitted value for the last year — the method's trend, applied by the engine from the
   * observed base-year level (the gap between y_T and ŷ_T is not carried into growth).
   */
  readonly growthPath: readonly { year: number; growth: number }[];
}

/** A parameter calibration could not fit, and why (too few same-basis years, no such series …). */
export interface SkippedParameter {
  readonly fund: string;
  readonly path: readonly string[];
  readonly reason: { readonly en: string; readonly zh: string };
}

/**
 * What a calibration of a scenario to its observed years found: the method, the years used and
 * each calibrated parameter with its estimate.
 */
export interface Calibration {
  readonly scenario: string;
  readonly baseYear: number;
  readonly method: string;
  readonly years: number;
  readonly parameters: readonly CalibratedParameter[];
  readonly skipped: readonly SkippedParameter[];
}

/** Whether the fund spec spells `path` (so the fitted value has a place to go). */
function hasPath(fund: unknown, path: readonly string[]): boolean {
  let node = fund;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Fits a scenario's growth assumptions from its funds' histories (issue: calibration).
 *
 * For each fund with a history and each target parameter the fund spells
 * (CALIBRATION_TARGETS: members by status, contribution base, spending per head, resident
 * per-head financing, …), the observed series is taken from the LAST same-basis span of the
 * history (sameBasisSpans: a basis change is never chained), reduced to its trailing run of
 * observed years, and fitted by `method`. The implied growth path for the first `years`
 * projection years is g_h = ŷ_{T+h} / ŷ_{T+h−1} − 1 with ŷ_T the method's fitted last-year value.
 * Nothing is written here: calibrationOverlay turns the result into an overlay file.
 * @throws FundcastError `calibrate.noHistory` when no fund has a history.
 */
export function calibrateScenario(loaded: LoadedScenario, method: GrowthMethod, options: { years?: number } = {}): Calibration {
  const years = options.years ?? 5;
  const { histories, issues } = resolveHistories(loaded);
  if (issues.length > 0) throw new ScenarioError(issues);
  if (histories.size === 0) {
    throw new FundcastError('calibrate.noHistory', { file: loaded.files[0] });
  }
  const parameters: CalibratedParameter[] = [];
  const skipped: SkippedParameter[] = [];
  for (const [fundId, history] of histories) {
    const fund = loaded.scenario.funds[fundId] as unknown as Record<string, unknown>;
    const targets: readonly CalibrationTarget[] = CALIBRATION_TARGETS[String(fund.scheme ?? fund.kind)] ?? [];
    const span = sameBasisSpans(history.years).at(-1) ?? [];
    for (const target of targets) {
      if (!hasPath(fund, target.path)) continue;
      const run = trailingRun(span.map((y) => y.year), span.map((y) => target.read(y, fund)));
      if (run.values.length < method.minPoints) {
        skipped.push({
          fund: fundId,
          path: target.path,
          reason: {
            en: `${method.id} needs ${method.minPoints} consecutive same-basis years of ${target.fittedOn}; the history gives ${run.values.length}`,
            zh: `${method.id}需要连续${method.minPoints}年同口径的${target.label.zh}数据，历史数据只有${run.values.length}年`,
          },
        });
        continue;
      }
      const fit = method.fit(run.years, run.values);
      const growthPath = Array.from({ length: years }, (_, i) => ({ year: loaded.scenario.base_year + i + 1, growth: fit.forecast(i + 1) / fit.forecast(i) - 1 }));
      parameters.push({ fund: fundId, path: target.path, label: target.label, fittedOn: target.fittedOn, fit, observed: run.years.map((year, i) => ({ year, value: run.values[i] })), growthPath });
    }
  }
  return { scenario: loaded.scenario.id, baseYear: loaded.scenario.base_year, method: method.id, years, parameters, skipped };
}
