import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/backtest/backtest';
import { growthForecaster } from '../../src/backtest/growthForecaster';
import { NAIVE_BASELINES } from '../../src/backtest/naiveBaselines';
import type { SeriesHistory } from '../../src/backtest/types';
import { logLinearTrend } from '../../src/calibrate/logLinearTrend';
import { dampedTrend } from '../../src/calibrate/dampedTrend';

const h5: SeriesHistory = {
  years: [2020, 2021, 2022, 2023, 2024],
  income: [100, 112, 118, 133, 140],
  expenditure: [90, 95, 108, 113, 125],
  balance: [50, 72, 82, 102, 117],
  basis: 'test',
};

describe('the backtest scores what calibrate writes, on the same origins for all', () => {
  it('a trend method is scored from the observed base: Î = I_T · e^{gh}, by hand', () => {
    const r = backtest(h5, [growthForecaster(logLinearTrend)], { horizons: [1] });
    const row = r.rows.find((x) => x.item === 'income' && x.origin === 2022)!;
    // log-linear on (2020 100, 2021 112, 2022 118): slope g = (ln 118 − ln 100) / 2 (3 points: slope = (x3 − x1)/2)
    const g = (Math.log(118) - Math.log(100)) / 2;
    expect(row.forecast).toBeCloseTo(118 * Math.exp(g), 9); // the observed 118, not the fitted line's level
  });

  it('every forecaster on the same origins; the 5-year trend and 3-year drift left out, not shortened', () => {
    const r = backtest(h5, [...NAIVE_BASELINES, growthForecaster(dampedTrend)], { horizons: [1] });
    // damped trend needs 3 years: first origin 2022; the 3-year drift needs 4, the 5-year trend 5 years
    expect(r.origins).toEqual([2022, 2023]);
    expect(r.leftOut.map((l) => l.id).sort()).toEqual(['drift-3', 'log-linear-5']);
    expect(r.leftOut.find((l) => l.id === 'log-linear-5')!.reason.en).toMatch(/needs 5 years up to the first common origin 2022; the history gives 3/);
    const origins = new Set(r.summary.filter((s) => s.item === 'income').map((s) => s.origins.join(',')));
    expect([...origins]).toEqual(['2022,2023']);
    expect(r.forecasters.map((f) => f.id)).toEqual(['no-change', 'last-growth', 'damped-trend']);
  });

  it('a method that can forecast at no origin is left out with a note', () => {
    const r = backtest({ ...h5, years: h5.years.slice(0, 3), income: h5.income.slice(0, 3), expenditure: h5.expenditure.slice(0, 3), balance: h5.balance.slice(0, 3) }, [growthForecaster(dampedTrend), growthForecaster(logLinearTrend)], { horizons: [1] });
    expect(r.leftOut.map((l) => l.id)).toEqual(['damped-trend']);
    expect(r.origins).toEqual([2021]);
  });

  it('coverage of the 80 % and 95 % ranges is counted against the range each row states', () => {
    const long: SeriesHistory = {
      years: Array.from({ length: 10 }, (_, i) => 2010 + i),
      income: [100, 108, 115, 126, 133, 145, 155, 170, 180, 196],
      expenditure: [90, 99, 107, 118, 126, 139, 150, 163, 178, 192],
      balance: Array(10).fill(null),
      basis: 'test',
    };
    const r = backtest(long, [growthForecaster(logLinearTrend)], { horizons: [1, 2] });
    for (const s of r.summary.filter((x) => x.item === 'income' || x.item === 'expenditure')) {
      const rows = r.rows.filter((x) => x.item === s.item && x.horizon === s.horizon && x.range);
      expect(s.ranges!.n).toBe(rows.length);
      const inside = rows.filter((x) => Math.abs(Math.log(x.actual / x.forecast)) <= 1.2815515655446004 * x.range!.sdLog).length;
      expect(s.ranges!.coverage80).toBeCloseTo(inside / rows.length, 14);
      // the 95 % range is wider than the 80 % one, and both widen with the horizon
      expect(s.ranges!.width95).toBeGreaterThan(s.ranges!.width80);
    }
    const w = (h: number) => r.summary.find((x) => x.item === 'income' && x.horizon === h)!.ranges!.width80;
    expect(w(2)).toBeGreaterThan(w(1));
  });
});
