import { type Command, CommanderError, Option } from 'commander';
import { resolveAssumptions } from '../../assumptions/resolveAssumptions';
import { FundcastError } from '../../errors/FundcastError';
import { SimulateOptionError } from '../../montecarlo/simulate';
import { combineScenario } from '../../scenario/combineScenario';
import { parseRiskTarget } from '../../solve/riskTarget';
import { solveForRisk } from '../../solve/solveForRisk';
import type { CommandContext } from '../commandTypes';
import { EXIT, EXIT_INFEASIBLE } from '../exitCodes';
import { WITH_DESCRIPTION, WITH_FLAGS } from '../options';

const num = (name: string) => (v: string) => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new CommanderError(EXIT.invalidInput, 'fundcast.number', `${name} must be a number, found '${v}' / ${name} 须为数字，实际为 '${v}'`);
  return n;
};

/**
 * `fundcast solve-risk <scenario> --fund ID --lever NAME --target below:M:YEAR|exhaustion:YEAR [--probability P] [--paths N] [--seed S] [--threads T] [--min X --max Y] [--from YEAR] [--format text|json]`:
 * the value of a lever that keeps the probability of the target failing at most P, on the
 * scenario's Monte Carlo paths with common random numbers (library: solveForRisk). Exit 3 when no
 * value within the bounds does.
 */
export function configure(command: Command, { io, setCode }: CommandContext): void {
  command
    .argument('<scenario>', 'scenario YAML file with a stochastic block')
    .option(WITH_FLAGS, WITH_DESCRIPTION)
    .requiredOption('--fund <id>', 'fund / 基金')
    .option('--lever <name>', 'lever to solve for, e.g. employer_rate / 政策参数')
    .option('--top-up', 'instead of a lever: the yearly treasury top-up keeping the floor of a below:M:YEAR target with probability ≥ 1 − p / 求满足概率要求的财政补助路径')
    .requiredOption('--target <spec>', 'below:MONTHS:YEAR (months below MONTHS in some year up to YEAR) or exhaustion:YEAR / 风险目标')
    .addOption(new Option('--probability <p>', 'largest acceptable probability of failure / 可接受的失败概率').default(0.1).argParser(num('--probability')))
    .addOption(new Option('--paths <n>', 'Monte Carlo paths').default(5000).argParser(num('--paths')))
    .option('--seed <seed>', 'the seed', '1')
    .addOption(new Option('--threads <n>', 'worker threads').argParser(num('--threads')))
    .addOption(new Option('--min <x>', 'lower search bound').argParser(num('--min')))
    .addOption(new Option('--max <x>', 'upper search bound').argParser(num('--max')))
    .addOption(new Option('--from <year>', 'first year of the new value').argParser(num('--from')))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, o: { with?: string[]; fund: string; lever?: string; topUp?: boolean; target: string; probability: number; paths: number; seed: string; threads?: number; min?: number; max?: number; from?: number; format: string }) => {
      if (!o.topUp && !o.lever) throw new CommanderError(EXIT.invalidInput, 'fundcast.args', 'give --lever NAME or --top-up / 请给出 --lever 或 --top-up');
      if (o.topUp) {
        const target = parseRiskTarget(o.target);
        if (target.kind !== 'below') throw new CommanderError(EXIT.invalidInput, 'fundcast.args', '--top-up needs a below:MONTHS:YEAR target / --top-up 需要 below:月数:年份 目标');
        const { topUpForRisk } = await import('../../solve/topUpForRisk');
        const t = await topUpForRisk(resolveAssumptions(combineScenario(file, o.with ?? [])), { fund: o.fund, floorMonths: target.months, toYear: target.toYear, probability: o.probability, simulation: { paths: o.paths, seed: o.seed, threads: o.threads } });
        if (o.format === 'json') io.out(JSON.stringify(t, null, 2) + '\n');
        else {
          io.out(`${o.fund}: top-up keeping ≥ ${t.floorMonths} months to ${t.toYear} with probability ≥ ${(100 * (1 - o.probability)).toFixed(0)} % — total ${t.total.toFixed(1)}, P(below) = ${(100 * t.probability).toFixed(1)} % (${t.paths} paths, seed ${o.seed}) / 满足概率要求的财政补助合计 ${t.total.toFixed(1)}\n`);
          for (const x of t.path) if (x.amount > 0) io.out(`  ${x.year}  ${x.amount.toFixed(1)}\n`);
        }
        return;
      }
      let r;
      try {
        const a = resolveAssumptions(combineScenario(file, o.with ?? []));
        r = await solveForRisk(a, { fund: o.fund, lever: o.lever!, target: parseRiskTarget(o.target), probability: o.probability, min: o.min, max: o.max, from: o.from, simulation: { paths: o.paths, seed: o.seed, threads: o.threads } });
      } catch (e) {
        if (e instanceof SimulateOptionError || (e instanceof FundcastError && (e.code.startsWith('sensitivity.') || e.code.startsWith('levers.')))) {
          io.err(`error: ${e.message}\n`);
          setCode(EXIT.invalidInput);
          return;
        }
        throw e;
      }
      if (o.format === 'json') io.out(JSON.stringify(r, null, 2) + '\n');
      else if (r.feasible) {
        const [lo, hi] = r.interval;
        io.out(`${o.fund}.${o.lever!} = ${r.value.toPrecision(7)}: P(${o.target}) = ${(100 * r.probability).toFixed(1)} % ≤ ${(100 * o.probability).toFixed(1)} % ` +
          `(${r.direction === 'min' ? 'lowest' : 'highest'} such value; ${r.paths} paths, seed ${o.seed}; Monte Carlo 95 % range ${lo?.toPrecision(6) ?? '—'} … ${hi?.toPrecision(6) ?? '—'}; ${r.evaluations} simulations)\n` +
          `${o.fund}.${o.lever} = ${r.value.toPrecision(7)}：失败概率 ${(100 * r.probability).toFixed(1)}% ≤ ${(100 * o.probability).toFixed(1)}%（蒙特卡罗95%区间 ${lo?.toPrecision(6) ?? '—'} … ${hi?.toPrecision(6) ?? '—'}）\n`);
      } else io.out(`${r.reason.en}\n${r.reason.zh}\n`);
      if (!r.feasible) setCode(EXIT_INFEASIBLE);
    });
}
