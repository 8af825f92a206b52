import type { Command } from 'commander';
import { scenarioJsonSchema } from '../../scenario/scenarioJsonSchema';
import type { CommandContext } from '../commandRegistry';
import { writeOutputFile } from '../writeOutputFile';

/** `fundcast schema [--out FILE]`: the JSON Schema of scenario files, for editors. */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .option('--out <file>', 'write to this file instead of standard output')
    .action((o: { out?: string }) => {
      const text = JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
      if (o.out) writeOutputFile(o.out, text, (existing) => existing.includes('"title": "fundcast scenario'));
      else io.out(text);
    });
}
