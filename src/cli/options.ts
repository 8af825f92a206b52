import { CommanderError, Option } from 'commander';
import { argumentError } from './argumentError';
import { EXIT } from './exitCodes';
import { TERMINAL_WIDTH } from '../results/terminalTable';

/** `--lang en|zh` (default en): the language of tables and texts. */
export function langOption(description = 'language of tables: en or zh'): Option {
  return new Option('--lang <lang>', description).choices(['en', 'zh']).default('en');
}

/** `--step N`: show every N years in tables (a whole number ≥ 1). */
export function stepOption(): Option {
  return new Option('--step <years>', 'show every N years in tables').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw argumentError('cli.args.step', { value: v });
    return n;
  });
}

/** `--wide`: print every column and leave long lines unwrapped (default: fit 80 terminal columns). */
export function wideOption(): Option {
  return new Option('--wide', 'print every column, lines unwrapped (default: fit 80 terminal columns)');
}

/** The width tables and texts are fitted to: 80 columns, or none with `--wide`. */
export function tableWidth(o: { wide?: boolean }): number | undefined {
  return o.wide ? undefined : TERMINAL_WIDTH;
}

/** `--with overlay…`: reform overlay files applied in order. */
export const WITH_FLAGS = '--with <overlay...>';
export const WITH_DESCRIPTION = 'reform overlay files applied in order (base + A + B …)';

/** One scenario file where several were given (only overlays may be several). */
export function singleScenario(files: string[], command: string): string {
  if (files.length !== 1) throw new CommanderError(EXIT.invalidInput, 'fundcast.args', `${command}: give one scenario B, or only reform overlay files (fundcast_overlay: 1) / 请给出一个情景 B，或仅给出改革方案文件`);
  return files[0];
}
