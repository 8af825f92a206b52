import { trailingRun } from './trailingRun';
import { FundcastError } from '../errors/FundcastError';
import { resolveHistories } from '../history/resolveHistory';
import { sameBasisSpans } from '../history/sameBasisSpans';
import type { LoadedScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import { CALIBRATION_TARGETS, type CalibrationTarget } from './calibrationTargets';
import { chooseMethod, type MethodChoice } from './chooseMethod';
import { growthShockModel, type GrowthShockModel } from './growthShockModel';
import type { GrowthFit, GrowthMethod } from './types';

/** One fitted parameter: where it goes, what it was fitted on, the fit, and the growth path it implies. */
export interface CalibratedParameter {
  readonly fund: string;
  /** Path below the fund, e.g. ['members', 'active_growth']. */
  readonly path: readonly string[];
  readonly label: { readonly en: string; readonly zh: string };
  readonly fittedOn: string;
  readonly fit: GrowthFit;
  /** With `--method auto`: which method the series' own backtest chose, and the scores. */
  readonly choice?: MethodChoice;
  /** The yearly growth shocks sized from the fit (growthShockModel), or null with too few points. */
  readonly shocks: GrowthShockModel | null;
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
  /** The method's id, or `auto` (each parameter's `choice` then says which method was used). */
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
 * observed years, and fitted by `method` — or, with `'auto'`, by the method with the lowest error
 * in that series' own rolling-origin backtest on identical origins (chooseMethod). The implied
 * growth path for the first `years` projection years is g_h = ŷ_{T+h} / ŷ_{T+h−1} − 1 with ŷ_T the
 * method's fitted last-year value, so the projection from the observed base is y_T·ŷ_{T+h}/ŷ_T
 * (forecastFromBase) — the forecast the backtest scores. Each parameter also carries its yearly
 * growth shocks sized from the record (growthShockModel) for `--stochastic`. A fund with a history
 * but nothing to fit (no target its scheme spells) is named in `skipped` with the reason.
 * Nothing is written here: calibrationOverlay turns the result into an overlay file.
 * @throws FundcastError `calibrate.noHistory` when no fund has a history.
 */
export function calibrateScenario(loaded: LoadedScenario, chosen: GrowthMethod | 'auto', options: { years?: number } = {}): Calibration {
  const method = chosen === 'auto' || chosen.id === 'auto' ? 'auto' : chosen;
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
    const spelled = targets.filter((t) => hasPath(fund, t.path));
    if (spelled.length === 0) {
      skipped.push({
        fund: fundId,
        path: [],
        reason: {
          en: `the fund spells none of the growth parameters calibration fits for scheme '${String(fund.scheme)}' (an age-detailed fund's members come from its population projection)`,
          zh: `该基金未写明可校准的增长参数（方案 '${String(fund.scheme)}'；分年龄基金的人数来自人口预测）`,
        },
      });
    }
    for (const target of spelled) {
      const run = trailingRun(span.map((y) => y.year), span.map((y) => target.read(y, fund)));
      const choice = method === 'auto' ? chooseMethod(run.years, run.values) : undefined;
      const used = choice?.method ?? (method as GrowthMethod);
      if (run.values.length < used.minPoints || run.values.length < 2) {
        const id = method === 'auto' ? 'auto' : used.id;
        const need = Math.max(2, used.minPoints);
        skipped.push({
          fund: fundId,
          path: target.path,
          reason: {
            en: `${id} needs ${need} consecutive same-basis years of ${target.fittedOn}; the history gives ${run.values.length}`,
            zh: `${id}需要连续${need}年同口径的${target.label.zh}数据，历史数据只有${run.values.length}年`,
          },
        });
        continue;
      }
      const fit = used.fit(run.years, run.values);
      const growthPath = Array.from({ length: years }, (_, i) => ({ year: loaded.scenario.base_year + i + 1, growth: fit.forecast(i + 1) / fit.forecast(i) - 1 }));
      parameters.push({
        fund: fundId, path: target.path, label: target.label, fittedOn: target.fittedOn, fit,
        ...(choice ? { choice } : {}),
        shocks: growthShockModel(run.values, fit),
        observed: run.years.map((year, i) => ({ year, value: run.values[i] })), growthPath,
      });
    }
  }
  return { scenario: loaded.scenario.id, baseYear: loaded.scenario.base_year, method: method === 'auto' ? 'auto' : method.id, years, parameters, skipped };
}
