import { type Command, CommanderError, Option } from 'commander';
import { FundcastError } from '../../errors/FundcastError';
import { writeOutputs } from '../../output/writeOutputs';
import { formatRegions } from '../../regions/formatRegions';
import { loadRegions } from '../../regions/loadRegions';
import { projectRegions } from '../../regions/projectRegions';
import { regionsCsv } from '../../regions/regionsCsv';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, tableWidth, wideOption } from '../options';

/** A located input error of the regions or batch code as a command-line error (exit 1). */
export function asInputError(e: unknown): unknown {
  return e instanceof FundcastError && (e.code.startsWith('regions.') || e.code.startsWith('batch.')) ? new CommanderError(EXIT.invalidInput, 'fundcast.regions', e.message) : e;
}

/**
 * `fundcast regions <file> [--rule ID…] [--format table|csv] [--out DIR] [--lang en|zh] [--wide]`:
 * projects every region of a region file, compares the pooling rules (separate, full, adjustment
 * fund), rolls each up to the province (identities checked) and ranks the regions by risk. The
 * table goes to standard output; `--format csv` prints ranking.csv; `--out DIR` writes every CSV
 * of regionsCsv (regions, province, ranking, transfers, out-of-region).
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<file>', 'region file (YAML, fundcast_regions: 1)')
    .option('--rule <id...>', 'pooling rules to compare: separate, full, adjustment_fund (default: every configured one)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv']).default('table'))
    .option('--out <dir>', 'write every CSV file into this folder')
    .option('--force', 'replace files in --out that fundcast cannot tell are its own')
    .addOption(langOption())
    .addOption(wideOption())
    .action((file: string, o: { rule?: string[]; format: string; out?: string; force?: boolean; lang: 'en' | 'zh'; wide?: boolean }) => {
      try {
        const set = loadRegions(file);
        const p = projectRegions(set, { rules: o.rule });
        const files = regionsCsv(p);
        if (o.out) writeOutputs(o.out, files, { force: o.force, label: `--out ${o.out}`, protect: [file], about: { command: 'regions', regions: p.id } });
        io.out(o.format === 'csv' ? files['ranking.csv'] : formatRegions(p, o.lang, tableWidth(o)));
      } catch (e) {
        throw asInputError(e);
      }
    });
}
