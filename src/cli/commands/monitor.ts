import { CommanderError, Option, type Command } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { FundcastError } from '../../errors/FundcastError';
import { formatMonitor } from '../../monthly/formatMonitor';
import type { FundMonitor } from '../../monthly/monitorFund';
import { monitorScenario } from '../../budget/monitorScenario';
import { writeOutputs } from '../../output/writeOutputs';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption } from '../options';

/**
 * `fundcast monitor <scenario> [--month YYYY-MM] [--format table|csv|json|xlsx] [--lang en|zh] [--out DIR [--force]]`: the
 * monthly analysis of every fund with monthly figures (docs/monthly.md) — the current year
 * re-estimated from its months to date, each line's execution against its profile (measured against
 * the year's budget: `monthly.budget`, else the model's draft of the year without the months), the expected year-end balance and months of reserve, and the
 * warnings of the scenario's rules. With --out the output is written as
 * DIR/monitor-<YYYY-MM>-<lang>.<txt|csv|json|xlsx> (through writeOutputs) instead of printed; xlsx
 * (excel/monitorWorkbook) needs --out. A warning does not change the exit code (0); bad input exits 1.
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file whose funds carry `monthly` figures')
    .option('--month <YYYY-MM>', 'analyse as of this month of the current year (default: the last month given) / 截至月份')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .addOption(langOption())
    .option('--out <dir>', 'write the output as monitor-<YYYY-MM>-<lang>.<txt|csv|json|xlsx> into this folder instead of printing it / 输出文件夹')
    .option('--force', 'replace a file of that name even if fundcast did not write it')
    .action(async (file: string, o: { month?: string; format: string; lang: 'en' | 'zh'; out?: string; force?: boolean }) => {
      if (o.format === 'xlsx' && !o.out) throw new CommanderError(EXIT.invalidInput, 'fundcast.xlsxOut', '--format xlsx writes a workbook file: give --out DIR / --format xlsx 需要 --out 指定输出文件夹');
      try {
        const loaded = loadScenario(file);
        const currentYear = loaded.scenario.base_year + 1;
        let month: number | undefined;
        if (o.month !== undefined) {
          const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(o.month);
          if (!m || Number(m[1]) !== currentYear)
            throw new CommanderError(EXIT.invalidInput, 'fundcast.month', `--month: expected a month of the current year ${currentYear} written YYYY-MM, found '${o.month}' / --month 应为当前年度 ${currentYear} 年的月份（YYYY-MM），实为 '${o.month}'`);
          month = Number(m[2]);
        }
        const monitors = monitorScenario(loaded, month);
        if (monitors.length === 0)
          throw new CommanderError(EXIT.invalidInput, 'fundcast.monitor', `${file}: no fund has a monthly block / ${file}：没有任何基金给出月度数据（monthly）`);
        const scenario = resolveAssumptions(loaded).scenario;
        let output: string | Uint8Array;
        if (o.format === 'json') output = JSON.stringify({ scenario, monitors }, null, 2) + '\n';
        else if (o.format === 'csv') output = monitorCsv(monitors);
        else if (o.format === 'xlsx') output = await (await import('../../excel/monitorWorkbook')).monitorWorkbook(monitors, o.lang);
        else output = formatMonitor(monitors, o.lang);
        if (!o.out) return void io.out(output as string);
        const r = monitors[0]!.reEstimate;
        const name = `monitor-${r.year}-${String(r.month).padStart(2, '0')}-${o.lang}.${o.format === 'table' ? 'txt' : o.format}`;
        writeOutputs(o.out, { [name]: output }, { force: o.force, label: `--out ${o.out}`, protect: [file, ...scenario.files], about: { command: 'monitor', scenario: scenario.id } });
        io.err(`wrote ${o.out}/${name} / 已写入\n`);
      } catch (e) {
        if (!(e instanceof FundcastError)) throw e;
        io.err(`error: ${e.message}\n`);
        setCode(EXIT.invalidInput);
      }
    });
}

/** One CSV line per fund and line (RFC 4180; lines and ids hold no comma or quote). */
function monitorCsv(monitors: readonly FundMonitor[]): string {
  const n = (x: number | null) => (x === null ? '' : String(x));
  const lines = ['fund,year,month,line,year_to_date,expected_share,estimate,low,high,naive,reference,reference_source,execution,ahead_of_profile'];
  for (const m of monitors)
    for (const r of m.rows)
      lines.push([m.fund, m.reEstimate.year, m.reEstimate.month, r.line, r.yearToDate, r.expectedShare, r.estimate, n(r.low), n(r.high), r.naive, n(r.reference), r.referenceSource ?? '', n(r.execution), n(r.aheadOfProfile)].join(','));
  return lines.join('\n') + '\n';
}
