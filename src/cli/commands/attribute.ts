import { type Command, Option } from 'commander';
import { FundcastError } from '../../errors/FundcastError';
import { argumentError } from '../argumentError';
import { attributeOverlays, attributeScenarios } from '../../attribution/attributeChange';
import { formatAttribution } from '../../attribution/formatAttribution';
import { isOverlayFile } from '../../scenario/combineScenario';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandTypes';
import { langOption, singleScenario, tableWidth, wideOption } from '../options';

/**
 * `fundcast attribute <base> <b | overlay…> --fund ID --year YEAR [--format table|json] [--lang en|zh]`:
 * splits the difference in a fund's balance and months of reserve among the levers that make it.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<base>', 'base scenario (A)')
    .argument('<b...>', 'scenario B (levers: the parameters that differ) or reform overlays (one lever each, in order)')
    .requiredOption('--fund <id>', 'fund to attribute')
    .requiredOption('--year <year>', 'year of the balance and months of reserve')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(langOption())
    .addOption(wideOption())
    .action((base: string, b: string[], o: { fund: string; year: string; format: string; lang: 'en' | 'zh'; wide?: boolean }) => {
      const year = Number(o.year);
      if (!/^\s*\d{4}\s*$/.test(o.year)) throw argumentError('cli.args.year', { value: o.year });
      const options = { fund: o.fund, year };
      let a;
      try {
        a = b.every(isOverlayFile) ? attributeOverlays(base, b, options) : attributeScenarios(loadScenario(base), loadScenario(singleScenario(b, 'attribute')), options);
      } catch (e) {
        // an unknown fund or a year outside the projection is a mistake in the arguments (exit 1)
        if (e instanceof FundcastError && e.code === 'attribution.unknownFund') throw argumentError('cli.args.option', { option: '--fund', value: o.fund, reason: e });
        if (e instanceof FundcastError && e.code === 'attribution.yearOutside') throw argumentError('cli.args.option', { option: '--year', value: o.year, reason: e });
        throw e;
      }
      io.out(o.format === 'json' ? JSON.stringify(a, null, 2) + '\n' : formatAttribution(a, { lang: o.lang, width: tableWidth(o) }));
    });
}
