import type { SimulationResult } from '../montecarlo/summarizePaths';
import { exhaustionHistogramSpec } from './exhaustionHistogramSpec';
import type { NamedChart } from './projectionCharts';
import { reserveFanChartSpec } from './reserveFanChartSpec';
import { RISK_TEXT } from './riskChartText';
import { riskCurveChartSpec } from './riskCurveChartSpec';
import type { BandLike, ChartLang } from './types';

/**
 * Every chart of a Monte Carlo run, per fund: `<fund>-fan` (months of reserve over the bands),
 * `<fund>-risk` (probabilities of exhaustion, of falling below the band starting at 3 months — or
 * the lowest positive band bound — and of a deficit) and `<fund>-exhaustion-years` (histogram).
 * Each carries a footnote with the number of paths and the seed.
 */
export function simulationCharts(sim: SimulationResult, options: { bands: readonly BandLike[]; lang?: ChartLang; footnote?: string | readonly string[] }): NamedChart[] {
  const lang = options.lang ?? 'zh';
  const runNote = RISK_TEXT[lang].paths(sim.settings.paths, sim.settings.seed);
  const footnote = [runNote, ...(options.footnote === undefined ? [] : typeof options.footnote === 'string' ? [options.footnote] : options.footnote)];
  const positive = options.bands.filter((b) => b.lower !== null && b.lower > 0);
  const floor = positive.find((b) => b.lower === 3) ?? positive[0];
  return sim.funds.flatMap((f): NamedChart[] => [
    { name: `${f.id}-fan`, fund: f.id, kind: 'fan', spec: reserveFanChartSpec(f, { bands: options.bands, lang, footnote }) },
    ...(floor ? [{ name: `${f.id}-risk`, fund: f.id, kind: 'risk' as const, spec: riskCurveChartSpec(f, { belowBand: { id: floor.id, lower: floor.lower! }, lang, footnote }) }] : []),
    { name: `${f.id}-exhaustion-years`, fund: f.id, kind: 'exhaustion-years', spec: exhaustionHistogramSpec(f, { endYear: sim.scenario.endYear, lang, footnote }) },
  ]);
}
