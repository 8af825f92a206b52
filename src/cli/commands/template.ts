import type { Command } from 'commander';
import { loadScenario } from '../../scenario/loadScenario';
import { writeOutputFile } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';

/**
 * `fundcast template <scenario> --out book.xlsx [--force]`: writes the input workbook of a scenario —
 * its history (wide layout) and every time-indexed parameter — to edit in Excel and bring back with
 * `fundcast import` (docs/excel.md). Never over a file fundcast did not write, unless --force.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .requiredOption('--out <file>', 'the workbook to write (.xlsx) / 输出工作簿')
    .option('--force', 'replace an existing different file / 覆盖已有文件')
    .action(async (file: string, o: { out: string; force?: boolean }) => {
      const loaded = loadScenario(file);
      const { inputWorkbook } = await import('../../excel/inputWorkbook');
      writeOutputFile(o.out, await inputWorkbook(loaded), { force: o.force, label: `--out ${o.out}`, protect: loaded.files });
      io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
    });
}
