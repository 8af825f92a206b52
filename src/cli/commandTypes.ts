import type { Command } from 'commander';

/** Where a command writes: standard output and standard error, or a test's buffers. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What a command module receives besides its Commander command. */
export interface CommandContext {
  io: CliIo;
  /** Sets the exit code `main` returns when the action ends without an error (e.g. 3 for an infeasible solve). */
  setCode: (code: number) => void;
}

/**
 * A command module (src/cli/commands/NAME.ts) exports `configure`: it adds the arguments,
 * options, help text and action to the command that `main` created with the registry's name
 * and summary.
 */
export interface CommandModule {
  configure(command: Command, context: CommandContext): void;
}

/** One line of the registry: what `fundcast --help` shows, and how to load the command. */
export interface CommandEntry {
  name: string;
  /** arguments as shown in the command list, e.g. `[options] <scenario>` */
  usage: string;
  /** one line, English / 中文 */
  summary: string;
  /** imports the command's module; only the command being run is ever loaded */
  load: () => Promise<CommandModule>;
}
