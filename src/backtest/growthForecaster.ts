import type { GrowthMethod } from '../calibrate/types';
import { FundcastError } from '../errors/FundcastError';
import type { FlowForecast, Forecaster, SeriesHistory } from './types';
import { trailingRun } from './trailingRun';

/** values ÷ heads year by year (null where either is missing). */
function perHeadSeries(values: readonly (number | null)[], heads: readonly (number | null)[]): (number | null)[] {
  return values.map((v, i) => (v === null || heads[i] === null ? null : v / (heads[i] as number)));
}

/**
 * A forecaster that fits one growth method to income and to expenditure separately and
 * continues each: Î_{T+h} = method(I).forecast(h), Ê_{T+h} = method(E).forecast(h).
 * With `perHead`, it fits the method to spending per member and to the members themselves, and
 * multiplies: Ê_{T+h} = N̂_{T+h} · ê_{T+h}; income likewise per contributor (default: per member).
 * This is the projection engine's own structure (members × per-head amounts), which separates
 * enrolment from unit costs.
 */
export function growthForecaster(method: GrowthMethod, options: { baseline?: boolean; perHead?: boolean; id?: string; name?: { en: string; zh: string } } = {}): Forecaster {
  const perHead = options.perHead ?? false;
  /** The series the method is fitted on, in the order [income-like, expenditure-like, heads…]. */
  const seriesOf = (history: SeriesHistory): (readonly (number | null)[])[] => {
    if (!perHead) return [history.income, history.expenditure];
    const members = history.members;
    if (!members) throw new FundcastError('backtest.members', { id: method.id });
    const payers = history.contributors ?? members;
    return [perHeadSeries(history.income, payers), perHeadSeries(history.expenditure, members), payers, members];
  };
  return {
    id: options.id ?? (perHead ? `${method.id}-per-head` : method.id),
    name: options.name ?? (perHead ? { en: `${method.name.en} (per head)`, zh: `${method.name.zh}（人均）` } : method.name),
    baseline: options.baseline ?? false,
    minYears: method.minPoints,
    ready(history) {
      if (perHead && !history.members) return false;
      return seriesOf(history).every((values) => trailingRun(history.years, values).values.length >= method.minPoints);
    },
    forecast(history, horizon): FlowForecast {
      const continued = seriesOf(history).map((values) => {
        const run = trailingRun(history.years, values);
        const fit = method.fit(run.years, run.values);
        return Array.from({ length: horizon }, (_, i) => fit.forecast(i + 1));
      });
      if (!perHead) return { income: continued[0], expenditure: continued[1] };
      const [incomePerPayer, spendingPerMember, payers, members] = continued;
      return { income: incomePerPayer.map((v, i) => v * payers[i]), expenditure: spendingPerMember.map((v, i) => v * members[i]) };
    },
  };
}
