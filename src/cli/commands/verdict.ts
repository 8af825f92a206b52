import { type Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { project } from '../../engine/project';
import { combineScenario } from '../../scenario/combineScenario';
import { formatVerdict } from '../../solve/formatVerdict';
import { SolveError } from '../../solve/SolveError';
import { requiredTopUp } from '../../solve/requiredTopUp';
import { verdict } from '../../solve/verdict';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, tableWidth, wideOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';

/**
 * `fundcast verdict`:
 *   fundcast verdict <scenario> [--fund ID] [--lang en|zh] [--format text|json] [--wide]
 * Prints, for each fund (or the one named), the sustainability verdict: a plain-language summary
 * and the figures behind it. A fund without a treasury top-up rule that falls below the low line
 * (3 months) is given the least top-up keeping it there (requiredTopUp), which the verdict states. JSON: {scenario, verdicts: Verdict[]}. An unknown fund raises a
 * CommanderError (exit 1 in `main`).
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .option('--fund <id>', 'only this fund')
    .addOption(langOption('language: en or zh'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(wideOption())
    .addHelpText('after', '\nExit codes: 0 ok; 1 invalid arguments or scenario; 2 other failure.\n')
    .action((file: string, o: { with?: string[]; fund?: string; lang: 'en' | 'zh'; format: string; wide?: boolean }) => {
      const assumptions = resolveAssumptions(combineScenario(file, o.with ?? []));
      const result = project(assumptions);
      const LOW = 3;
      // the least top-up keeping the low line, for a fund without its own rule that falls below it
      const leastTopUp = (id: string) => {
        const f = result.funds.find((x) => x.id === id);
        const needs = f && !f.rows.some((r) => 'treasury_top_up' in r.incomeItems) && f.rows.some((r) => r.reserveMonths !== null && r.reserveMonths < LOW);
        return needs ? requiredTopUp(assumptions, { fund: id, floorMonths: LOW }) : undefined;
      };
      let verdicts;
      try {
        verdicts = (o.fund === undefined ? result.funds.map((f) => f.id) : [o.fund]).map((id) => verdict(result, id, { lang: o.lang, low: LOW, topUp: leastTopUp(id) }));
      } catch (e) {
        throw e instanceof SolveError ? new CommanderError(EXIT.invalidInput, 'fundcast.verdict', e.message) : e;
      }
      if (o.format === 'json') io.out(JSON.stringify({ scenario: result.scenario, verdicts }, null, 2) + '\n');
      else io.out(verdicts.map((v) => formatVerdict(v, o.lang, tableWidth(o))).join('\n'));
    });
}
