import { type Command, Option } from 'commander';
import { compareResults } from '../../results/compareResults';
import { formatComparison } from '../../results/formatComparison';
import { isOverlayFile } from '../../scenario/combineScenario';
import type { CommandContext } from '../commandTypes';
import { langOption, singleScenario, stepOption } from '../options';
import { runProjection } from '../runProjection';

/**
 * `fundcast compare <a> <b | overlay…> [--format table|json] [--lang en|zh] [--step N]`:
 * two scenarios side by side, or a scenario against itself with reform overlays applied.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<a>', 'first scenario (A)')
    .argument('<b...>', 'second scenario (B), or reform overlays: B = A + overlays in order')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(langOption())
    .addOption(stepOption())
    .action((a: string, b: string[], o: { format: string; lang: 'en' | 'zh'; step?: number }) => {
      const c = compareResults(runProjection(a), b.every(isOverlayFile) ? runProjection(a, b) : runProjection(singleScenario(b, 'compare')));
      io.out(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : formatComparison(c, { lang: o.lang, step: o.step ?? 5 }));
    });
}
