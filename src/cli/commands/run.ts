import { type Command, Option } from 'commander';
import { formatTable } from '../../results/formatTable';
import { toCsv } from '../../results/toCsv';
import type { CommandContext } from '../commandRegistry';
import { langOption, stepOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { runProjection } from '../runProjection';
import { writeOutputDir } from '../writeOutputDir';

/**
 * `fundcast run <scenario> [--with overlay…] [--format table|csv|json] [--out DIR] [--lang en|zh] [--step N]`:
 * projects a scenario and prints the table, CSV or JSON; `--out` also writes every form into a folder.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--out <dir>', 'also write results.json, results.csv and summaries into this folder (whole or not at all)')
    .addOption(langOption())
    .addOption(stepOption())
    .action((file: string, o: { with?: string[]; format: string; out?: string; lang: 'en' | 'zh'; step?: number }) => {
      const result = runProjection(file, o.with ?? []);
      const json = JSON.stringify(result, null, 2) + '\n';
      if (o.format === 'json') io.out(json);
      else if (o.format === 'csv') io.out(toCsv(result));
      else io.out(formatTable(result, { lang: o.lang, step: o.step ?? 1 }));
      if (o.out) {
        writeOutputDir(o.out, {
          'results.json': json,
          'results.csv': toCsv(result),
          'summary-en.txt': formatTable(result, { lang: 'en' }),
          'summary-zh.txt': formatTable(result, { lang: 'zh' }),
        }, { scenario: result.scenario.id, scenarioFiles: result.scenario.files, generator: 'fundcast' });
        io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
      }
    });
}
