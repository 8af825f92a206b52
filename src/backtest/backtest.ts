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
  /**
   * The 80 % and 95 % ranges, when the forecaster sizes them (income and expenditure): the actual
   * is inside when |ln(actual / forecast)| ≤ z·sd (z = 1.2816, 1.9600); width is (hi − lo) / forecast.
   */
  readonly range?: { readonly sdLog: number; readonly inside80: boolean; readonly inside95: boolean; readonly width80: number; readonly width95: number };
}

/** Coverage of the ranges: the share of actuals inside, and the mean relative width. */
export interface RangeSummary {
  /** Forecasts with a range. */
  readonly n: number;
  readonly coverage80: number;
  readonly coverage95: number;
  readonly width80: number;
  readonly width95: number;
}

/** A forecaster left out of a backtest, and why (its window cannot be filled on the common origins). */
export interface LeftOutForecaster {
  readonly id: string;
  readonly name: { readonly en: string; readonly zh: string };
  readonly reason: { readonly en: string; readonly zh: string };
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
  /** Coverage of the forecaster's 80 % and 95 % ranges, when it sizes them. */
  readonly ranges?: RangeSummary;
}

/**
 * The result of a rolling-origin backtest: every forecast against the actual figure (`rows`) and,
 * per forecaster and horizon, MAPE, bias, MAE and skill against the baselines (`summary`).
 */
export interface BacktestResult {
  readonly basis: string;
  readonly horizons: readonly number[];
  readonly forecasters: readonly { id: string; name: { en: string; zh: string }; baseline: boolean }[];
  /** The origin years every forecaster was scored on (the same for all). */
  readonly origins: readonly number[];
  /** Forecasters left out, each with its reason. */
  readonly leftOut: readonly LeftOutForecaster[];
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

const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

/**
 * Rolling-origin backtest (滚动起点回测; Tashman 2000). Every forecaster is scored on the SAME
 * origins: the first is the earliest year at which every method (non-baseline forecaster) can
 * forecast; a method that can forecast at no origin, and a baseline whose window the history
 * before that first origin cannot fill (the 5-year trend with 3 years), are left out with the
 * reason in `leftOut` — never run on a shorter window under their name. At each common origin T,
 * each forecaster sees the years up to T only, forecasts income Î and expenditure Ê for
 * T + 1 … T + H, and is scored on every horizon h with an observed outcome. Balance and
 * months of reserve follow from the forecast flows by the fund's identities, from the last
 * observed balance: B̂_{T+h} = B_T + Σ_{j≤h} (Î_{T+j} − Ê_{T+j}),  M̂ = 12 · B̂ / Ê.
 * Summaries give n, MAPE, bias and MAE per forecaster, item and horizon, the skill against each
 * baseline (see forecastErrors), and for forecasters that size ranges the coverage and width of
 * their 80 % and 95 % ranges.
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
  const ready = new Map(forecasters.map((f) => {
    const at: number[] = [];
    for (let origin = 0; origin < years.length - 1; origin++) if (f.ready(historyUpTo(history, origin))) at.push(origin);
    return [f.id, at] as const;
  }));
  const leftOut: LeftOutForecaster[] = [];
  const methods = forecasters.filter((f) => !f.baseline);
  for (const f of methods) {
    if (ready.get(f.id)!.length === 0) {
      leftOut.push({ id: f.id, name: f.name, reason: { en: `forecasts at no origin: it needs ${f.minYears} consecutive years of every series it fits (per-head amounts and members) before an origin with an outcome after it`, zh: `无可用起点：所拟合的每个序列（人均额与人数）在起点前均需连续${f.minYears}年数据且其后有实际值` } });
    }
  }
  const kept = methods.filter((f) => ready.get(f.id)!.length > 0);
  const reference = kept.length > 0 ? kept : forecasters.filter((f) => ready.get(f.id)!.length > 0).slice(0, 1);
  const start = reference.length ? Math.max(...reference.map((f) => ready.get(f.id)![0])) : years.length;
  const included = forecasters.filter((f) => {
    if (!f.baseline) return ready.get(f.id)!.length > 0;
    if (ready.get(f.id)!.includes(start)) return true;
    if (start < years.length) leftOut.push({ id: f.id, name: f.name, reason: { en: `its window needs ${f.minYears} years up to the first common origin ${years[start]}; the history gives ${start + 1}`, zh: `其窗口需要截至首个共同起点${years[start]}年的${f.minYears}年数据，历史只有${start + 1}年` } });
    return false;
  });
  const common: number[] = [];
  for (let origin = start; origin < years.length - 1; origin++) if (included.every((f) => ready.get(f.id)!.includes(origin))) common.push(origin);
  for (const f of included) {
    for (const origin of common) {
      const seen = historyUpTo(history, origin);
      const { income, expenditure, incomeSdLog, expenditureSdLog } = f.forecast(seen, maxH);
      let balance = history.balance[origin];
      for (let h = 1; h <= maxH && origin + h < years.length; h++) {
        const t = origin + h;
        balance = balance === null ? null : balance + income[h - 1] - expenditure[h - 1];
        if (!horizons.includes(h)) continue;
        const score = (item: BacktestItem, forecast: number | null, actual: number | null, sdLog?: number) => {
          if (forecast === null || actual === null || !Number.isFinite(forecast) || actual === 0) return;
          const error = forecast - actual;
          const row: BacktestRow = { forecaster: f.id, item, origin: years[origin], horizon: h, year: years[t], forecast, actual, error, ape: Math.abs(error) / Math.abs(actual) };
          if (sdLog !== undefined && Number.isFinite(sdLog) && forecast > 0 && actual > 0) {
            const z = Math.abs(Math.log(actual / forecast));
            rows.push({ ...row, range: { sdLog, inside80: z <= Z80 * sdLog, inside95: z <= Z95 * sdLog, width80: 2 * Math.sinh(Z80 * sdLog), width95: 2 * Math.sinh(Z95 * sdLog) } });
          } else rows.push(row);
        };
        score('income', income[h - 1], history.income[t], incomeSdLog?.[h - 1]);
        score('expenditure', expenditure[h - 1], history.expenditure[t], expenditureSdLog?.[h - 1]);
        score('balance', balance, history.balance[t]);
        const actualE = history.expenditure[t];
        const actualB = history.balance[t];
        score('reserveMonths', balance === null ? null : (12 * balance) / expenditure[h - 1], actualB === null || actualE === null || actualE <= 0 ? null : (12 * actualB) / actualE);
      }
    }
  }
  const items: BacktestItem[] = ['income', 'expenditure', 'balance', 'reserveMonths'];
  const baselines = included.filter((f) => f.baseline);
  const summary: BacktestSummary[] = [];
  const pick = (id: string, item: BacktestItem, h: number) => rows.filter((r) => r.forecaster === id && r.item === item && r.horizon === h);
  for (const f of included) {
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
        const ranged = own.filter((r) => r.range);
        const share = (k: 'inside80' | 'inside95') => ranged.filter((r) => r.range![k]).length / ranged.length;
        const width = (k: 'width80' | 'width95') => ranged.reduce((s, r) => s + r.range![k], 0) / ranged.length;
        const ranges = ranged.length ? { ranges: { n: ranged.length, coverage80: share('inside80'), coverage95: share('inside95'), width80: width('width80'), width95: width('width95') } } : {};
        summary.push({ forecaster: f.id, item, horizon: h, origins: own.map((r) => r.origin), ...forecastErrors(own), skill, ...ranges });
      }
    }
  }
  return { basis: history.basis, horizons, forecasters: included.map(({ id, name, baseline }) => ({ id, name, baseline })), origins: common.map((o) => years[o]), leftOut, rows, summary };
}
