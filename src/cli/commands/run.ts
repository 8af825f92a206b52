import { type Command, CommanderError, Option } from 'commander';
import { EXIT } from '../exitCodes';
import { formatTable } from '../../results/formatTable';
import { toCsv } from '../../results/toCsv';
import type { CommandContext } from '../commandTypes';
import { langOption, stepOption, tableWidth, wideOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { runProjection } from '../runProjection';
import { writeOutputs } from '../../output/writeOutputs';

/**
 * `fundcast run <scenario> [--with overlay…] [--format table|csv|json] [--out DIR] [--chart DIR] [--force] [--lang en|zh] [--step N] [--wide]`:
 * projects a scenario and prints the table, CSV or JSON; `--out` also writes every form into a folder;
 * `--chart` writes every chart as SVG and PNG into a folder (in --lang when given, else zh when the
 * scenario has Chinese names; the renderers are loaded only then).
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .addOption(new Option('--format <format>', 'output format (xlsx: a formatted workbook written as results.xlsx into --out)').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .option('--out <dir>', 'also write results.json, results.csv, summary-en.txt and summary-zh.txt into this folder (each file whole; other files there are never touched)')
    .option('--chart <dir>', 'also write every chart as <chart>.svg and <chart>.png into this folder (other files there are never touched)')
    .option('--force', 'replace files of those names even if fundcast did not write them')
    .addOption(langOption())
    .addOption(stepOption())
    .addOption(wideOption())
    .action(async (file: string, o: { with?: string[]; format: string; out?: string; chart?: string; force?: boolean; lang: 'en' | 'zh'; step?: number; wide?: boolean }) => {
      if (o.format === 'xlsx' && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.xlsxOut', '--format xlsx writes a workbook file: give --out DIR / --format xlsx 需要 --out 指定输出文件夹');
      const result = runProjection(file, o.with ?? []);
      if (result.warnings.length) io.err(`${result.warnings.length} data warning(s): see \`fundcast validate ${file}\` / 数据有 ${result.warnings.length} 条警告，详见 validate\n`);
      const json = JSON.stringify(result, null, 2) + '\n';
      if (o.format === 'json') io.out(json);
      else if (o.format === 'csv') io.out(toCsv(result));
      else if (o.format === 'table') io.out(formatTable(result, { lang: o.lang, step: o.step ?? 1, width: tableWidth(o) }));
      if (o.out) {
        const files: Record<string, string | Uint8Array> = {
          'results.json': json,
          'results.csv': toCsv(result),
          'summary-en.txt': formatTable(result, { lang: 'en' }),
          'summary-zh.txt': formatTable(result, { lang: 'zh' }),
        };
        if (o.format === 'xlsx') {
          const { projectionWorkbook } = await import('../../excel/projectionWorkbook');
          const { loadScenario } = await import('../../scenario/loadScenario');
          const { combineScenario } = await import('../../scenario/combineScenario');
          const scenario = (o.with?.length ? combineScenario(file, o.with) : loadScenario(file)).scenario;
          files['results.xlsx'] = await projectionWorkbook(result, { lang: o.lang, scenario });
        }
        writeOutputs(o.out, files, { force: o.force, label: `--out ${o.out}`, protect: [file, ...(o.with ?? []), ...result.scenario.files, ...result.scenario.overlays.map((x) => x.file)], about: { command: 'run', scenario: result.scenario.id } });
        io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
      }
      if (o.chart) {
        const [{ scenarioRuns }, { writeChartFiles }] = await Promise.all([import('../scenarioRuns'), import('../writeChartFiles')]);
        const lang = command.getOptionValueSource('lang') === 'default' ? undefined : o.lang;
        const written = await writeChartFiles(o.chart, scenarioRuns(file, o.with ?? [], lang), { force: o.force, label: `--chart ${o.chart}`, command: 'run' });
        io.err(`wrote ${written.written.length + written.unchanged.length} chart files to ${o.chart} / 已写入图表：${o.chart}\n`);
      }
    });
}
