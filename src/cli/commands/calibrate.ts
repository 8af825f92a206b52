import { CommanderError, Option, type Command } from 'commander';
import { calibrateScenario } from '../../calibrate/calibrateScenario';
import { CALIBRATION_METHODS, DEFAULT_CALIBRATION_METHOD } from '../../calibrate/calibrationMethods';
import { calibrationOverlay } from '../../calibrate/calibrationOverlay';
import { stochasticBlock } from '../../calibrate/stochasticBlock';
import { FundcastError } from '../../errors/FundcastError';
import { writeOutputFile } from '../../output/writeOutputs';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';

/**
 * `fundcast calibrate <scenario> [--method auto|M] [--years K] [--transition N] [--stochastic] [--out FILE [--force]]`: fits the
 * scenario's growth assumptions (by default `auto`: per series, the method with the lowest error in
 * its own backtest) from its funds' `history` blocks (docs/calibration.md) and prints
 * (or writes, never over a user's file) a reform overlay to apply with `--with`. A summary of each
 * fit goes to standard error.
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file whose funds carry a history')
    .addOption(new Option('--method <method>', 'fitting method / 拟合方法').choices(Object.keys(CALIBRATION_METHODS)).default(DEFAULT_CALIBRATION_METHOD))
    .option('--years <n>', 'projection years that take the fitted path (then the scenario\'s own values) / 采用拟合值的预测年数', '5')
    .option('--out <file>', 'write the overlay to this file (an existing different file only with --force) / 写入文件')
    .option('--transition <n>', 'years of linear transition from the fitted growth to the scenario\'s own (0: a step) / 由拟合增速线性过渡到情景原有假设的年数', '5')
    .option('--stochastic', 'also write a stochastic block sized from the record (yearly shocks, AR(1), parameter sd, correlations) / 同时写入按历史数据估计的随机冲击')
    .option('--force', 'replace an existing file / 覆盖已有文件')
    .action((file: string, o: { method: string; years: string; transition: string; out?: string; force?: boolean; stochastic?: boolean }) => {
      const years = Number(o.years);
      if (!Number.isInteger(years) || years < 1 || years > 50) {
        throw new CommanderError(EXIT.invalidInput, 'fundcast.years', `--years must be a whole number from 1 to 50, found '${o.years}' / --years 须为 1–50 的整数，实际为 '${o.years}'`);
      }
      const transition = Number(o.transition);
      if (!Number.isInteger(transition) || transition < 0 || transition > 50) {
        throw new CommanderError(EXIT.invalidInput, 'fundcast.transition', `--transition must be a whole number from 0 to 50, found '${o.transition}' / --transition 须为 0–50 的整数，实际为 '${o.transition}'`);
      }
      try {
        const loaded = loadScenario(file);
        const calibration = calibrateScenario(loaded, o.method === 'auto' ? 'auto' : CALIBRATION_METHODS[o.method], { years });
        for (const p of calibration.parameters) {
          const pt = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(2)} pt`);
          io.err(`${p.fund}.${p.path.join('.')}: ${(100 * p.fit.growth).toFixed(2)} %/yr (${p.fit.method}, ${p.fit.period[0]}–${p.fit.period[1]}, n = ${p.fit.n}; se of growth ${pt(p.fit.se)}, sd of yearly growth ${pt(p.fit.growthSd)}) / ${p.label.zh}\n`);
        }
        for (const k of calibration.skipped) io.err(`${k.fund}.${k.path.join('.')}: not fitted — ${k.reason.en} / 未拟合：${k.reason.zh}\n`);
        if (calibration.parameters.length === 0) {
          io.err('error: nothing could be fitted / 没有可拟合的参数\n');
          setCode(EXIT.invalidInput);
          return;
        }
        const stochastic = o.stochastic ? stochasticBlock(calibration, loaded.scenario.stochastic) : undefined;
        for (const w of stochastic?.warnings ?? []) io.err(`warning: ${w}\n`);
        const text = calibrationOverlay(calibration, loaded, file, { stochastic, transition });
        if (o.out) writeOutputFile(o.out, text, { force: o.force, label: `--out ${o.out}`, protect: loaded.files });
        else io.out(text);
      } catch (e) {
        if (!(e instanceof FundcastError)) throw e;
        io.err(`error: ${e.message}\n`);
        setCode(EXIT.invalidInput);
      }
    });
}
