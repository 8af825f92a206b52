import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/backtest/backtest';
import { forecastErrors, forecastSkill } from '../../src/backtest/forecastErrors';
import { growthForecaster } from '../../src/backtest/growthForecaster';
import { NAIVE_BASELINES } from '../../src/backtest/naiveBaselines';
import type { Forecaster, SeriesHistory } from '../../src/backtest/types';
import { noChange } from '../../src/calibrate/noChange';
import { recentAverageGrowth } from '../../src/calibrate/recentAverageGrowth';

const small: SeriesHistory = {
  years: [2020, 2021, 2022, 2023],
  income: [100, 110, 121, 130],
  expenditure: [90, 100, 115, 120],
  balance: [50, 60, 66, 76],
  basis: 'test',
};

describe('forecastErrors (hand calculation)', () => {
  it('MAPE, bias and MAE of two forecasts', () => {
    // errors +5 and −10 on actuals 100: ape 5 %, 10 % → MAPE 7.5 %; pe +5 %, −10 % → bias −2.5 %; MAE 7.5
    const s = forecastErrors([{ forecast: 105, actual: 100 }, { forecast: 90, actual: 100 }]);
    expect(s.n).toBe(2);
    expect(s.mape).toBeCloseTo(0.075, 15); // 15 digits: only floating-point rounding of 5/100 + 10/100
    expect(s.bias).toBeCloseTo(-0.025, 15);
    expect(s.mae).toBe(7.5);
  });
  it('skill is 1 − MAPE / MAPE of the baseline', () => {
    expect(forecastSkill(0.02, 0.04)).toBeCloseTo(0.5, 15);
    expect(forecastSkill(0.02, 0)).toBeNull();
  });
});

describe('backtest', () => {
  it('scores the no-change forecast by hand, one year ahead', () => {
    const r = backtest(small, [growthForecaster(noChange, { baseline: true })], { horizons: [1] });
    const income = r.summary.find((s) => s.item === 'income')!;
    // origins 2020, 2021, 2022 forecast 100, 110, 121 for actuals 110, 121, 130
    const mape = (10 / 110 + 11 / 121 + 9 / 130) / 3;
    expect(income.mape).toBeCloseTo(mape, 14);
    expect(income.bias).toBeCloseTo(-mape, 14); // every error is an under-forecast
    expect(income.origins).toEqual([2020, 2021, 2022]);
    // balance from the identity: origin 2021 → B̂2022 = 60 + 110 − 100 = 70 vs 66
    const b = r.rows.find((row) => row.item === 'balance' && row.origin === 2021)!;
    expect(b.forecast).toBe(70);
    expect(b.actual).toBe(66);
    // months: 12 × 70 / 100 (forecast expenditure) = 8.4 vs 12 × 66 / 115
    const m = r.rows.find((row) => row.item === 'reserveMonths' && row.origin === 2021)!;
    expect(m.forecast).toBeCloseTo(8.4, 12);
    expect(m.actual).toBeCloseTo((12 * 66) / 115, 12);
  });

  it('two years ahead chains the balance identity', () => {
    const r = backtest(small, [growthForecaster(noChange, { baseline: true })], { horizons: [2] });
    const b = r.rows.find((row) => row.item === 'balance' && row.origin === 2020)!;
    // from 2020: B̂2022 = 50 + 2 × (100 − 90) = 70
    expect(b.year).toBe(2022);
    expect(b.forecast).toBe(70);
  });

  it('never reads a year after the origin: an outlier planted later changes no earlier forecast', () => {
    const seen: number[] = [];
    const spy: Forecaster = { id: 'spy', name: { en: 'spy', zh: '探针' }, baseline: false, minYears: 1, ready: () => true, forecast(h, horizon) {
      seen.push(h.years[h.years.length - 1]);
      expect(h.years.length).toBe(h.income.length);
      return { income: Array(horizon).fill(h.income[h.income.length - 1]), expenditure: Array(horizon).fill(h.expenditure[h.expenditure.length - 1]) };
    } };
    const planted: SeriesHistory = { ...small, years: [...small.years, 2024], income: [...small.income, 1e9], expenditure: [...small.expenditure, 1e9], balance: [...small.balance, -1e9] };
    const methods = [...NAIVE_BASELINES, growthForecaster(recentAverageGrowth(2)), spy];
    const clean = backtest(small, methods, { horizons: [1, 2] });
    const dirty = backtest(planted, methods, { horizons: [1, 2] });
    const before = (rows: typeof clean.rows) => rows.filter((r) => r.year <= 2023);
    expect(before(dirty.rows)).toEqual(before(clean.rows));
    // the spy saw each origin in turn, never the outlier year as history for an earlier origin
    expect(seen.filter((y) => y === 2024)).toEqual([]);
  });

  it('skill compares on the origins both forecasters scored (the same origins for all)', () => {
    const r = backtest(small, [growthForecaster(noChange, { baseline: true }), growthForecaster(recentAverageGrowth(1))], { horizons: [1] });
    const last = r.summary.find((s) => s.forecaster === 'last-growth' && s.item === 'income')!;
    // last growth: origins 2021, 2022 (needs two years): forecasts 121 and 133.1 for 121 and 130
    expect(last.origins).toEqual([2021, 2022]);
    // no change is scored on those two origins only, not on 2020 as well
    expect(r.summary.find((s) => s.forecaster === 'no-change' && s.item === 'income')!.origins).toEqual([2021, 2022]);
    expect(r.origins).toEqual([2021, 2022]);
    const own = (0 + 3.1 / 130) / 2;
    const base = (11 / 121 + 9 / 130) / 2; // no change on the same two origins
    expect(last.skill['no-change']).toBeCloseTo(1 - own / base, 12);
  });

  it('refuses a history whose years are not consecutive', () => {
    expect(() => backtest({ ...small, years: [2020, 2021, 2023, 2024] }, NAIVE_BASELINES)).toThrow(/consecutive/);
  });
});
