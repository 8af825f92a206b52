import { type Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { lookupLever } from '../../levers/leverRegistry';
import { combineScenario } from '../../scenario/combineScenario';
import { formatSolveResult } from '../../solve/formatSolveResult';
import { parseTargetSpec } from '../../solve/parseTargetSpec';
import { SolveError } from '../../solve/SolveError';
import { solveLever } from '../../solve/solveLever';
import { solveResultJson } from '../../solve/solveResultJson';
import type { CommandContext } from '../commandTypes';
import { EXIT, EXIT_INFEASIBLE } from '../exitCodes';
import { argumentError } from '../argumentError';
import { langOption, tableWidth, wideOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';

const HELP = `
Targets:
  min-months:6              reserve months ≥ 6 in every year from --from to the end year
  min-months:6:2025-2035    … in every year 2025–2035
  band:2035:6:9             reserve months within [6, 9] in 2035
  stable:2030:2060          balance ÷ expenditure equal in 2030 and 2060 (stable ratio)
  paygo                     current surplus 0 in every year (a value per year)
--max-change phases the lever from its value in the year before --from, by at most X a year.

Exit codes: 0 solved; 1 invalid arguments or scenario; 2 other failure;
            3 no feasible value within the bounds (the reason is printed).
退出码：0 已求解；1 参数或情景无效；2 其他错误；3 上下限内无可行解（输出原因）。
`;

/** A CommanderError that `main` reports as invalid input (exit 1), with the solver's bilingual text. */
function invalid(e: unknown): unknown {
  return e instanceof SolveError ? new CommanderError(EXIT.invalidInput, 'fundcast.solve', e.message) : e;
}

/** A numeric option checked by `check`; a bad value is an argument error in English and Chinese (`rule`: what it must be). */
function numberOption(flag: string, description: string, check: (n: number) => boolean, rule: { en: string; zh: string }): Option {
  return new Option(flag, description).argParser((v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || !check(n)) throw argumentError('cli.args.number', { option: flag.split(' ')[0], value: v, rule });
    return n;
  });
}

/**
 * `fundcast solve`:
 *   fundcast solve <scenario> --fund ID --lever NAME --target SPEC [--from YEAR] [--min X --max Y]
 *     [--max-change X] [--direction min|max] [--format table|json] [--lang en|zh] [--step N] [--wide]
 * Prints the solved value, binding year, lever path and the re-projected fund, or the reason no
 * value exists. `setCode(EXIT_INFEASIBLE)` marks an infeasible target; invalid arguments raise a
 * CommanderError (exit 1 in `main`).
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .requiredOption('--fund <id>', 'fund id')
    .requiredOption('--lever <name>', 'lever: employer_rate, employee_rate, retiree_rate, collection_rate, retiree_credit_share, premium_per_head, subsidy_per_head, excess_cost_growth, fiscal_subsidy')
    .addOption(new Option('--target <spec>', 'target (see below)').makeOptionMandatory().argParser((v) => {
      try {
        return parseTargetSpec(v);
      } catch (e) {
        // the parser's own bilingual text, once (Commander would prefix it with English and wrap it again)
        if (e instanceof SolveError) throw argumentError('cli.args.option', { option: '--target', value: v, reason: { en: e.en, zh: e.zh } });
        throw e;
      }
    }))
    .addOption(numberOption('--from <year>', 'first year the lever moves (default: first projected year)', Number.isInteger, { en: 'a calendar year', zh: '日历年份' }))
    .addOption(numberOption('--min <x>', 'lower bound of the search (default: the lever\'s natural bound)', () => true, { en: 'a number', zh: '数值' }))
    .addOption(numberOption('--max <y>', 'upper bound of the search', () => true, { en: 'a number', zh: '数值' }))
    .addOption(numberOption('--max-change <x>', 'largest change of the lever per year', (n) => n > 0, { en: 'a positive number', zh: '正数' }))
    .addOption(new Option('--direction <d>', 'min: lowest value meeting the target; max: highest (for cuts)').choices(['min', 'max']).default('min'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(langOption('language: en or zh'))
    .addOption(numberOption('--step <years>', 'show every N years of the re-projected fund', (n) => Number.isInteger(n) && n >= 1, { en: 'a whole number ≥ 1', zh: '不小于 1 的整数' }))
    .addOption(wideOption())
    .addHelpText('after', HELP)
    .action((file: string, o: { with?: string[]; fund: string; lever: string; target: ReturnType<typeof parseTargetSpec>; from?: number; min?: number; max?: number; maxChange?: number; direction: 'min' | 'max'; format: string; lang: 'en' | 'zh'; step?: number; wide?: boolean }) => {
      const assumptions = resolveAssumptions(combineScenario(file, o.with ?? []));
      let result;
      try {
        // one bound given: the other is the lever's natural bound (an unknown fund or lever is
        // reported by the solver before it looks at the bounds)
        const scheme = assumptions.funds.find((f) => f.id === o.fund)?.scheme;
        const lever = scheme ? lookupLever(o.lever, scheme) : undefined;
        const bounds: [number, number] | undefined = o.min === undefined && o.max === undefined ? undefined : [o.min ?? lever?.min ?? NaN, o.max ?? lever?.max ?? NaN];
        result = solveLever(assumptions, { fund: o.fund, lever: o.lever, target: o.target, from: o.from, bounds, maxChangePerYear: o.maxChange, direction: o.direction });
      } catch (e) {
        throw invalid(e);
      }
      io.out(o.format === 'json' ? JSON.stringify(solveResultJson(result), null, 2) + '\n' : formatSolveResult(result, { lang: o.lang, step: o.step ?? 5, width: tableWidth(o) }));
      if (!result.feasible) setCode(EXIT_INFEASIBLE);
    });
}
