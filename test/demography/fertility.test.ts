import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { fertilityForYear } from '../../src/demography/fertilityForYear';
import { loadFertility } from '../../src/demography/loadFertility';
import { singleYearAsfr } from '../../src/demography/singleYearAsfr';

describe('singleYearAsfr', () => {
  it('spreads TFR × percent / 100 / 5 over each 5-year group (hand calculation)', () => {
    // TFR 1.5; 40% at 20-24, 60% at 25-29 → 1.5·0.4/5 = 0.12 per year of age, 1.5·0.6/5 = 0.18.
    const f = singleYearAsfr(1.5, [40, 60], [20, 25]);
    expect(f).toHaveLength(101);
    for (let x = 20; x < 25; x++) expect(f[x]).toBeCloseTo(0.12, 15);
    for (let x = 25; x < 30; x++) expect(f[x]).toBeCloseTo(0.18, 15);
    expect(f[19] + f[30]).toBe(0);
    expect(f.reduce((s, v) => s + v, 0)).toBeCloseTo(1.5, 14); // Σ f = TFR (identity)
  });
  it('rejects a negative TFR, mismatched lengths and groups at age 0 or beyond the open age', () => {
    expect(() => singleYearAsfr(-1, [100], [20])).toThrow(DemographyError);
    expect(() => singleYearAsfr(1, [50, 50], [20])).toThrow(/TFR/);
    expect(() => singleYearAsfr(1, [100], [0])).toThrow(DemographyError);
    expect(() => singleYearAsfr(1, [100], [96])).toThrow(DemographyError);
  });
});

describe('fertilityForYear', () => {
  const data = loadFertility();
  it('gives WPP 2024 TFR and SRB of the year with ASFR summing to the TFR', () => {
    const y = fertilityForYear(data, 2021);
    expect(y.tfr).toBe(1.11744); // WPP 2024 tfr.txt, China 2021
    expect(y.srb).toBe(1.104);
    expect(y.asfr.reduce((s, v) => s + v, 0)).toBeCloseTo(1.11744, 4); // percentages sum to 100 ± 1e-4
    expect(y.asfr[0]).toBe(0);
  });
  it('reports the covered years when asked for one outside them', () => {
    try {
      fertilityForYear(data, 2031);
      throw new Error('expected an error');
    } catch (e) {
      expect((e as DemographyError).code).toMatch(/^demography\.yearNotCovered\./);
      expect((e as DemographyError).en).toContain('2015–2030');
      expect((e as DemographyError).zh).toContain('没有 2031 年的生育数据');
    }
  });
});
