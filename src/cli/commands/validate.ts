import type { Command } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandRegistry';

/** `fundcast validate <scenario>`: checks a scenario file (schema and assumptions) without projecting it. */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .action((file: string) => {
      const loaded = loadScenario(file);
      resolveAssumptions(loaded);
      const s = loaded.scenario;
      io.out(`OK: ${file} — scenario '${s.id}', ${Object.keys(s.funds).length} fund(s), ${s.base_year}–${s.end_year} / 校验通过\n`);
    });
}
