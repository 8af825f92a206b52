import { describe, expect, it } from 'vitest';
import { chooseMethod, forecastFromBase } from '../../src/calibrate/chooseMethod';
import { drift } from '../../src/calibrate/drift';
import { growthResidualSd } from '../../src/calibrate/growthResidualSd';
import { growthShockModel, horizonVariance } from '../../src/calibrate/growthShockModel';
import { logLinearTrend, logLinearTrendMethod } from '../../src/calibrate/logLinearTrend';
import { recentAverageGrowth } from '../../src/calibrate/recentAverageGrowth';
import { residualCorrelation } from '../../src/calibrate/residualCorrelation';

const years = (n: number, from = 2015) => Array.from({ length: n }, (_, i) => from + i);

describe('two spreads, each named for what it is', () => {
  it('log-linear: the slope\'s standard error and the residual sd of yearly growth (hand calculation)', () => {
    // y = 100, 110, 132, 145.2: log changes ln 1.1, ln 1.2, ln 1.1
    const ys = [100, 110, 132, 145.2];
    const fit = logLinearTrend.fit(years(4), ys);
    const g = Math.log1p(fit.growth);
    const d = [Math.log(1.1), Math.log(1.2), Math.log(1.1)];
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - g) ** 2, 0) / 2);
    expect(fit.growthSd).toBeCloseTo(sd, 12);
    // se of the slope from the level residuals: s / √Σ(t − t̄)², Σ(t − t̄)² = 5 for 4 years
    const s2 = fit.residuals.reduce((s, e) => s + e * e, 0) / 2;
    expect(fit.se).toBeCloseTo(Math.sqrt(s2 / 5), 12);
    expect(fit.growthSd).not.toBeCloseTo(fit.se!, 3);
  });

  it('drift: mean log change over the whole span, se = sd / √m', () => {
    const ys = [100, 110, 132, 145.2];
    const fit = drift.fit(years(4), ys);
    expect(Math.log1p(fit.growth)).toBeCloseTo(Math.log(1.452) / 3, 14);
    const sd = growthResidualSd(ys, fit.growth)!;
    // sd of (ln 1.1, ln 1.2, ln 1.1) with 2 degrees of freedom
    const d = [Math.log(1.1), Math.log(1.2), Math.log(1.1)];
    const mean = (d[0] + d[1] + d[2]) / 3;
    expect(sd).toBeCloseTo(Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / 2), 14);
    expect(fit.se).toBeCloseTo(sd / Math.sqrt(3), 14);
    expect(fit.forecast(2)).toBeCloseTo(145.2 * 1.452 ** (2 / 3), 9);
  });
});

describe('windows are never shortened under their name', () => {
  it('the 3-year average needs 4 points; the 5-year trend needs 5', () => {
    expect(() => recentAverageGrowth(3).fit(years(3), [1, 2, 3])).toThrow(/at least 4/);
    expect(() => logLinearTrendMethod(5).fit(years(4), [1, 2, 3, 4])).toThrow(/at least 5/);
    expect(recentAverageGrowth(3).minPoints).toBe(4);
    expect(logLinearTrendMethod(5).minPoints).toBe(5);
  });
});

describe('horizonVariance', () => {
  it('with φ = 0: hσ² + h²τ² (independent growth shocks: a random walk in the level)', () => {
    for (const h of [1, 2, 3, 7]) expect(horizonVariance({ innovationSd: 0.03, ar1: 0, parameterSd: 0.01 }, h)).toBeCloseTo(h * 0.03 ** 2 + h * h * 0.01 ** 2, 15);
  });
  it('with φ: Σ_t w_t² σ_u², w_t = 1 + φ + … + φ^{h−t} (h = 2 by hand: ((1 + φ)² + 1)σ_u²)', () => {
    expect(horizonVariance({ innovationSd: 0.02, ar1: 0.5, parameterSd: 0 }, 2)).toBeCloseTo((1.5 ** 2 + 1) * 0.0004, 15);
    expect(horizonVariance({ innovationSd: 0.02, ar1: -0.5, parameterSd: 0 }, 3)).toBeCloseTo(((1 - 0.5 + 0.25) ** 2 + 0.5 ** 2 + 1) * 0.0004, 15);
  });
  it('growthShockModel: φ only from 8 changes and only when it clears 1.96/√m', () => {
    const short = [100, 104, 107, 113, 116];
    const m = growthShockModel(short, drift.fit(years(5), short))!;
    expect(m.n).toBe(4);
    expect(m.ar1Estimate).toBeNull();
    expect(m.ar1).toBe(0);
    expect(m.short).toBe(true);
    expect(m.parameterSd).toBeCloseTo(m.sd / 2, 14); // σ/√m, m = 4
    // alternating growth 2 %, 8 %: residuals ±3 %, lag-1 autocorrelation −(m−1)/m = −0.9 → clamped to −0.9
    const alt = [100];
    for (let i = 0; i < 10; i++) alt.push(alt[i] * Math.exp(i % 2 ? 0.08 : 0.02));
    const a = growthShockModel(alt, drift.fit(years(11), alt))!;
    expect(a.ar1Estimate).toBeCloseTo(-0.9, 10);
    expect(a.ar1).toBeCloseTo(-0.9, 10);
    expect(a.innovationSd).toBeCloseTo(a.sd * Math.sqrt(1 - 0.81), 12);
  });
});

describe('chooseMethod (--method auto)', () => {
  it('scores every candidate on the same origins and picks the lowest MAPE', () => {
    const ys = [100, 108, 115, 125, 134, 146, 157, 170];
    const c = chooseMethod(years(8), ys);
    expect(c.origins).toEqual([2018, 2021]); // the candidates need up to 4 points: origins index 3 … n − 2
    const ns = new Set(c.scores.map((s) => s.n));
    expect(ns.size).toBe(1); // identical origins, identical count: 4 origins, h ≤ 3 within the data = 3 + 3 + 2 + 1
    expect([...ns][0]).toBe(9);
    const best = Math.min(...c.scores.map((s) => s.mape!));
    expect(c.scores.find((s) => s.method === c.method.id)!.mape).toBe(best);
    expect(c.reason.en).toContain(c.method.id);
  });
  it('the score is the forecast from the observed base, by hand for drift on one origin', () => {
    // n = 3: only drift and log-linear fit with one origin (index 1): from 2016 (110), drift of 2 points = 10 %
    const c = chooseMethod(years(3), [100, 110, 115]);
    const f = forecastFromBase(110, drift.fit(years(2), [100, 110]), 1);
    expect(f).toBeCloseTo(121, 10);
    expect(c.scores.find((s) => s.method === 'drift')!.mape).toBeCloseTo(6 / 115, 12);
  });
});

describe('residualCorrelation', () => {
  it('needs 5 common changes and gives ±1 for proportional / mirrored changes', () => {
    const a = [1, 1.1, 1.3, 1.2, 1.5, 1.4, 1.8];
    const b = a.map((v) => 2 * v);
    expect(residualCorrelation(years(7), a, years(7), b)).toEqual({ rho: expect.closeTo(1, 12), n: 6 });
    const inv = a.map((v) => 1 / v);
    expect(residualCorrelation(years(7), a, years(7), inv)!.rho).toBeCloseTo(-1, 12);
    expect(residualCorrelation(years(5), a.slice(0, 5), years(5), b.slice(0, 5))).toBeNull();
  });
});
