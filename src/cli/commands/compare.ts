import { type Command, CommanderError, Option } from 'commander';
import { EXIT } from '../exitCodes';
import { compareResults } from '../../results/compareResults';
import { formatComparison } from '../../results/formatComparison';
import { isOverlayFile } from '../../scenario/combineScenario';
import type { CommandContext } from '../commandTypes';
import { langOption, singleScenario, stepOption, tableWidth, wideOption } from '../options';
import { runProjection } from '../runProjection';

/**
 * `fundcast compare <a> <b | overlay…> [--format table|json] [--lang en|zh] [--step N]`:
 * two scenarios side by side, or a scenario against itself with reform overlays applied.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<a>', 'first scenario (A)')
    .argument('<b...>', 'second scenario (B), or reform overlays: B = A + overlays in order')
    .addOption(new Option('--format <format>', 'output format (xlsx: comparison.xlsx into --out)').choices(['table', 'json', 'xlsx']).default('table'))
    .option('--out <dir>', 'with --format xlsx: the folder to write comparison.xlsx into (other files there are never touched)')
    .option('--force', 'replace a comparison.xlsx that fundcast did not write')
    .addOption(langOption())
    .addOption(stepOption())
    .addOption(wideOption())
    .action(async (a: string, b: string[], o: { format: string; lang: 'en' | 'zh'; step?: number; out?: string; force?: boolean; wide?: boolean }) => {
      if (o.format === 'xlsx' && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.xlsxOut', '--format xlsx writes a workbook file: give --out DIR / --format xlsx 需要 --out 指定输出文件夹');
      const c = compareResults(runProjection(a), b.every(isOverlayFile) ? runProjection(a, b) : runProjection(singleScenario(b, 'compare')));
      if (o.format === 'xlsx') {
        const [{ comparisonWorkbook }, { writeOutputs }] = await Promise.all([import('../../excel/comparisonWorkbook'), import('../../output/writeOutputs')]);
        writeOutputs(o.out!, { 'comparison.xlsx': await comparisonWorkbook(c, { lang: o.lang }) }, { force: o.force, label: `--out ${o.out}`, protect: [a, ...b], about: { command: 'compare' } });
        io.err(`wrote ${o.out}/comparison.xlsx / 已写入\n`);
        return;
      }
      io.out(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : formatComparison(c, { lang: o.lang, step: o.step ?? 5, width: tableWidth(o) }));
    });
}
