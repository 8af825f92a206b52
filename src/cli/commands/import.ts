import type { Command } from 'commander';
import { ScenarioError } from '../../scenario/ScenarioError';
import { readInputBytes } from '../../input/readInputFile';
import { writeOutputs } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';

/** Largest workbook read (bytes): an input workbook is a few hundred kilobytes. */
const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/**
 * `fundcast import <book.xlsx> --out DIR [--force]`: reads an input workbook (docs/excel.md) and writes
 * `history.csv` (the history sheet, wide layout; point a fund's `history: {file: history.csv}` at it),
 * `monthly.csv` (a `monthly` sheet when the workbook has one; `monthly: {figures: …, file: monthly.csv}`)
 * and `parameters.yaml` (the parameters sheet as an overlay, applied with `--with`). A bad cell is a
 * located error (sheet, row, column) and nothing is written.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<workbook>', 'input workbook (.xlsx)')
    .requiredOption('--out <dir>', 'folder to write history.csv and parameters.yaml into / 输出文件夹')
    .option('--force', 'replace files of those names that fundcast did not write / 覆盖')
    .action(async (book: string, o: { out: string; force?: boolean }) => {
      // only a regular file of at most MAX_WORKBOOK_BYTES (a missing file, folder or pipe: exit 1, named)
      const bytes = readInputBytes(book, 'workbook', MAX_WORKBOOK_BYTES);
      const { readInputWorkbook, importedOverlay } = await import('../../excel/readInputWorkbook');
      const content = await readInputWorkbook(bytes, book);
      if (content.issues.length) throw new ScenarioError(content.issues);
      const files: Record<string, string> = {};
      if (content.historyCsv) files['history.csv'] = content.historyCsv;
      if (content.monthlyCsv) files['monthly.csv'] = content.monthlyCsv;
      if (content.changes) files['parameters.yaml'] = importedOverlay(content.changes, book);
      writeOutputs(o.out, files, { force: o.force, label: `--out ${o.out}`, protect: [book], about: { command: 'import', workbook: book } });
      io.err(`wrote ${Object.keys(files).join(', ')} to ${o.out} / 已写入\n`);
    });
}
