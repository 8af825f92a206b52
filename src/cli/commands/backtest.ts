import { CommanderError, Option, type Command } from 'commander';
import { backtestScenario } from '../../backtest/backtestScenario';
import { formatBacktest } from '../../backtest/formatBacktest';
import { CALIBRATION_METHODS } from '../../calibrate/calibrationMethods';
import { FundcastError } from '../../errors/FundcastError';
import { loadScenario } from '../../scenario/loadScenario';
import type { CommandContext } from '../commandTypes';
import { EXIT } from '../exitCodes';
import { langOption } from '../options';

const list = (flag: string, v: string, ok: (x: string) => boolean) => {
  const parts = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0 || !parts.every(ok)) throw new CommanderError(EXIT.invalidInput, 'fundcast.list', `${flag}: found '${v}' / ${flag} 取值无效：'${v}'`);
  return parts;
};

/**
 * `fundcast backtest <scenario> [--methods a,b] [--horizons 1,2,3] [--format table|json] [--lang]`:
 * how well would each calibration method have forecast the fund's own past, against the naive
 * baselines (rolling origin; docs/calibration.md).
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file whose funds carry a history')
    .option('--methods <ids>', `calibration methods to score, comma-separated (${Object.keys(CALIBRATION_METHODS).join(', ')}) / 参与比较的方法`)
    .option('--horizons <years>', 'forecast horizons in years, comma-separated / 预测期（年）', '1,2,3')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(langOption())
    .action((file: string, o: { methods?: string; horizons: string; format: string; lang: 'en' | 'zh' }) => {
      const methods = o.methods === undefined ? undefined : list('--methods', o.methods, (m) => m in CALIBRATION_METHODS);
      const horizons = list('--horizons', o.horizons, (h) => /^\d+$/.test(h) && Number(h) >= 1 && Number(h) <= 10).map(Number);
      try {
        const results = backtestScenario(loadScenario(file), { methods, horizons });
        io.out(o.format === 'json' ? JSON.stringify(results, null, 2) + '\n' : formatBacktest(results, o.lang));
      } catch (e) {
        if (!(e instanceof FundcastError)) throw e;
        io.err(`error: ${e.message}\n`);
        setCode(EXIT.invalidInput);
      }
    });
}
