import { type Command, CommanderError, Option } from 'commander';
import { BudgetError } from '../../budget/BudgetError';
import { budgetPrinciples, DEFAULT_SURPLUS_RANGE, type SurplusRange } from '../../budget/budgetPrinciples';
import { checkBudget } from '../../budget/checkBudget';
import { draftBudget } from '../../budget/draftBudget';
import { budgetVariance } from '../../budget/budgetVariance';
import { budgetCsv, budgetVarianceCsv, formatBudget, formatBudgetVariance } from '../../budget/formatBudget';
import { argumentError } from '../argumentError';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { runProjection } from '../runProjection';

function parseRange(v: string): SurplusRange {
  const m = /^\s*(-?[\d.]+)\s*[,–-]\s*(-?[\d.]+)\s*$/.exec(v);
  const low = m ? Number(m[1]) : NaN;
  const high = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high || low <= -1 || high >= 1)
    throw argumentError('cli.args.number', { option: '--surplus-range', value: v, rule: { en: 'two shares of income LOW,HIGH with −1 < LOW ≤ HIGH < 1 (e.g. 0,0.05)', zh: '两个收入占比 下限,上限，且 −1 < 下限 ≤ 上限 < 1（如 0,0.05）' } });
  return { low, high };
}

/**
 * `fundcast budget`:
 *   fundcast budget <scenario> [--year Y] [--fund ID] [--format table|csv|json] [--lang en|zh]
 *                   [--surplus-range LOW,HIGH] [--variance] [--with overlay…]
 * Drafts next year's fund budget (基金收支预算) from the projection, in the official line layout,
 * for every fund (or the one named): each line with its source, the arithmetic checks, and the
 * budget-principle check (以收定支、收支平衡、略有结余) with the change of income or spending that
 * would restore it; with --variance, the variance analysis (budgetVariance). The year defaults to the year after the base year. Exit 0 even when the
 * principle is breached (the draft is still a draft); 1 on bad arguments or scenario.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .option('--year <year>', 'budget year (default: the year after the base year)')
    .option('--fund <id>', 'only this fund')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .addOption(langOption())
    .option('--variance', 'add the variance analysis: last year\'s budget, last year\'s execution and the draft by line, each change split into volume and per-head effects (csv: the variance table instead of the budget table)')
    .option('--surplus-range <low,high>', `the "small surplus" (略有结余) range as shares of income (default ${DEFAULT_SURPLUS_RANGE.low},${DEFAULT_SURPLUS_RANGE.high})`)
    .addHelpText('after', '\nFigures are whole yuan: the year\'s income, expenditure and opening balance of `fundcast run`, each rounded once, split exactly over the lines.\nExit codes: 0 ok; 1 invalid arguments or scenario; 2 other failure.\n')
    .action((file: string, o: { with?: string[]; year?: string; fund?: string; format: string; lang: 'en' | 'zh'; surplusRange?: string; variance?: boolean }) => {
      if (o.year !== undefined && !/^\s*\d{4}\s*$/.test(o.year)) throw argumentError('cli.args.year', { value: o.year });
      const range = o.surplusRange === undefined ? DEFAULT_SURPLUS_RANGE : parseRange(o.surplusRange);
      const result = runProjection(file, o.with ?? []);
      const year = o.year === undefined ? result.scenario.baseYear + 1 : Number(o.year);
      let budgets;
      try {
        budgets = (o.fund === undefined ? result.funds.map((f) => f.id) : [o.fund]).map((id) => draftBudget(result, id, year));
      } catch (e) {
        throw e instanceof BudgetError ? new CommanderError(EXIT.invalidInput, 'fundcast.budget', e.message) : e;
      }
      const checked = budgets.map((b) => ({ budget: b, checks: checkBudget(b), principles: budgetPrinciples(b, result.bands, { surplusRange: range, basis: result.reserveMonthsBasis }), variance: budgetVariance(b) }));
      if (o.format === 'json') io.out(JSON.stringify({ scenario: result.scenario, year, unit: 'yuan', surplusRange: range, budgets: checked }, null, 2) + '\n');
      else if (o.format === 'csv') io.out(o.variance ? budgetVarianceCsv(checked.map((c) => c.variance)) : budgetCsv(budgets));
      else io.out(checked.map((c) => formatBudget(c.budget, o.lang, c.checks, c.principles) + (o.variance ? '\n' + formatBudgetVariance(c.budget, c.variance, o.lang) : '')).join('\n'));
    });
}
