import { type Command, CommanderError } from 'commander';
import { FundcastError } from '../../errors/FundcastError';
import { writeOutputs } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { scenarioRuns } from '../scenarioRuns';

/**
 * `fundcast report <scenario> [--with overlay…] [--lang zh|en] [--out DIR [--pdf] [--force]] [--footnote TEXT] [--simulate [--paths N] [--seed S]]`:
 * the report of a projection as one self-contained HTML file (see reportHtml), with the one-at-a-time
 * sensitivity of each fund's months of reserve ten years on (sensitivityForReport); --simulate adds the
 * Monte Carlo fans of months of reserve and the probability of exhaustion (the scenario's
 * `stochastic` block; same seed, same report). The budget section is next year's draft budget of
 * each fund with its checks and the budget-principle findings (budgetForReport). Without --out the
 * HTML goes to standard output; with --out it is written as DIR/report-<lang>.html, and --pdf
 * also prints DIR/report-<lang>.pdf through Debian's headless chromium. Language: --lang, else zh
 * when the scenario has Chinese names.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .addOption(langOption('language of the report: en or zh (default: zh when the scenario has Chinese names)').default(undefined))
    .option('--out <dir>', 'write report-<lang>.html (and .pdf) into this folder instead of printing the HTML (other files there are never touched)')
    .option('--pdf', 'also print the report to PDF (A4) with headless chromium; needs --out')
    .option('--footnote <text>', 'a note under every chart, e.g. the source or "illustrative assumptions"')
    .option('--force', 'replace files of those names even if fundcast did not write them')
    .option('--simulate', 'add the Monte Carlo fans (the scenario\'s stochastic block) and exhaustion probabilities')
    .option('--paths <n>', 'paths for --simulate (default 5000)')
    .option('--seed <seed>', 'seed for --simulate (default 1)')
    .action(async (file: string, o: { with?: string[]; lang?: 'en' | 'zh'; out?: string; pdf?: boolean; footnote?: string; force?: boolean; simulate?: boolean; paths?: string; seed?: string }) => {
      if (o.pdf && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.pdf', '--pdf needs --out DIR (a PDF is not printed to the terminal) / --pdf 需要同时给出 --out 目录');
      const runs = scenarioRuns(file, o.with ?? [], o.lang);
      // loaded only here: the report, its charts and (for --pdf) the browser driver
      if (!o.simulate && (o.paths !== undefined || o.seed !== undefined)) {
        throw new CommanderError(EXIT.invalidInput, 'fundcast.simulate', '--paths and --seed need --simulate / --paths 与 --seed 需与 --simulate 同用');
      }
      const { reportHtml } = await import('../../report/reportHtml');
      let fans;
      if (o.simulate) {
        const paths = o.paths === undefined ? undefined : Number(o.paths);
        if (paths !== undefined && !(Number.isInteger(paths) && paths >= 1)) {
          throw new CommanderError(EXIT.invalidInput, 'fundcast.paths', `--paths must be a whole number ≥ 1, found '${o.paths}' / --paths 须为不小于 1 的整数`);
        }
        const [{ simulate, SimulateOptionError }, { resolveAssumptions }, { fansFromSimulation }] = await Promise.all([
          import('../../montecarlo/simulate'), import('../../assumptions/resolveAssumptions'), import('../../report/fansFromSimulation')]);
        try {
          fans = fansFromSimulation(await simulate(resolveAssumptions(runs.loaded), { paths, seed: o.seed }));
        } catch (e) {
          throw e instanceof SimulateOptionError ? new CommanderError(EXIT.invalidInput, 'fundcast.simulate', e.message) : e;
        }
      }
      const [{ sensitivityForReport }, { resolveAssumptions }] = await Promise.all([import('../../report/sensitivityForReport'), import('../../assumptions/resolveAssumptions')]);
      const sensitivity = sensitivityForReport(resolveAssumptions(runs.loaded));
      // the current year month by month, for funds with monthly figures (months that cannot be
      // re-estimated leave the section out: the projection's warnings already say so)
      const { monitorScenario } = await import('../../budget/monitorScenario');
      let monitor;
      try {
        monitor = monitorScenario(runs.loaded);
      } catch (e) {
        if (!(e instanceof FundcastError)) throw e;
      }
      const { budgetForReport } = await import('../../report/budgetForReport');
      const html = await reportHtml({ result: runs.result, scenario: runs.loaded.scenario, lang: runs.lang, compareWith: runs.compareWith,
        chartFootnote: o.footnote, fans, sensitivity, budget: budgetForReport(runs.result), monitor });
      if (!o.out) {
        io.out(html);
        return;
      }
      const files: Record<string, string | Uint8Array> = { [`report-${runs.lang}.html`]: html };
      if (o.pdf) {
        const { printPdf } = await import('../../report/printPdf');
        files[`report-${runs.lang}.pdf`] = await printPdf(html);
      }
      writeOutputs(o.out, files, { force: o.force, label: `--out ${o.out}`, protect: runs.inputs, about: { command: 'report', scenario: runs.result.scenario.id, lang: runs.lang } });
      io.err(`wrote ${Object.keys(files).map((f) => `${o.out}/${f}`).join(', ')} / 已写入\n`);
    });
}
