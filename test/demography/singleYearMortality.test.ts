import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { improveMortality } from '../../src/demography/improveMortality';
import { improvementRates } from '../../src/demography/improvementRates';
import { lifeTable } from '../../src/demography/lifeTable';
import { loadAbridgedMortality } from '../../src/demography/loadAbridgedMortality';
import { pchipInterpolate } from '../../src/demography/pchipInterpolate';
import { singleYearMortality } from '../../src/demography/singleYearMortality';

/**
 * WPP 2024 period life expectancy at birth, China, years. Source: PPgp/wpp2024 data-raw
 * e0M5.txt / e0F5.txt (2015-2020) and e0MprojMedium5.txt / e0FprojMedium5.txt (2020-2025),
 * commit 56a0673da3d54720c6949576047fe988161bc54e (see data/demography/SOURCES.md §3).
 */
const WPP_E0 = {
  '2015-2020': { male: 74.8946, female: 80.4864 },
  '2020-2025': { male: 75.4418, female: 81.0967 },
} as const;

describe('singleYearMortality (PCHIP on the cumulative hazard)', () => {
  for (const period of ['2015-2020', '2020-2025'] as const) {
    for (const sex of ['male', 'female'] as const) {
      const abridged = loadAbridgedMortality(period);
      const single = singleYearMortality(abridged[sex], abridged.ageStart);

      it(`${period} ${sex}: preserves each abridged group's survival exp(−n·m) to 1e-12`, () => {
        abridged.ageStart.slice(0, -1).forEach((start, g) => {
          const end = abridged.ageStart[g + 1];
          let hazard = 0;
          for (let a = start; a < end; a++) hazard += single[a];
          expect(Math.abs(Math.exp(-hazard) / Math.exp(-(end - start) * abridged[sex][g]) - 1)).toBeLessThan(1e-12);
        });
        expect(single[100]).toBe(abridged[sex][21]);
      });
      it(`${period} ${sex}: every single-year rate is > 0`, () => {
        expect(Math.min(...single)).toBeGreaterThan(0);
      });
      it(`${period} ${sex}: e0 of the single-year table is within 0.2 years of WPP's ${WPP_E0[period][sex]}`, () => {
        const e0 = lifeTable(single).ex[0];
        expect(Math.abs(e0 - WPP_E0[period][sex])).toBeLessThan(0.2);
      });
    }
  }
  it('recovers a Gompertz hazard within 1.5% (4% at 95–99) from its abridged rates', () => {
    // Abridged constant-force rates of μ(x) = 1e-4·e^(0.1x): m over [a, b) = (H(b) − H(a)) / (b − a),
    // H(x) = 1e-3·(e^(0.1x) − 1). Single-year truth: H(x+1) − H(x).
    const H = (x: number) => 1e-3 * (Math.exp(0.1 * x) - 1);
    const starts = [0, 1, ...Array.from({ length: 19 }, (_, k) => 5 * (k + 1)), 100];
    const abridged = starts.map((a, i) => (i < starts.length - 1 ? (H(starts[i + 1]) - H(a)) / (starts[i + 1] - a) : 1e-4 * Math.exp(10)));
    const single = singleYearMortality(abridged, starts);
    // PCHIP's harmonic-mean slopes are not exact for an exponential: allow 1.5% in the interior
    // and 4% in the last closed group, where the end slope is one-sided.
    for (let x = 5; x < 95; x++) expect(Math.abs(single[x] / (H(x + 1) - H(x)) - 1)).toBeLessThan(0.015);
    for (let x = 95; x < 100; x++) expect(Math.abs(single[x] / (H(x + 1) - H(x)) - 1)).toBeLessThan(0.04);
  });
  it('throws for bad rates or ages', () => {
    expect(() => singleYearMortality([0.1, 0, 0.3], [0, 1, 5])).toThrow(/分组死亡率/);
    expect(() => singleYearMortality([0.1, 0.2, 0.3], [1, 2, 5])).toThrow(DemographyError);
  });
});

describe('pchipInterpolate', () => {
  it('is exact on linear data and passes through the nodes', () => {
    const x = [0, 1, 5, 10];
    const y = x.map((v) => 3 + 2 * v);
    const out = pchipInterpolate(x, y, [0, 0.5, 1, 3, 7.5, 10]);
    [0, 0.5, 1, 3, 7.5, 10].forEach((v, i) => expect(out[i]).toBeCloseTo(3 + 2 * v, 12));
  });
  it('keeps monotone data monotone (no overshoot at a step)', () => {
    const out = pchipInterpolate([0, 1, 2, 3], [0, 0, 1, 1], Array.from({ length: 31 }, (_, i) => i / 10));
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1]);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });
  it('rejects points outside the nodes', () => {
    expect(() => pchipInterpolate([0, 1, 2], [0, 1, 2], [3])).toThrow(/outside/);
  });
});

describe('improveMortality and improvementRates', () => {
  it('applies (1 − r)^t (hand calculation)', () => {
    const out = improveMortality([0.01, 0.1], 10, 0.02);
    expect(out[0]).toBeCloseTo(0.01 * 0.98 ** 10, 15);
    const perAge = improveMortality([0.01, 0.1], 2, [0.01, -0.05]);
    expect(perAge[1]).toBeCloseTo(0.1 * 1.05 ** 2, 15);
  });
  it('improvementRates is the inverse of improveMortality', () => {
    const m = loadAbridgedMortality('2015-2020');
    const later = loadAbridgedMortality('2020-2025');
    const r = improvementRates(m.male, later.male, 5);
    const back = improveMortality(m.male, 5, r);
    later.male.forEach((v, i) => expect(back[i]).toBeCloseTo(v, 14));
  });
  it('rejects a rate ≥ 1 and mismatched lengths', () => {
    expect(() => improveMortality([0.1], 1, 1)).toThrow(/小于 1/);
    expect(() => improvementRates([0.1], [0.1, 0.2], 5)).toThrow(DemographyError);
  });
});
