import { CommanderError } from 'commander';
import type { MessageKey, MessageParams } from '../messages/catalogue';
import { messages } from '../messages/message';
import { EXIT } from './exitCodes';

/**
 * An error in a command's arguments (exit 1), in English and Chinese from the message catalogue:
 * `main` prints it as `error: <en> / <zh>`.
 * @example throw argumentError('cli.args.year', { value: 'soon' }) // error: --year must be a calendar year, found 'soon' / --year 须为日历年份，实际为 'soon'
 */
export function argumentError<K extends MessageKey>(key: K, params: MessageParams<K>): CommanderError {
  const { en, zh } = messages(key, params);
  return new CommanderError(EXIT.invalidInput, 'fundcast.args', `${en} / ${zh}`);
}

/**
 * The bilingual text of an error found by the command-line parser (Commander writes English only):
 * each Commander error code has a catalogue entry, its details taken from Commander's message.
 */
export function commanderErrorText(e: CommanderError): string {
  const text = e.message.replace(/^error: /, '').trim();
  const suggestion = text.match(/\(Did you mean (.+?)\?\)/)?.[1];
  const quoted = text.match(/'([^']*)'/g)?.map((q) => q.slice(1, -1)) ?? [];
  const both = (m: { en: string; zh: string }) => `${m.en} / ${m.zh}`;
  switch (e.code) {
    case 'commander.unknownCommand':
      return both(messages('cli.args.unknownCommand', { name: quoted[0] ?? text, suggestion }));
    case 'commander.unknownOption':
      return both(messages('cli.args.unknownOption', { name: quoted[0] ?? text, suggestion }));
    case 'commander.missingArgument':
      return both(messages('cli.args.missingArgument', { name: quoted[0] ?? text }));
    case 'commander.optionMissingArgument':
      return both(messages('cli.args.optionMissingValue', { option: quoted[0] ?? text }));
    case 'commander.missingMandatoryOptionValue':
      return both(messages('cli.args.missingOption', { option: quoted[0] ?? text }));
    case 'commander.invalidArgument': {
      const choices = text.match(/Allowed choices are (.+)\.$/)?.[1];
      if (choices && quoted.length >= 2) return both(messages('cli.args.invalidChoice', { option: quoted[0], value: quoted[1], choices: choices.split(', ') }));
      break;
    }
    case 'commander.excessArguments': {
      const n = text.match(/Expected (\d+) arguments? but got (\d+)/);
      if (n) return both(messages('cli.args.tooMany', { expected: Number(n[1]), found: Number(n[2]) }));
      break;
    }
  }
  return both(messages('cli.args.other', { text }));
}
