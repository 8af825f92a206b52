import { defaultReportLang } from '../report/reportHtml';
import { reportLabel } from '../report/reportLabels';
import type { Lang } from '../results/labels';
import type { ProjectionResult } from '../results/types';
import { combineScenario } from '../scenario/combineScenario';
import type { LoadedScenario } from '../scenario/loadScenario';
import { runProjection } from './runProjection';

/** A scenario run for charts and reports: the projection, its validated scenario, and — when
 * reform overlays were applied — the projection without them, to compare against. */
export interface ScenarioRuns {
  loaded: LoadedScenario;
  result: ProjectionResult;
  compareWith?: { result: ProjectionResult; label: string; ownLabel: string };
  lang: Lang;
  /** every input file of the run: never overwritten by its outputs */
  inputs: string[];
}

/**
 * Projects `file` with `overlays` (and, when there are overlays, without them too), in the
 * language asked for or, by default, zh when the scenario has Chinese names.
 */
export function scenarioRuns(file: string, overlays: readonly string[], lang: Lang | undefined): ScenarioRuns {
  const loaded = combineScenario(file, overlays);
  const result = runProjection(file, overlays);
  const chosen = lang ?? defaultReportLang(result);
  const compareWith = overlays.length
    ? { result: runProjection(file), label: reportLabel('baseScenario', chosen), ownLabel: reportLabel('withOverlays', chosen) }
    : undefined;
  const inputs = [file, ...overlays, ...result.scenario.files, ...result.scenario.overlays.map((x) => x.file)];
  return { loaded, result, compareWith, lang: chosen, inputs };
}
