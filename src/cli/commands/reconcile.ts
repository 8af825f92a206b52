import { type Command, CommanderError, Option } from 'commander';
import { EXIT } from '../exitCodes';
import { readEarlierForecast } from '../../attribution/earlierForecast';
import { formatReconciliation, reconciliationCsv } from '../../attribution/formatReconciliation';
import { reconcile } from '../../attribution/reconcile';
import { scenarioDifferences } from '../../attribution/scenarioDifferences';
import { FundcastError } from '../../errors/FundcastError';
import { writeOutputs } from '../../output/writeOutputs';
import { combineScenario } from '../../scenario/combineScenario';
import { argumentError } from '../argumentError';
import type { CommandContext } from '../commandTypes';
import { langOption, tableWidth, wideOption } from '../options';

/**
 * `fundcast reconcile <earlier> <scenario> [--with overlay…] [--method overlay…] [--earlier-scenario FILE]
 *   [--earlier-with overlay…] [--year Y] [--format table|json|csv] [--lang en|zh] [--out DIR] [--force] [--wide]`:
 * how the key outcomes moved since an earlier forecast (a scenario, or saved `run --format json`
 * results with the scenario they were run from), split into new data, assumption changes, method
 * changes and other. `--method` overlays are applied to the later scenario after `--with`, and the
 * parameters they set count as method changes (e.g. the overlay `fundcast calibrate` writes).
 * `--out` writes reconciliation.json, reconciliation.csv, reconciliation-en.txt and reconciliation-zh.txt.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<earlier>', 'the earlier forecast: a scenario file, or results saved by `fundcast run --format json`')
    .argument('<scenario>', 'the later scenario')
    .option('--with <overlays...>', 'reform overlays applied to the later scenario')
    .option('--method <overlays...>', 'overlays applied to the later scenario whose changes are method changes (e.g. a `fundcast calibrate` overlay)')
    .option('--earlier-scenario <file>', 'the scenario saved results were run from (their hash must match)')
    .option('--earlier-with <overlays...>', 'overlays the earlier forecast was run with')
    .option('--year <year>', 'year of months of reserve and balance (default: the later base year + 10, within both horizons)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--out <dir>', 'also write reconciliation.json, .csv and the en/zh tables into this folder')
    .option('--force', 'replace files of those names even if fundcast did not write them')
    .addOption(langOption())
    .addOption(wideOption())
    .addHelpText('after', '\nExit codes: 0 ok; 1 invalid arguments or scenarios; 2 other failure.\n')
    .action((earlierFile: string, file: string, o: { with?: string[]; method?: string[]; earlierScenario?: string; earlierWith?: string[]; year?: string; format: string; out?: string; force?: boolean; lang: 'en' | 'zh'; wide?: boolean }) => {
      if (o.year !== undefined && !/^\s*\d{4}\s*$/.test(o.year)) throw argumentError('cli.args.year', { value: o.year });
      const withFiles = o.with ?? [];
      const methodFiles = o.method ?? [];
      const later = combineScenario(file, [...withFiles, ...methodFiles]);
      const methodNames = new Set(methodFiles.length ? scenarioDifferences(combineScenario(file, withFiles).scenario, later.scenario).map((d) => d.name) : []);
      let r;
      try {
        const earlier = readEarlierForecast(earlierFile, { scenario: o.earlierScenario, withFiles: o.earlierWith });
        r = reconcile(earlier, later, { year: o.year === undefined ? undefined : Number(o.year), methodNames });
      } catch (e) {
        if (e instanceof FundcastError && e.code === 'attribution.reconcileYear') throw argumentError('cli.args.option', { option: '--year', value: o.year ?? '', reason: e });
        // saved results without their scenario, a different scenario, a file that is not results: invalid input (exit 1)
        if (e instanceof FundcastError && e.code.startsWith('attribution.reconcile')) throw new CommanderError(EXIT.invalidInput, e.code, `${e.en} / ${e.zh}`);
        throw e;
      }
      const json = JSON.stringify(r, null, 2) + '\n';
      if (o.format === 'json') io.out(json);
      else if (o.format === 'csv') io.out(reconciliationCsv(r));
      else io.out(formatReconciliation(r, { lang: o.lang, width: tableWidth(o) }));
      if (o.out) {
        const files = { 'reconciliation.json': json, 'reconciliation.csv': reconciliationCsv(r), 'reconciliation-en.txt': formatReconciliation(r, { lang: 'en' }), 'reconciliation-zh.txt': formatReconciliation(r, { lang: 'zh' }) };
        writeOutputs(o.out, files, { force: o.force, label: `--out ${o.out}`, protect: [earlierFile, file, ...withFiles, ...methodFiles, ...(o.earlierScenario ? [o.earlierScenario] : []), ...(o.earlierWith ?? [])], about: { command: 'reconcile', earlier: r.earlier.id, later: r.later.id } });
        io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
      }
    });
}
