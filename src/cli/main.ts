import { FundcastError } from '../errors/FundcastError';
import { Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { checkIdentities } from '../results/checkIdentities';
import { compareResults } from '../results/compareResults';
import { formatComparison } from '../results/formatComparison';
import { formatTable } from '../results/formatTable';
import { toCsv } from '../results/toCsv';
import type { ProjectionResult } from '../results/types';
import { attributeOverlays, attributeScenarios } from '../attribution/attributeChange';
import { formatAttribution } from '../attribution/formatAttribution';
import { combineScenario, isOverlayFile } from '../scenario/combineScenario';
import { loadScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import { scenarioJsonSchema } from '../scenario/scenarioJsonSchema';
import { OutputError, writeOutputDir } from './writeOutputDir';
import { writeOutputFile } from './writeOutputFile';
import { solveCommand } from './solveCommand';
import { verdictCommand } from './verdictCommand';

/** One scenario file where several were given (only overlays may be several). */
function single(files: string[], command: string): string {
  if (files.length !== 1) throw new CommanderError(EXIT.invalidInput, 'fundcast.args', `${command}: give one scenario B, or only reform overlay files (fundcast_overlay: 1) / 请给出一个情景 B，或仅给出改革方案文件`);
  return files[0];
}

/** Exit codes: 0 ok, 1 invalid input (scenario or arguments), 2 any other failure. */
export const EXIT = { ok: 0, invalidInput: 1, failure: 2 } as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function runProjection(file: string, overlays: readonly string[] = []): ProjectionResult {
  const result = project(resolveAssumptions(combineScenario(file, overlays)));
  const broken = checkIdentities(result);
  if (broken.length) throw new FundcastError('cli.internalCheckFailed', { broken: broken.slice(0, 5) });
  return result;
}

/**
 * The `fundcast` command line. Returns the exit code instead of exiting, so tests can call it.
 *   fundcast run <scenario> [--with overlay…] [--format table|csv|json] [--out DIR] [--lang en|zh] [--step N]
 *   fundcast validate <scenario>
 *   fundcast compare <a> <b | overlay…> [--format table|json] [--lang en|zh] [--step N]
 *   fundcast attribute <base> <b | overlay…> --fund ID --year YEAR [--format table|json] [--lang en|zh]
 *   fundcast solve <scenario> --fund ID --lever NAME --target SPEC [...]   (see solveCommand.ts)
 *   fundcast verdict <scenario> [--fund ID] [--lang en|zh] [--format text|json]
 *   fundcast schema [--out FILE]
 */
export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('fundcast')
    .description('Forecast health-insurance fund finances / 医保基金收支预测')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const lang = () => new Option('--lang <lang>', 'language of tables: en or zh').choices(['en', 'zh']).default('en');
  const step = () => new Option('--step <years>', 'show every N years in tables').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new CommanderError(EXIT.invalidInput, 'fundcast.step', `--step must be a whole number ≥ 1, found '${v}'`);
    return n;
  });

  program
    .command('run')
    .description('project a scenario / 运行情景预测')
    .argument('<scenario>', 'scenario YAML file')
    .option('--with <overlay...>', 'reform overlay files applied in order (base + A + B …)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--out <dir>', 'also write results.json, results.csv and summaries into this folder (whole or not at all)')
    .addOption(lang())
    .addOption(step())
    .action((file: string, o: { with?: string[]; format: string; out?: string; lang: 'en' | 'zh'; step?: number }) => {
      const result = runProjection(file, o.with ?? []);
      const json = JSON.stringify(result, null, 2) + '\n';
      if (o.format === 'json') io.out(json);
      else if (o.format === 'csv') io.out(toCsv(result));
      else io.out(formatTable(result, { lang: o.lang, step: o.step ?? 1 }));
      if (o.out) {
        writeOutputDir(o.out, {
          'results.json': json,
          'results.csv': toCsv(result),
          'summary-en.txt': formatTable(result, { lang: 'en' }),
          'summary-zh.txt': formatTable(result, { lang: 'zh' }),
        }, { scenario: result.scenario.id, scenarioFiles: result.scenario.files, generator: 'fundcast' });
        io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
      }
    });

  program
    .command('validate')
    .description('check a scenario file without projecting / 校验情景文件')
    .argument('<scenario>', 'scenario YAML file')
    .action((file: string) => {
      const loaded = loadScenario(file);
      resolveAssumptions(loaded);
      const s = loaded.scenario;
      io.out(`OK: ${file} — scenario '${s.id}', ${Object.keys(s.funds).length} fund(s), ${s.base_year}–${s.end_year} / 校验通过\n`);
    });

  program
    .command('compare')
    .description('compare two scenarios side by side / 比较两个情景')
    .argument('<a>', 'first scenario (A)')
    .argument('<b...>', 'second scenario (B), or reform overlays: B = A + overlays in order')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(lang())
    .addOption(step())
    .action((a: string, b: string[], o: { format: string; lang: 'en' | 'zh'; step?: number }) => {
      const c = compareResults(runProjection(a), b.every(isOverlayFile) ? runProjection(a, b) : runProjection(single(b, 'compare')));
      io.out(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : formatComparison(c, { lang: o.lang, step: o.step ?? 5 }));
    });

  program
    .command('attribute')
    .description('split the difference between two scenarios among the levers that make it / 分解两个情景之差')
    .argument('<base>', 'base scenario (A)')
    .argument('<b...>', 'scenario B (levers: the parameters that differ) or reform overlays (one lever each, in order)')
    .requiredOption('--fund <id>', 'fund to attribute')
    .requiredOption('--year <year>', 'year of the balance and months of reserve')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(lang())
    .action((base: string, b: string[], o: { fund: string; year: string; format: string; lang: 'en' | 'zh' }) => {
      const year = Number(o.year);
      if (!Number.isInteger(year)) throw new CommanderError(EXIT.invalidInput, 'fundcast.year', `--year must be a calendar year, found '${o.year}'`);
      const options = { fund: o.fund, year };
      const a = b.every(isOverlayFile) ? attributeOverlays(base, b, options) : attributeScenarios(loadScenario(base), loadScenario(single(b, 'attribute')), options);
      io.out(o.format === 'json' ? JSON.stringify(a, null, 2) + '\n' : formatAttribution(a, { lang: o.lang }));
    });

  solveCommand(program, io, (c) => (code = c));
  verdictCommand(program, io);
  program
    .command('schema')
    .description('print the JSON Schema of scenario files (for editors) / 输出情景文件的 JSON Schema')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((o: { out?: string }) => {
      const text = JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
      if (o.out) writeOutputFile(o.out, text, (existing) => existing.includes('"title": "fundcast scenario'));
      else io.out(text);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      code = e.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
      if (e.code.startsWith('fundcast.')) io.err(`error: ${e.message}\n`);
    } else if (e instanceof ScenarioError) {
      io.err(e.message + '\n');
      code = EXIT.invalidInput;
    } else if (e instanceof OutputError) {
      io.err(`error: ${e.message}\n`);
      code = EXIT.invalidInput;
    } else {
      io.err(`fundcast failed / 运行失败: ${(e as Error)?.message ?? e}\n`);
      code = EXIT.failure;
    }
  }
  return code;
}
