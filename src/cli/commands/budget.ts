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
import { runLoadedProjection } from '../runProjection';
import { allocateFunds } from '../../budget/allocateFunds';
import { allocationCsv, formatAllocation } from '../../budget/formatAllocation';
import { combineScenario } from '../../scenario/combineScenario';
import { budgetMonthlyOutput } from '../budgetMonthlyOutput';
import { writeOutputs } from '../../output/writeOutputs';

function parseRange(v: string): SurplusRange {
  const m = /^\s*(-?[\d.]+)\s*[,–-]\s*(-?[\d.]+)\s*$/.exec(v);
  const low = m ? Number(m[1]) : NaN;
  const high = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high || low <= -1 || high >= 1)
    throw argumentError('cli.args.number', { option: '--surplus-range', value: v, rule: { en: 'two shares of income LOW,HIGH with −1 < LOW ≤ HIGH < 1 (e.g. 0,0.05)', zh: '两个收入占比 下限,上限，且 −1 < 下限 ≤ 上限 < 1（如 0,0.05）' } });
  return { low, high };
}

/** `--what-if +5%`: every provider's actual spending = its allocation × (1 + N %). */
function parseWhatIf(v: string): number {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*%?\s*$/.exec(v);
  const n = m ? Number(m[1]) / 100 : NaN;
  if (!Number.isFinite(n) || n <= -1 || n > 10) throw argumentError('cli.args.number', { option: '--what-if', value: v, rule: { en: 'a change in per cent above −100 and at most 1000 (e.g. +5% or -3%)', zh: '大于 −100 且不超过 1000 的百分比变化（如 +5% 或 -3%）' } });
  return n;
}

/**
 * `fundcast budget`:
 *   fundcast budget <scenario> [--year Y] [--fund ID] [--format table|csv|json] [--lang en|zh]
 *                   [--surplus-range LOW,HIGH] [--monthly] [--variance] [--allocate [--what-if ±N%]] [--with overlay…] [--out DIR [--force]]
 * Drafts next year's fund budget (基金收支预算) from the projection, in the official line layout,
 * for every fund (or the one named): each line with its source, the arithmetic checks, and the
 * budget-principle check (以收定支、收支平衡、略有结余) with the change of income or spending that
 * would restore it; with --monthly, the budget year by month instead (budgetByMonth); with
 * --variance, the variance analysis after each table (csv: instead of it; xlsx: a variance sheet per fund; budgetVariance; json has it always). The year defaults to the year after the base year. With --out the output is
 * written as DIR/budget-<year>-<lang>.<txt|csv|json|xlsx> (through writeOutputs) instead of printed;
 * xlsx (the workbook in the official layout: excel/budgetWorkbook) needs --out. With --allocate,
 * instead of the budget table: the benefit line allocated to items and providers by each fund's
 * `allocation` block and the year-end settlement (budget/allocateFunds), as table/csv/json/xlsx
 * (xlsx: a sheet per fund, excel/allocationSheet)
 * (file allocation-<year>-<lang>.<ext> with --out). Exit 0 even when the
 * principle is breached (the draft is still a draft); 1 on bad arguments or scenario.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .option('--year <year>', 'budget year (default: the year after the base year)')
    .option('--fund <id>', 'only this fund')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .addOption(langOption())
    .option('--out <dir>', 'write the output as budget-<year>-<lang>.<txt|csv|json|xlsx> into this folder instead of printing it (other files there are never touched)')
    .option('--force', 'replace a file of that name even if fundcast did not write it')
    .option('--monthly', 'the budget year by month: each line split by its seasonal profile, month-end balances, the lowest month / 预算分月')
    .option('--variance', 'add the variance analysis: last year\'s budget, last year\'s execution and the draft by line, each change split into volume and per-head effects (csv: the variance table instead of the budget table; xlsx: a variance sheet per fund)')
    .option('--allocate', 'allocate the benefit budget to items and providers by the scenario\'s allocation block, and settle (总额预算分配与年终清算)')
    .option('--what-if <change>', 'with --allocate: settle as if every provider spent its allocation changed by this (e.g. +5% or -3%)')
    .option('--surplus-range <low,high>', `the "small surplus" (略有结余) range as shares of income (default ${DEFAULT_SURPLUS_RANGE.low},${DEFAULT_SURPLUS_RANGE.high})`)
    .addHelpText('after', '\nFigures are whole yuan: the year\'s income, expenditure and opening balance of `fundcast run`, each rounded once, split exactly over the lines.\nExit codes: 0 ok; 1 invalid arguments or scenario; 2 other failure.\n')
    .action(async (file: string, o: { with?: string[]; year?: string; fund?: string; format: string; lang: 'en' | 'zh'; surplusRange?: string; out?: string; force?: boolean; monthly?: boolean; variance?: boolean; allocate?: boolean; whatIf?: string }) => {
      if (o.format === 'xlsx' && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.xlsxOut', '--format xlsx writes a workbook file: give --out DIR / --format xlsx 需要 --out 指定输出文件夹');
      if (o.year !== undefined && !/^\s*\d{4}\s*$/.test(o.year)) throw argumentError('cli.args.year', { value: o.year });
      const range = o.surplusRange === undefined ? DEFAULT_SURPLUS_RANGE : parseRange(o.surplusRange);
      if (o.whatIf !== undefined && !o.allocate) throw argumentError('cli.args.option', { option: '--what-if', value: o.whatIf, reason: { en: 'settles an allocation: give --allocate too', zh: '用于总额预算分配的清算，请同时给出 --allocate' } });
      const whatIf = o.whatIf === undefined ? null : parseWhatIf(o.whatIf);
      const loaded = combineScenario(file, o.with ?? []);
      const result = runLoadedProjection(loaded);
      const year = o.year === undefined ? result.scenario.baseYear + 1 : Number(o.year);
      let budgets;
      try {
        budgets = (o.fund === undefined ? result.funds.map((f) => f.id) : [o.fund]).map((id) => draftBudget(result, id, year));
      } catch (e) {
        throw e instanceof BudgetError ? new CommanderError(EXIT.invalidInput, 'fundcast.budget', e.message) : e;
      }
      if (o.monthly) {
        const split = budgetMonthlyOutput(file, o.with ?? [], budgets, o.format === 'xlsx' ? 'json' : o.format, o.lang);
        let text: string | Uint8Array = split.text;
        if (o.format === 'xlsx') {
          const { budgetMonthlyWorkbook } = await import('../../excel/budgetMonthlyWorkbook');
          const s = result.scenario;
          text = await budgetMonthlyWorkbook(split.monthly.map((m, k) => ({ monthly: m, name: o.lang === 'zh' ? (budgets[k]!.nameZh ?? budgets[k]!.name) : budgets[k]!.name })), { lang: o.lang, scenario: o.lang === 'zh' ? (s.nameZh ?? s.name) : s.name });
        }
        if (!o.out) return void io.out(text as string);
        const name = `budget-${year}-monthly-${o.lang}.${o.format === 'table' ? 'txt' : o.format}`;
        writeOutputs(o.out, { [name]: text }, { force: o.force, label: `--out ${o.out}`, protect: [file, ...(o.with ?? []), ...result.scenario.files, ...result.scenario.overlays.map((x) => x.file)], about: { command: 'budget', scenario: result.scenario.id, year } });
        return void io.err(`wrote ${o.out}/${name} / 已写入\n`);
      }
      const checked = budgets.map((b) => ({ budget: b, checks: checkBudget(b), principles: budgetPrinciples(b, result.bands, { surplusRange: range, basis: result.reserveMonthsBasis }), variance: budgetVariance(b) }));
      let output: string | Uint8Array;
      let stem = 'budget';
      if (o.allocate) {
        let allocated;
        try {
          allocated = allocateFunds(loaded, budgets, whatIf);
        } catch (e) {
          throw e instanceof BudgetError ? new CommanderError(EXIT.invalidInput, 'fundcast.budget', e.message) : e;
        }
        stem = 'allocation';
        if (o.format === 'json') output = JSON.stringify({ scenario: result.scenario, year, unit: 'yuan', allocations: allocated.map((a) => ({ allocation: a.allocation, settlement: a.settlement, settlementRule: a.plan.settlement })) }, null, 2) + '\n';
        else if (o.format === 'csv') output = allocationCsv(allocated);
        else if (o.format === 'xlsx') {
          const { budgetWorkbook } = await import('../../excel/budgetWorkbook');
          const s = result.scenario;
          output = await budgetWorkbook([], { lang: o.lang, scenario: o.lang === 'zh' ? (s.nameZh ?? s.name) : s.name, allocations: allocated });
        }
        else output = allocated.map((a) => formatAllocation(a.allocation, o.lang, a.settlement, a.plan.settlement !== null)).join('\n');
      } else if (o.format === 'json') output = JSON.stringify({ scenario: result.scenario, year, unit: 'yuan', surplusRange: range, budgets: checked }, null, 2) + '\n';
      else if (o.format === 'csv') output = o.variance ? budgetVarianceCsv(checked.map((c) => c.variance)) : budgetCsv(budgets);
      else if (o.format === 'xlsx') {
        const { budgetWorkbook } = await import('../../excel/budgetWorkbook');
        const s = result.scenario;
        output = await budgetWorkbook(o.variance ? checked : checked.map(({ variance: _v, ...c }) => c), { lang: o.lang, scenario: o.lang === 'zh' ? (s.nameZh ?? s.name) : s.name, bands: result.bands, surplusRange: range });
      } else output = checked.map((c) => formatBudget(c.budget, o.lang, c.checks, c.principles) + (o.variance ? '\n' + formatBudgetVariance(c.budget, c.variance, o.lang) : '')).join('\n');
      if (!o.out) return void io.out(output as string);
      const name = `${stem}-${year}${o.variance && o.format === 'csv' && !o.allocate ? '-variance' : ''}-${o.lang}.${o.format === 'table' ? 'txt' : o.format}`;
      writeOutputs(o.out, { [name]: output }, { force: o.force, label: `--out ${o.out}`, protect: [file, ...(o.with ?? []), ...result.scenario.files, ...result.scenario.overlays.map((x) => x.file)], about: { command: 'budget', scenario: result.scenario.id, year } });
      io.err(`wrote ${o.out}/${name} / 已写入\n`);
    });
}
