import { drift } from './drift';
import { dampedTrend, holtTrend } from './dampedTrend';
import { greyModel } from './greyModel';
import { logLinearTrend } from './logLinearTrend';
import { recentAverageGrowth } from './recentAverageGrowth';
import type { GrowthMethod } from './types';

/** The methods `--method auto` chooses among, in the order ties are broken. */
export const AUTO_CANDIDATES: readonly GrowthMethod[] = [drift, logLinearTrend, dampedTrend, holtTrend, recentAverageGrowth(3), greyModel];

/** One candidate's score in the method choice. */
export interface CandidateScore {
  readonly method: string;
  /** Mean absolute percentage error over every (origin, horizon) scored, or null when none was. */
  readonly mape: number | null;
  /** Forecasts scored. */
  readonly n: number;
}

/** What `--method auto` chose for a series, and on what evidence. */
export interface MethodChoice {
  readonly method: GrowthMethod;
  readonly scores: readonly CandidateScore[];
  /** First and last origin year scored (identical for every candidate), or null when none could be. */
  readonly origins: readonly [number, number] | null;
  /** The choice in words, for the overlay's comments. */
  readonly reason: { readonly en: string; readonly zh: string };
}

/**
 * The forecast a scenario makes from a fit, h ≥ 1 years after the observed base y_T: the observed
 * base times the fitted growth path, ŷ_{T+h} = y_T · F(h) / F(0) (F = fit.forecast; the growth
 * g_h = F(h)/F(h−1) − 1 that calibrate writes, compounded). This — not the method's smoothed level
 * F(h) — is what the backtest scores and what a projection from the base year does.
 * @example forecastFromBase(100, { forecast: (h: number) => 50 * 1.1 ** h } as never, 2) // 121
 */
export function forecastFromBase(observed: number, fit: { forecast: (h: number) => number }, h: number): number {
  return (observed * fit.forecast(h)) / fit.forecast(0);
}

/**
 * `--method auto`: the candidate with the lowest error in the series' own rolling-origin backtest
 * (Tashman 2000), every candidate on IDENTICAL origins. Candidates are those needing at most n − 3
 * points when any does (so the evidence spans at least three origins), else n − 2, else n − 1 (at
 * least one origin with an outcome); the origins are every index o with
 * maxMinPoints − 1 ≤ o ≤ n − 2; at each, each candidate fits values[0..o] and forecasts
 * forecastFromBase for h = 1 … H with o + h ≤ n − 1. Score: MAPE over all those forecasts. The
 * lowest wins; ties go to the earlier candidate (AUTO_CANDIDATES order: the simplest first). With
 * fewer than 2 points nothing can be scored: drift is returned with that reason.
 */
export function chooseMethod(years: readonly number[], values: readonly number[], options: { candidates?: readonly GrowthMethod[]; horizon?: number } = {}): MethodChoice {
  const H = options.horizon ?? 3;
  const n = values.length;
  const all = options.candidates ?? AUTO_CANDIDATES;
  // prefer candidates that leave 3 origins, else 2, else 1: a method needing many points must not
  // shrink everyone's evidence to a single origin
  const fitting = (k: number) => all.filter((m) => m.minPoints <= n - k);
  const candidates = [3, 2, 1].map(fitting).find((c) => c.length > 0) ?? [];
  if (candidates.length === 0) {
    return {
      method: drift,
      scores: [],
      origins: null,
      reason: { en: `auto: ${n} point(s) cannot be backtested; drift used`, zh: `自动：${n}个数据点无法回测，采用平均增速` },
    };
  }
  const first = Math.max(...candidates.map((m) => m.minPoints)) - 1;
  const scores: CandidateScore[] = candidates.map((m) => {
    let sum = 0;
    let count = 0;
    for (let o = first; o <= n - 2; o++) {
      const fit = m.fit(years.slice(0, o + 1), values.slice(0, o + 1));
      for (let h = 1; h <= H && o + h <= n - 1; h++) {
        const f = forecastFromBase(values[o], fit, h);
        if (!Number.isFinite(f)) continue;
        sum += Math.abs(f - values[o + h]) / values[o + h];
        count++;
      }
    }
    return { method: m.id, mape: count ? sum / count : null, n: count };
  });
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i].mape !== null && (scores[best].mape === null || scores[i].mape! < scores[best].mape!)) best = i;
  const origins: [number, number] = [years[first], years[n - 2]];
  const list = scores.map((s) => `${s.method} ${s.mape === null ? '—' : (100 * s.mape).toFixed(2) + ' %'}`).join(', ');
  const span = origins[0] === origins[1] ? `${origins[0]}` : `${origins[0]}–${origins[1]}`;
  return {
    method: candidates[best],
    scores,
    origins,
    reason: {
      en: `auto: ${candidates[best].id} had the lowest MAPE (1–${H} years ahead, forecasts from the observed base) on the same origins ${span} (n = ${scores[best].n} forecasts each): ${list}`,
      zh: `自动：${candidates[best].id}在相同起点${span}（每种方法${scores[best].n}个预测）上的平均绝对百分比误差最低（提前1–${H}年，自观测基数外推）：${list}`,
    },
  };
}

/**
 * `auto` as a growth method: fit = the fit of the method chooseMethod picks on the same data, so a
 * backtest of `auto` re-chooses at every origin from the years up to it (an honest score of the
 * choice itself, not of the method it happens to pick on the full history).
 */
export const autoMethod: GrowthMethod = {
  id: 'auto',
  name: { en: 'auto (best in own backtest)', zh: '自动（自身回测最优）' },
  minPoints: 2,
  fit(years, values) {
    const fit = chooseMethod(years, values).method.fit(years, values);
    return { ...fit, method: `auto:${fit.method}` };
  },
};
