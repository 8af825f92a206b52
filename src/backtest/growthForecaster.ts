import { forecastFromBase } from '../calibrate/chooseMethod';
import { growthShockModel, horizonVariance } from '../calibrate/growthShockModel';
import { residualCorrelation } from '../calibrate/residualCorrelation';
import type { GrowthMethod } from '../calibrate/types';
import { FundcastError } from '../errors/FundcastError';
import type { FlowForecast, Forecaster, SeriesHistory } from './types';
import { trailingRun } from '../calibrate/trailingRun';

/** values ÷ heads year by year (null where either is missing). */
function perHeadSeries(values: readonly (number | null)[], heads: readonly (number | null)[]): (number | null)[] {
  return values.map((v, i) => (v === null || heads[i] === null ? null : v / (heads[i] as number)));
}

/** One continued series: the forecasts from the observed base and, when the record sizes them, the log-error variances by horizon. */
interface Continued {
  readonly years: number[];
  readonly values: number[];
  readonly forecast: number[];
  readonly variance: number[] | null;
}

/**
 * A forecaster that fits one growth method to income and to expenditure separately and continues
 * each FROM THE OBSERVED BASE, exactly as a calibrated scenario does: Î_{T+h} = I_T·F_I(h)/F_I(0)
 * (forecastFromBase; F the method's fitted path), likewise Ê. With `perHead`, it fits the method to
 * spending per member and to the members themselves, and multiplies: Ê_{T+h} = N̂_{T+h} · ê_{T+h};
 * income likewise per contributor (default: per member) — the engine's own structure (members ×
 * per-head amounts).
 *
 * Ranges: each series' growth shocks are sized from the years seen (growthShockModel) and give the
 * log-error variance V_h (horizonVariance); a product of two series adds their variances and
 * 2ρ√(V_a V_b), ρ their residual correlation when at least MIN_YEARS_FOR_CORRELATION common years
 * give it (else 0). No range when a series has fewer than three points.
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
  const product = (a: Continued, b: Continued): { forecast: number[]; variance: number[] | null } => {
    const c = residualCorrelation(a.years, a.values, b.years, b.values)?.rho ?? 0;
    return {
      forecast: a.forecast.map((v, i) => v * b.forecast[i]),
      variance: a.variance && b.variance ? a.variance.map((v, i) => v + b.variance![i] + 2 * c * Math.sqrt(v * b.variance![i])) : null,
    };
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
      const continued: Continued[] = seriesOf(history).map((values) => {
        const run = trailingRun(history.years, values);
        const fit = method.fit(run.years, run.values);
        const last = run.values[run.values.length - 1];
        const model = growthShockModel(run.values, fit);
        return {
          years: run.years,
          values: run.values,
          forecast: Array.from({ length: horizon }, (_, i) => forecastFromBase(last, fit, i + 1)),
          variance: model ? Array.from({ length: horizon }, (_, i) => horizonVariance(model, i + 1)) : null,
        };
      });
      const sd = (v: number[] | null) => (v ? { sdLog: v.map(Math.sqrt) } : {});
      if (!perHead) {
        return { income: continued[0].forecast, expenditure: continued[1].forecast, ...ranges(sd(continued[0].variance), sd(continued[1].variance)) };
      }
      const [incomePerPayer, spendingPerMember, payers, members] = continued;
      const inc = product(incomePerPayer, payers);
      const exp = product(spendingPerMember, members);
      return { income: inc.forecast, expenditure: exp.forecast, ...ranges(sd(inc.variance), sd(exp.variance)) };
    },
  };
}

function ranges(income: { sdLog?: number[] }, expenditure: { sdLog?: number[] }): Pick<FlowForecast, 'incomeSdLog' | 'expenditureSdLog'> {
  return { ...(income.sdLog ? { incomeSdLog: income.sdLog } : {}), ...(expenditure.sdLog ? { expenditureSdLog: expenditure.sdLog } : {}) };
}
