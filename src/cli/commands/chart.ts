import type { Command } from 'commander';
import type { CommandContext } from '../commandTypes';
import { langOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { scenarioRuns } from '../scenarioRuns';

/**
 * `fundcast chart <scenario> --out DIR [--with overlay…] [--lang zh|en] [--footnote TEXT] [--force]`:
 * draws every chart of the projection — per fund its months of reserve over the warning bands and
 * its income, expenditure and balance; pyramids and dependency ratios for age-detailed funds; with
 * overlays, current policy against the reform — and writes each as SVG and PNG (CJK font drawn by
 * resvg) into DIR. Language: --lang, else zh when the scenario has Chinese names.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .requiredOption('--out <dir>', 'folder to write <chart>.svg and <chart>.png into (other files there are never touched)')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .addOption(langOption('language of the charts: en or zh (default: zh when the scenario has Chinese names)').default(undefined))
    .option('--footnote <text>', 'a note under every chart, e.g. the source or "illustrative assumptions"')
    .option('--force', 'replace files of those names even if fundcast did not write them')
    .action(async (file: string, o: { out: string; with?: string[]; lang?: 'en' | 'zh'; footnote?: string; force?: boolean }) => {
      const runs = scenarioRuns(file, o.with ?? [], o.lang);
      // loaded only here: the charts' renderers
      const { writeChartFiles } = await import('../writeChartFiles');
      const written = await writeChartFiles(o.out, runs, { footnote: o.footnote, force: o.force, label: `--out ${o.out}`, command: 'chart' });
      const count = written.written.length + written.unchanged.length;
      io.err(`wrote ${count} chart files to ${o.out} / 已写入 ${count} 个图表文件：${o.out}\n`);
    });
}
