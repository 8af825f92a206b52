import type { GrowthMethod } from '../calibrate/types';
import { FundcastError } from '../errors/FundcastError';
import type { FlowForecast, Forecaster, SeriesHistory } from './types';
import { trailingRun } from './trailingRun';

/**
 * A forecaster that fits one growth method to income and to expenditure separately and
 * continues each: Î_{T+h} = method(I).forecast(h), Ê_{T+h} = method(E).forecast(h).
 * With `perHead`, it fits the method to spending and income per member and to the members
 * themselves, and multiplies: Ê_{T+h} = N̂_{T+h} · ê_{T+h} — the projection engine's own
 * structure (members × per-head amounts), which separates enrolment from unit costs.
 */
export function growthForecaster(method: GrowthMethod, options: { baseline?: boolean; perHead?: boolean; id?: string; name?: { en: string; zh: string } } = {}): Forecaster {
  const perHead = options.perHead ?? false;
  return {
    id: options.id ?? (perHead ? `${method.id}-per-head` : method.id),
    name: options.name ?? (perHead ? { en: `${method.name.en}, per head × members`, zh: `${method.name.zh}（人均×人数）` } : method.name),
    baseline: options.baseline ?? false,
    minYears: method.minPoints,
    forecast(history: SeriesHistory, horizon: number): FlowForecast {
      const continueSeries = (values: readonly (number | null)[]): number[] => {
        const run = trailingRun(history.years, values);
        const fit = method.fit(run.years, run.values);
        return Array.from({ length: horizon }, (_, i) => fit.forecast(i + 1));
      };
      if (!perHead) return { income: continueSeries(history.income), expenditure: continueSeries(history.expenditure) };
      const members = history.members;
      if (!members) throw new FundcastError('backtest.members', { id: method.id });
      const perMember = (values: readonly (number | null)[]) => values.map((v, i) => (v === null || members[i] === null ? null : v / (members[i] as number)));
      const n = continueSeries(members);
      const e = continueSeries(perMember(history.expenditure));
      const inc = continueSeries(perMember(history.income));
      return { income: inc.map((v, i) => v * n[i]), expenditure: e.map((v, i) => v * n[i]) };
    },
  };
}
