import { Command, CommanderError, Help } from 'commander';
import { ScenarioError } from '../scenario/ScenarioError';
import { type CliIo, COMMANDS, type CommandEntry } from './commandRegistry';
import { commanderErrorText } from './argumentError';
import { EXIT } from './exitCodes';
import { InputFileError } from '../input/InputFileError';
import { OutputError } from '../output/OutputError';
import { escapeControls } from '../results/escapeControls';

export { EXIT } from './exitCodes';
export type { CliIo } from './commandRegistry';

const STDIO: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/**
 * The command `argv` runs: its first word, or the word after `help` (`fundcast help run`);
 * undefined for `fundcast --help`, no arguments or an unknown word (Commander then reports it).
 */
function selectedCommand(argv: readonly string[]): CommandEntry | undefined {
  const [first, second] = argv;
  const name = first === 'help' ? second : first;
  return COMMANDS.find((c) => c.name === name);
}

function usageTerm(command: Command): string {
  const entry = COMMANDS.find((e) => e.name === command.name());
  return entry ? `${entry.name} ${entry.usage}`.trim() : new Help().subcommandTerm(command);
}

/**
 * The `fundcast` command line. Returns the exit code instead of exiting, so tests can call it.
 * The commands are listed in `COMMANDS` (src/cli/commandRegistry.ts), one module each in
 * src/cli/commands/; only the module of the command being run is loaded.
 *   fundcast run <scenario> [--with overlay…] [--format table|csv|json] [--out DIR] [--lang en|zh] [--step N]
 *   fundcast validate <scenario>
 *   fundcast compare <a> <b | overlay…> [--format table|json] [--lang en|zh] [--step N]
 *   fundcast attribute <base> <b | overlay…> --fund ID --year YEAR [--format table|json] [--lang en|zh]
 *   fundcast solve <scenario> --fund ID --lever NAME --target SPEC [...]   (see commands/solve.ts)
 *   fundcast verdict <scenario> [--fund ID] [--lang en|zh] [--format text|json]
 *   fundcast schema [--out FILE]
 * Exit codes: see EXIT (and EXIT_INFEASIBLE for `solve`).
 */
export async function main(argv: string[], stdio: CliIo = STDIO): Promise<number> {
  // nothing from a scenario (a name with a terminal escape sequence) reaches the terminal raw
  const io: CliIo = { out: (s) => stdio.out(escapeControls(s, '\n\t')), err: (s) => stdio.err(escapeControls(s, '\n\t')) };
  let code: number = EXIT.ok;
  const program = new Command('fundcast')
    .description('Forecast health-insurance fund finances / 医保基金收支预测')
    .exitOverride()
    // Commander's own error lines are English only: main prints them in both languages instead
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    // the command list shows each command's arguments without loading its module
    .configureHelp({ subcommandTerm: (c) => usageTerm(c) });
  try {
    const selected = selectedCommand(argv);
    for (const entry of COMMANDS) {
      const command = program.command(entry.name).description(entry.summary);
      if (entry === selected) (await entry.load()).configure(command, { io, setCode: (c) => (code = c) });
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      code = e.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
      if (e.code.startsWith('fundcast.')) io.err(`error: ${e.message}\n`);
      else if (e.exitCode !== 0 && e.code !== 'commander.help' && e.code !== 'commander.helpDisplayed') io.err(`error: ${commanderErrorText(e)}\n`);
    } else if (e instanceof ScenarioError) {
      io.err(e.message + '\n');
      code = EXIT.invalidInput;
    } else if (e instanceof OutputError || e instanceof InputFileError) {
      io.err(`error: ${e.message}\n`);
      code = EXIT.invalidInput;
    } else {
      io.err(`fundcast failed / 运行失败: ${(e as Error)?.message ?? e}\n`);
      code = EXIT.failure;
    }
  }
  return code;
}
