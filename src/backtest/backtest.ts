import { FundcastError } from '../errors/FundcastError';
import { forecastErrors, forecastSkill, type ErrorSummary } from './forecastErrors';
import type { BacktestItem, Forecaster, SeriesHistory } from './types';

/** One forecast scored against what happened. */
export interface BacktestRow {
  readonly forecaster: string;
  readonly item: BacktestItem;
  /** The last year the forecaster saw. */
  readonly origin: number;
  readonly horizon: number;
  readonly year: number;
  readonly forecast: number;
  readonly actual: number;
  /** forecast − actual. */
  readonly error: number;
  /** |error| / |actual|. */
  readonly ape: number;
}

/** Errors of one forecaster for one item and horizon, with its skill against each baseline. */
export interface BacktestSummary extends ErrorSummary {
  readonly forecaster: string;
  readonly item: BacktestItem;
  readonly horizon: number;
  /** Origins scored. */
  readonly origins: readonly number[];
  /** 1 − MAPE / MAPE_baseline on the origins both forecast; by baseline id. */
  readonly skill: Readonly<Record<string, number | null>>;
}

/**
 * The result of a rolling-origin backtest: every forecast against the actual figure (`rows`) and,
 * per forecaster and horizon, MAPE, bias, MAE and skill against the baselines (`summary`).
 */
export interface BacktestResult {
  readonly basis: string;
  readonly horizons: readonly number[];
  readonly forecasters: readonly { id: string; name: { en: string; zh: string }; baseline: boolean }[];
  readonly rows: readonly BacktestRow[];
  readonly summary: readonly BacktestSummary[];
}

/**
 * The history up to and including index `origin`: fresh arrays holding nothing later, so a
 * forecaster cannot read the years it is scored on.
 */
export function historyUpTo(history: SeriesHistory, origin: number): SeriesHistory {
  const cut = <T>(a: readonly T[] | undefined) => (a === undefined ? undefined : a.slice(0, origin + 1));
  return {
    years: cut(history.years)!,
    income: cut(history.income)!,
    expenditure: cut(history.expenditure)!,
    balance: cut(history.balance)!,
    ...(history.members ? { members: cut(history.members) } : {}),
    basis: history.basis,
  };
}

/**
 * Rolling-origin backtest (滚动起点回测; Tashman 2000). For every origin year T with enough
 * history, each forecaster sees the years up to T only, forecasts income Î and expenditure Ê
 * for T + 1 … T + H, and is scored on every horizon h with an observed outcome. Balance and
 * months of reserve follow from the forecast flows by the fund's identities, from the last
 * observed balance: B̂_{T+h} = B_T + Σ_{j≤h} (Î_{T+j} − Ê_{T+j}),  M̂ = 12 · B̂ / Ê.
 * Summaries give n, MAPE, bias and MAE per forecaster, item and horizon, and the skill against
 * each baseline on the origins both scored (see forecastErrors).
 * @throws FundcastError `backtest.history` when years are not consecutive or lengths differ.
 */
export function backtest(history: SeriesHistory, forecasters: readonly Forecaster[], options: { horizons?: readonly number[] } = {}): BacktestResult {
  const horizons = options.horizons ?? [1, 2, 3];
  const { years } = history;
  const lengths = [history.income.length, history.expenditure.length, history.balance.length, history.members?.length ?? years.length];
  if (lengths.some((l) => l !== years.length) || years.some((y, i) => i > 0 && y !== years[i - 1] + 1)) {
    throw new FundcastError('backtest.history', { years });
  }
  const maxH = Math.max(...horizons);
  const rows: BacktestRow[] = [];
  for (const f of forecasters) {
    for (let origin = f.minYears - 1; origin < years.length - 1; origin++) {
      const seen = historyUpTo(history, origin);
      if (!f.ready(seen)) continue;
      const { income, expenditure } = f.forecast(seen, maxH);
      let balance = history.balance[origin];
      for (let h = 1; h <= maxH && origin + h < years.length; h++) {
        const t = origin + h;
        balance = balance === null ? null : balance + income[h - 1] - expenditure[h - 1];
        if (!horizons.includes(h)) continue;
        const score = (item: BacktestItem, forecast: number | null, actual: number | null) => {
          if (forecast === null || actual === null || !Number.isFinite(forecast) || actual === 0) return;
          const error = forecast - actual;
          rows.push({ forecaster: f.id, item, origin: years[origin], horizon: h, year: years[t], forecast, actual, error, ape: Math.abs(error) / Math.abs(actual) });
        };
        score('income', income[h - 1], history.income[t]);
        score('expenditure', expenditure[h - 1], history.expenditure[t]);
        score('balance', balance, history.balance[t]);
        const actualE = history.expenditure[t];
        const actualB = history.balance[t];
        score('reserveMonths', balance === null ? null : (12 * balance) / expenditure[h - 1], actualB === null || actualE === null || actualE <= 0 ? null : (12 * actualB) / actualE);
      }
    }
  }
  const items: BacktestItem[] = ['income', 'expenditure', 'balance', 'reserveMonths'];
  const baselines = forecasters.filter((f) => f.baseline);
  const summary: BacktestSummary[] = [];
  const pick = (id: string, item: BacktestItem, h: number) => rows.filter((r) => r.forecaster === id && r.item === item && r.horizon === h);
  for (const f of forecasters) {
    for (const item of items) {
      for (const h of horizons) {
        const own = pick(f.id, item, h);
        if (own.length === 0) continue;
        const skill: Record<string, number | null> = {};
        for (const b of baselines) {
          if (b.id === f.id) continue;
          const theirs = new Map(pick(b.id, item, h).map((r) => [r.origin, r]));
          const common = own.filter((r) => theirs.has(r.origin));
          skill[b.id] = forecastSkill(forecastErrors(common).mape, forecastErrors(common.map((r) => theirs.get(r.origin)!)).mape);
        }
        summary.push({ forecaster: f.id, item, horizon: h, origins: own.map((r) => r.origin), ...forecastErrors(own), skill });
      }
    }
  }
  return { basis: history.basis, horizons, forecasters: forecasters.map(({ id, name, baseline }) => ({ id, name, baseline })), rows, summary };
}
