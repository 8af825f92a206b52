import { type Command, CommanderError } from 'commander';
import { writeOutputs } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { scenarioRuns } from '../scenarioRuns';

/**
 * `fundcast report <scenario> [--with overlay…] [--lang zh|en] [--out DIR [--pdf] [--force]] [--footnote TEXT]`:
 * the report of a projection as one self-contained HTML file (see reportHtml). Without --out the
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
    .action(async (file: string, o: { with?: string[]; lang?: 'en' | 'zh'; out?: string; pdf?: boolean; footnote?: string; force?: boolean }) => {
      if (o.pdf && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.pdf', '--pdf needs --out DIR (a PDF is not printed to the terminal) / --pdf 需要同时给出 --out 目录');
      const runs = scenarioRuns(file, o.with ?? [], o.lang);
      // loaded only here: the report, its charts and (for --pdf) the browser driver
      const { reportHtml } = await import('../../report/reportHtml');
      const html = await reportHtml({ result: runs.result, scenario: runs.loaded.scenario, lang: runs.lang, compareWith: runs.compareWith,
        chartFootnote: o.footnote });
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
