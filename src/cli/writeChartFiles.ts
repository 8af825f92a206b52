import { chartFiles } from '../charts/chartFiles';
import { projectionCharts } from '../charts/projectionCharts';
import { writeOutputs, type WriteOutputsResult } from '../output/writeOutputs';
import type { ScenarioRuns } from './scenarioRuns';

/**
 * Writes every chart of a run into `dir` as `<name>.svg` and `<name>.png` (see projectionCharts
 * and chartFiles) through the shared output writer: each file atomic, only these names touched,
 * never a user's file without `force`, never an input of the run.
 */
export async function writeChartFiles(dir: string, runs: ScenarioRuns, options: { footnote?: string; force?: boolean; label: string; command: string }): Promise<WriteOutputsResult> {
  const charts = projectionCharts(runs.result, { lang: runs.lang, footnote: options.footnote, compareWith: runs.compareWith });
  const files = await chartFiles(charts);
  return writeOutputs(dir, files, { force: options.force, label: options.label, protect: runs.inputs,
    about: { command: options.command, scenario: runs.result.scenario.id, lang: runs.lang } });
}
