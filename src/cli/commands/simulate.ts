import { type Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { formatSimulation } from '../../montecarlo/formatSimulation';
import { DEFAULT_PATHS, DEFAULT_SEED, EXACT_PATHS, simulate, SimulateOptionError, simulationPlan } from '../../montecarlo/simulate';
import { writeOutputs } from '../../output/writeOutputs';
import { combineScenario } from '../../scenario/combineScenario';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption, stepOption, tableWidth, wideOption, WITH_DESCRIPTION, WITH_FLAGS } from '../options';
import { argumentError } from '../argumentError';

const whole = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new CommanderError(EXIT.invalidInput, 'fundcast.number', `${name} must be a whole number, found '${v}' / ${name} 须为整数，实际为 '${v}'`);
  return n;
};

/**
 * `fundcast simulate <scenario> [--with overlay…] [--paths N] [--seed S] [--threads T] [--exact] [--quiet] [--dry-run] [--format table|json] [--out DIR [--force]] [--lang en|zh] [--step N] [--wide]`:
 * the Monte Carlo run of a scenario's `stochastic` block (library: simulate). The same seed gives
 * the same bytes on any number of threads. A progress bar shows on a terminal when a run takes
 * more than a second; nothing is drawn otherwise.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file with a stochastic block')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .addOption(new Option('--paths <n>', 'number of paths').default(DEFAULT_PATHS).argParser(whole('--paths')))
    .addOption(new Option('--seed <seed>', "the seed (letters, digits, '.', '_', '-')").default(DEFAULT_SEED))
    .addOption(new Option('--threads <n>', 'worker threads (default: the cores)').argParser(whole('--threads')))
    .option('--exact', `exact quantiles (type 7) however many paths; by default runs above ${EXACT_PATHS.toLocaleString('en-US')} paths take quantiles from merged histograms, their rank error stated in the JSON (settings.quantileRankError)`)
    .option('--quiet', 'no progress bar')
    .option('--dry-run', 'print the run\'s plan (paths, threads, quantile method) and the memory it needs, and stop')
    .addOption(new Option('--floor <months>', 'floor of the least top-up for funds without a top-up rule').default(3).argParser((v) => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) throw argumentError('cli.args.months', { option: '--floor', value: v });
      return n;
    }))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <dir>', 'also write simulation.json, summary-en.txt and summary-zh.txt into this folder (each file whole; other files there are never touched)')
    .option('--chart <dir>', 'also write the fan, risk-curve and exhaustion-year charts of every fund as SVG and PNG into this folder')
    .option('--force', 'replace files of those names even if fundcast did not write them')
    .addOption(langOption())
    .addOption(stepOption())
    .addOption(wideOption())
    .addHelpText('after', '\nShock processes: docs/stochastic.md. Exit codes: 0 ok; 1 invalid arguments or scenario; 2 other failure.\n')
    .action(async (file: string, o: { with?: string[]; paths: number; seed: string; threads?: number; exact?: boolean; quiet?: boolean; dryRun?: boolean; floor: number; format: string; out?: string; chart?: string; force?: boolean; lang: 'en' | 'zh'; step?: number; wide?: boolean }) => {
      const assumptions = resolveAssumptions(combineScenario(file, o.with ?? []));
      const options = { paths: o.paths, seed: o.seed, threads: o.threads, floorMonths: o.floor, quantileMethod: o.exact ? ('exact' as const) : ('auto' as const) };
      const progress = progressBar(!o.quiet);
      let result;
      try {
        if (o.dryRun) {
          const plan = simulationPlan(assumptions, options);
          const mb = (x: number) => Math.round(x / 1e6).toLocaleString('en-US');
          const zh = o.lang === 'zh';
          const method = plan.quantileMethod === 'exact' ? (zh ? '精确分位数' : 'exact quantiles') : zh ? '直方图分位数（合并的部分汇总）' : 'histogram quantiles (merged partial summaries)';
          io.out(zh
            ? `simulate --dry-run：${plan.paths.toLocaleString('en-US')} 条路径，${plan.threads} 个线程，${method}；数据约需 ${mb(plan.bytes)} MB（另加程序本身约 100 MB），本机内存 ${mb(plan.available)} MB\n`
            : `simulate --dry-run: ${plan.paths.toLocaleString('en-US')} paths, ${plan.threads} thread${plan.threads > 1 ? 's' : ''}, ${method}; its data need about ${mb(plan.bytes)} MB (plus about 100 MB for the program); this machine has ${mb(plan.available)} MB\n`);
          return;
        }
        result = await simulate(assumptions, { ...options, onProgress: progress.update });
      } catch (e) {
        throw e instanceof SimulateOptionError ? new CommanderError(EXIT.invalidInput, 'fundcast.simulate', e.message) : e;
      } finally {
        progress.stop();
      }
      const json = JSON.stringify(result, null, 2) + '\n';
      if (o.format === 'json') io.out(json);
      else io.out(formatSimulation(result, { lang: o.lang, step: o.step, width: tableWidth(o) }));
      if (o.out) {
        writeOutputs(o.out, {
          'simulation.json': json,
          'summary-en.txt': formatSimulation(result, { lang: 'en' }),
          'summary-zh.txt': formatSimulation(result, { lang: 'zh' }),
        }, { force: o.force, label: `--out ${o.out}`, protect: [file, ...(o.with ?? []), ...assumptions.scenario.files, ...assumptions.scenario.overlays.map((x) => x.file)], about: { command: 'simulate', scenario: assumptions.scenario.id } });
        io.err(`wrote ${o.out} / 已写入 ${o.out}\n`);
      }
      if (o.chart) {
        const [{ simulationCharts }, { chartFiles }] = await Promise.all([import('../../charts/simulationCharts'), import('../../charts/chartFiles')]);
        const files = await chartFiles(simulationCharts(result, { bands: assumptions.bands, lang: o.lang }));
        writeOutputs(o.chart, files, { force: o.force, label: `--chart ${o.chart}`, protect: [file, ...(o.with ?? [])], about: { command: 'simulate', scenario: assumptions.scenario.id } });
        io.err(`wrote ${Object.keys(files).length} chart files to ${o.chart} / 已写入图表\n`);
      }
    });
}

/**
 * A progress bar on standard error when it is a terminal, `show` (not --quiet) and the run has taken
 * more than a second (cli-progress, loaded only then): paths done, rate and time left; otherwise nothing.
 */
function progressBar(show: boolean): { update: (done: number, total: number) => void; stop: () => void } {
  const started = Date.now();
  let bar: { update(n: number, payload: { rate: string }): void; stop(): void } | null = null;
  const rate = (done: number) => ({ rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en-US') });
  let loading = false;
  let stopped = false;
  let latest = 0;
  return {
    update(done, total) {
      latest = done;
      if (bar) return bar.update(done, rate(done));
      if (!show || loading || stopped || !process.stderr.isTTY || Date.now() - started < 1000) return;
      loading = true;
      void import('cli-progress').then(({ SingleBar, Presets }) => {
        if (stopped) return; // the run ended while the module loaded: draw nothing
        const b = new SingleBar({ stream: process.stderr, format: 'simulate [{bar}] {percentage}% | {value}/{total} paths | {rate} paths/s | {eta}s left', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
        b.start(total, latest, rate(latest));
        bar = b;
      });
    },
    stop() {
      stopped = true;
      bar?.stop();
    },
  };
}
