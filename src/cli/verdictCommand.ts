import { Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { combineScenario } from '../scenario/combineScenario';
import { formatVerdict } from '../solve/formatVerdict';
import { SolveError } from '../solve/SolveError';
import { verdict } from '../solve/verdict';

/**
 * Registers `fundcast verdict`:
 *   fundcast verdict <scenario> [--fund ID] [--lang en|zh] [--format text|json]
 * Prints, for each fund (or the one named), the sustainability verdict: a plain-language summary
 * and the figures behind it. JSON: {scenario, verdicts: Verdict[]}. An unknown fund raises a
 * CommanderError (exit 1 in `main`).
 */
export function verdictCommand(program: Command, io: { out: (s: string) => void }): void {
  program
    .command('verdict')
    .description('is the fund sustainable? first deficit, exhaustion, reserve bands / 基金可持续性结论')
    .argument('<scenario>', 'scenario YAML file')
    .option('--with <overlay...>', 'reform overlay files applied in order (base + A + B …)')
    .option('--fund <id>', 'only this fund')
    .addOption(new Option('--lang <lang>', 'language: en or zh').choices(['en', 'zh']).default('en'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 ok; 1 invalid arguments or scenario; 2 other failure.\n')
    .action((file: string, o: { with?: string[]; fund?: string; lang: 'en' | 'zh'; format: string }) => {
      const result = project(resolveAssumptions(combineScenario(file, o.with ?? [])));
      let verdicts;
      try {
        verdicts = (o.fund === undefined ? result.funds.map((f) => f.id) : [o.fund]).map((id) => verdict(result, id, { lang: o.lang }));
      } catch (e) {
        throw e instanceof SolveError ? new CommanderError(1, 'fundcast.verdict', e.message) : e;
      }
      if (o.format === 'json') io.out(JSON.stringify({ scenario: result.scenario, verdicts }, null, 2) + '\n');
      else io.out(verdicts.map((v) => formatVerdict(v, o.lang)).join('\n'));
    });
}
