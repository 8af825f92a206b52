import type { Command } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { formatWarning } from '../../results/formatWarning';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';

/**
 * `fundcast validate <scenario> [--strict]`: checks a scenario file (schema and assumptions) without
 * projecting it, and prints its data warnings (history consistency, docs/history.md), each located;
 * with `--strict` any warning makes it fail (exit 1).
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option('--strict', 'treat data warnings (history consistency) as errors: exit 1 / 将数据警告视为错误')
    .action((file: string, o: { strict?: boolean }) => {
      const loaded = loadScenario(file);
      const { warnings } = resolveAssumptions(loaded);
      const s = loaded.scenario;
      for (const w of warnings) io.out(formatWarning(w) + '\n');
      if (warnings.length && o.strict) {
        io.err(`error: ${warnings.length} warning(s) with --strict / 严格模式下有 ${warnings.length} 条警告\n`);
        setCode(EXIT.invalidInput);
        return;
      }
      const note = warnings.length ? ` with ${warnings.length} warning(s) / 有 ${warnings.length} 条警告` : '';
      io.out(`OK: ${file} — scenario '${s.id}', ${Object.keys(s.funds).length} fund(s), ${s.base_year}–${s.end_year}${note} / 校验通过\n`);
    });
}
