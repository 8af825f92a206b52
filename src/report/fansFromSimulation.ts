import { quantileKey, type SimulationResult } from '../montecarlo/summarizePaths';
import { ReportError } from './ReportError';
import type { ReportFan } from './reportTypes';

/**
 * The report's stochastic fans from a Monte Carlo summary (`simulate`): per fund the months of
 * reserve by year — outer band the lowest and highest quantile computed, inner band 25–75 %, the
 * median as the line — and the probability of exhaustion by every fifth year and the last year.
 * Years where a needed quantile is undefined (no path has months) are left out of the fan.
 *
 * @throws ReportError `report.simulation` when the summary lacks the median or the 25 % / 75 %
 *   quantiles (run simulate with its default quantiles).
 * @example
 * const fans = fansFromSimulation(await simulate(assumptions, { paths: 5000, seed: 1 }));
 */
export function fansFromSimulation(sim: SimulationResult): ReportFan[] {
  const qs = [...sim.settings.quantiles].sort((a, b) => a - b);
  const needed = [0.25, 0.5, 0.75];
  if (!needed.every((q) => qs.includes(q)) || qs[0] >= 0.25 || qs[qs.length - 1] <= 0.75) {
    throw new ReportError('report.simulation', { quantiles: qs }, ['settings', 'quantiles']);
  }
  const [lo, hi] = [qs[0], qs[qs.length - 1]];
  const keys = [lo, 0.25, 0.5, 0.75, hi].map(quantileKey);
  const last = sim.scenario.endYear;
  return sim.funds.map((f) => ({
    fund: f.id,
    measure: 'reserveMonths' as const,
    unit: { zh: '月', en: 'months' },
    levels: { outer: [lo, hi] as [number, number], inner: [0.25, 0.75] as [number, number] },
    rows: f.rows.flatMap((r) => {
      const v = keys.map((k) => r.reserveMonths[k]);
      if (v.some((x) => x === null || x === undefined || !Number.isFinite(x))) return [];
      const [low, lowInner, median, highInner, high] = v as number[];
      return [{ year: r.year, low, lowInner, median, highInner, high }];
    }),
    paths: sim.settings.paths,
    seed: sim.settings.seed,
    exhaustionProbability: f.rows.filter((r) => r.year % 5 === 0 || r.year === last).map((r) => ({ year: r.year, probability: r.pExhaustedBy })),
  })).filter((fan) => fan.rows.length > 0);
}
