import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { oldAgeDependencyRatio } from '../../src/demography/oldAgeDependencyRatio';
import { populationPyramid } from '../../src/demography/populationPyramid';
import { projectPopulation } from '../../src/demography/projectPopulation';
import { shareAged } from '../../src/demography/shareAged';
import { sumAges } from '../../src/demography/sumAges';
import { totalDependencyRatio } from '../../src/demography/totalDependencyRatio';
import { interpolatePopulation } from '../../src/demography/interpolatePopulation';
import { loadCensusPopulation } from '../../src/demography/loadCensusPopulation';
import { splitCensusPopulation } from '../../src/demography/splitCensusPopulation';

/** 101 ages; 10 persons of each sex at ages 0–14, 20 at 15–64, 5 at 65–100. */
const toy = () => {
  const a = Float64Array.from({ length: 101 }, (_, x) => (x < 15 ? 10 : x < 65 ? 20 : 5));
  return { male: a, female: Float64Array.from(a) };
};

describe('population indicators (hand calculation on a toy population)', () => {
  // Both sexes: 0–14 = 2·15·10 = 300; 15–64 = 2·50·20 = 2000; 65+ = 2·36·5 = 360; total 2660.
  it('sumAges, shareAged, old-age and total dependency ratios', () => {
    const p = toy();
    expect(sumAges(p, 0, 14)).toBe(300);
    expect(sumAges(p, 65)).toBe(360);
    expect(shareAged(p)).toBeCloseTo(360 / 2660, 15);
    expect(shareAged(p, 15)).toBeCloseTo(2360 / 2660, 15);
    expect(oldAgeDependencyRatio(p)).toBeCloseTo(360 / 2000, 15);
    expect(totalDependencyRatio(p)).toBeCloseTo(660 / 2000, 15);
  });
  it('the 2020 census split gives the bulletin 65+ count and a 13.52% share (military excluded)', () => {
    // 190,635,280 aged 65+ (census bulletin No. 5) over 1,409,778,724 persons = 13.5224%.
    const p = splitCensusPopulation(loadCensusPopulation());
    expect(sumAges(p, 65)).toBeCloseTo(190_635_280, 3);
    expect(shareAged(p) * 100).toBeCloseTo(13.5224, 3);
  });
  it('errors on empty populations and impossible age ranges', () => {
    const zero = { male: new Float64Array(101), female: new Float64Array(101) };
    expect(() => shareAged(zero)).toThrow(DemographyError);
    expect(() => oldAgeDependencyRatio(zero)).toThrow(/15–64/);
    expect(() => sumAges(toy(), 50, 20)).toThrow(DemographyError);
    expect(() => sumAges(toy(), 0, 101)).toThrow(DemographyError);
  });
});

describe('populationPyramid', () => {
  const result = projectPopulation({
    startYear: 2020, steps: 2, population: toy(),
    mx: () => Float64Array.from({ length: 101 }, (_, x) => 0.001 * 1.08 ** x), asfr: () => Float64Array.from({ length: 101 }, (_, x) => (x >= 20 && x < 35 ? 0.1 : 0)), srb: () => 1.05,
  });
  it('has groups 0-4 … 95-99 and 100+ per year and sex, summing to the population', () => {
    const rows = populationPyramid(result);
    expect(rows).toHaveLength(3 * 2 * 21);
    expect(rows.slice(0, 21).map((r) => r.ageGroup)).toEqual([...Array.from({ length: 20 }, (_, k) => `${5 * k}-${5 * k + 4}`), '100+']);
    for (const year of [2020, 2021, 2022]) {
      for (const sex of ['male', 'female'] as const) {
        const total = rows.filter((r) => r.year === year && r.sex === sex).reduce((s, r) => s + r.count, 0);
        const n = result.ages;
        const t = year - 2020;
        expect(total).toBeCloseTo(result.population[sex].subarray(t * n, (t + 1) * n).reduce((s, v) => s + v, 0), 9);
      }
    }
    expect(rows[0]).toEqual({ year: 2020, sex: 'male', ageGroup: '0-4', ageStart: 0, count: 50 });
  });
  it('supports other widths and selected years, and rejects bad ones', () => {
    const rows = populationPyramid(result, { width: 10, years: [2022] });
    expect(rows.filter((r) => r.sex === 'female').map((r) => r.ageGroup).slice(-2)).toEqual(['90-99', '100+']);
    expect(() => populationPyramid(result, { width: 0 })).toThrow(DemographyError);
    expect(() => populationPyramid(result, { years: [2030] })).toThrow(DemographyError);
  });
});

describe('interpolatePopulation', () => {
  it('blends two time labels linearly (hand calculation) and rejects times outside', () => {
    const result = projectPopulation({
      startYear: 2020, steps: 2, population: { male: Float64Array.of(60, 30, 10), female: Float64Array.of(60, 30, 10) },
      mx: () => [0, 0, 0], asfr: () => [0, 0, 0], srb: () => 1,
    });
    // Time 2021 + 2/12 carries float error ~1e-13, hence 9 digits. No deaths or births: t = 2021 is (0, 60, 40); 2 months later = 10/12·(0, 60, 40) + 2/12·(0, 0, 100).
    const p = interpolatePopulation(result, 2021 + 2 / 12);
    expect(Array.from(p.male)).toEqual([0, expect.closeTo(50, 9), expect.closeTo(40 * 10 / 12 + 100 * 2 / 12, 9)]);
    expect(Array.from(interpolatePopulation(result, 2022).female)).toEqual([0, 0, 100]);
    expect(() => interpolatePopulation(result, 2022.5)).toThrow(DemographyError);
  });
});
