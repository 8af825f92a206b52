import type { Command } from 'commander';
import { scenarioJsonSchema } from '../../scenario/scenarioJsonSchema';
import type { CommandContext } from '../commandTypes';
import { writeOutputFile } from '../../output/writeOutputs';

/** `fundcast schema [--out FILE [--force]]`: the JSON Schema of scenario files, for editors. */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .option('--out <file>', 'write to this file instead of standard output (an existing different file only with --force)')
    .option('--force', 'replace an existing file')
    .action((o: { out?: string; force?: boolean }) => {
      const text = JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
      if (o.out) writeOutputFile(o.out, text, { force: o.force, label: `--out ${o.out}` });
      else io.out(text);
    });
}
