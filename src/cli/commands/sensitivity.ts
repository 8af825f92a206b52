import { type Command, Option } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { FundcastError } from '../../errors/FundcastError';
import { writeOutputs } from '../../output/writeOutputs';
import { combineScenario } from '../../scenario/combineScenario';
import { formatSensitivity, outputName } from '../../sensitivity/formatSensitivity';
import { sensitivity } from '../../sensitivity/sensitivity';
import { parseSensitivityOutput } from '../../sensitivity/sensitivityOutput';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';

/**
 * `fundcast sensitivity <scenario> --fund ID [--output exhaustion|first-deficit|balance:YEAR|months:YEAR] [--format table|json] [--chart DIR]`:
 * the low-cost / intermediate / high-cost assumption sets and the one-at-a-time tornado of one fund
 * (library: sensitivity; the assumptions varied and by how much: DEFAULT_SENSITIVITY).
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .requiredOption('--fund <id>', 'the fund to analyse / 基金')
    .option('--output <output>', 'exhaustion, first-deficit, balance:YEAR or months:YEAR / 输出指标', 'exhaustion')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--chart <dir>', 'also write the tornado as tornado-<fund>.svg and .png into this folder')
    .option('--force', 'replace chart files fundcast did not write')
    .addOption(langOption())
    .action(async (file: string, o: { with?: string[]; fund: string; output: string; format: string; chart?: string; force?: boolean; lang: 'en' | 'zh' }) => {
      let s;
      try {
        s = sensitivity(resolveAssumptions(combineScenario(file, o.with ?? [])), o.fund, parseSensitivityOutput(o.output));
      } catch (e) {
        if (!(e instanceof FundcastError) || !e.code.startsWith('sensitivity.')) throw e;
        io.err(`error: ${e.message}\n`);
        setCode(EXIT.invalidInput);
        return;
      }
      const { projections, ...plain } = s;
      void projections;
      io.out(o.format === 'json' ? JSON.stringify(plain, null, 2) + '\n' : formatSensitivity(s, o.lang));
      if (o.chart) {
        const [{ tornadoChartSpec }, { chartFiles }] = await Promise.all([import('../../charts/tornadoChartSpec'), import('../../charts/chartFiles')]);
        const fund = s.projections.intermediate.funds.find((f) => f.id === o.fund)!;
        const unit = s.output.kind === 'months' ? (o.lang === 'zh' ? '月' : 'months') : s.output.kind === 'balance' ? s.projections.intermediate.unit.money : o.lang === 'zh' ? '年' : 'year';
        const spec = tornadoChartSpec(s, { outputTitle: o.lang === 'zh' ? `${outputName(s.output, o.lang)}（${unit}）` : `${outputName(s.output, o.lang)} (${unit})`, fundName: o.lang === 'zh' ? (fund.nameZh ?? fund.name) : fund.name, lang: o.lang });
        const files = await chartFiles([{ name: `tornado-${o.fund}`, fund: o.fund, kind: 'tornado', spec }]);
        writeOutputs(o.chart, files, { force: o.force, label: `--chart ${o.chart}`, protect: [file, ...(o.with ?? [])], about: { command: 'sensitivity' } });
        io.err(`wrote ${Object.keys(files).join(', ')} to ${o.chart} / 已写入\n`);
      }
    });
}
