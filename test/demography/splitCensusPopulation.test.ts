import { describe, expect, it } from 'vitest';
import { cohortSizeWeights } from '../../src/demography/cohortSizeWeights';
import { DemographyError } from '../../src/demography/demographyError';
import { lifeTable } from '../../src/demography/lifeTable';
import { loadAbridgedMortality } from '../../src/demography/loadAbridgedMortality';
import { loadBirthsByYear } from '../../src/demography/loadBirthsByYear';
import { loadCensusPopulation, type AgeGroupPopulation } from '../../src/demography/loadCensusPopulation';
import { singleYearMortality } from '../../src/demography/singleYearMortality';
import { splitCensusPopulation } from '../../src/demography/splitCensusPopulation';
import type { BySex } from '../../src/demography/types';

/** Relative error of the single-year split against every census group total (identity: 0). */
function worstGroupError(census: AgeGroupPopulation, single: BySex): number {
  let worst = 0;
  for (const sex of ['male', 'female'] as const) {
    census.ageStart.forEach((start, g) => {
      const end = census.ageEnd[g] ?? start;
      let s = 0;
      for (let a = start; a <= end; a++) s += single[sex][a];
      const expected = census[sex][g];
      worst = Math.max(worst, expected === 0 ? Math.abs(s) : Math.abs(s - expected) / expected);
    });
  }
  return worst;
}

const regions = (() => {
  try {
    loadCensusPopulation('?');
  } catch (e) {
    return (e as DemographyError).details.known as string[];
  }
  return [];
})();

const weightsFor = (): BySex => {
  const m = loadAbridgedMortality('2015-2020');
  const births = loadBirthsByYear();
  const lx = (mx: Float64Array) => lifeTable(singleYearMortality(mx, m.ageStart)).lx;
  return { male: cohortSizeWeights(births, lx(m.male), 2020, 11), female: cohortSizeWeights(births, lx(m.female), 2020, 11) };
};

describe('splitCensusPopulation (Sprague)', () => {
  it.each(regions)('%s: keeps every census group total to 1e-9 and has no negative count', (region) => {
    const census = loadCensusPopulation(region);
    const single = splitCensusPopulation(census);
    expect(single.male).toHaveLength(101);
    expect(worstGroupError(census, single)).toBeLessThan(1e-9);
    expect(Math.min(...single.male, ...single.female)).toBeGreaterThanOrEqual(0);
  });
  it('keeps age 0 and the open group 100+ exactly as counted', () => {
    const census = loadCensusPopulation();
    const single = splitCensusPopulation(census);
    expect(single.male[0]).toBe(6_312_409);
    expect(single.female[100]).toBe(83_737);
  });
  it('falls steadily from 90 to 99 (no upturn at the end of the closed ages)', () => {
    const single = splitCensusPopulation(loadCensusPopulation());
    for (let a = 91; a <= 99; a++) expect(single.female[a]).toBeLessThan(single.female[a - 1]);
  });
  it('accepts a table whose first group is 0-4', () => {
    const census = loadCensusPopulation();
    const merged: AgeGroupPopulation = {
      ...census, labels: census.labels.slice(1), ageStart: census.ageStart.slice(1).map((a, i) => (i === 0 ? 0 : a)), ageEnd: census.ageEnd.slice(1),
      male: Float64Array.of(census.male[0] + census.male[1], ...census.male.slice(2)), female: Float64Array.of(census.female[0] + census.female[1], ...census.female.slice(2)),
    };
    expect(worstGroupError(merged, splitCensusPopulation(merged))).toBeLessThan(1e-9);
  });
  it('rejects groups that are not 0, 1-4, 5-year…, open', () => {
    const census = loadCensusPopulation();
    const broken = { ...census, ageEnd: census.ageEnd.map((e, i) => (i === 5 ? 23 : e)) };
    expect(() => splitCensusPopulation(broken)).toThrow(/年龄组须为/);
  });
});

describe('splitCensusPopulation with cohort-size weights', () => {
  it.each(regions.slice(0, 3))('%s: still keeps every group total to 1e-9, no negatives', (region) => {
    const census = loadCensusPopulation(region);
    const single = splitCensusPopulation(census, { weights: weightsFor() });
    expect(worstGroupError(census, single)).toBeLessThan(1e-9);
    expect(Math.min(...single.male, ...single.female)).toBeGreaterThanOrEqual(0);
  });
  it('shows the 1959–1961 famine: age 59 (born 1960/61) is smaller than ages 58 and 57', () => {
    const single = splitCensusPopulation(loadCensusPopulation(), { weights: weightsFor() });
    // Births (data/demography/china_births_by_year_1949_2023.csv): 1961 949万, 1962 2451万, 1963 2934万.
    expect(single.male[59]).toBeLessThan(0.6 * single.male[58]);
    expect(single.male[58]).toBeLessThan(single.male[57]);
  });
  it('shares a group in proportion to the weights (identity n(a)/n(b) = w(a)/w(b))', () => {
    const w = weightsFor();
    const single = splitCensusPopulation(loadCensusPopulation(), { weights: w });
    expect(single.female[62] / single.female[64]).toBeCloseTo(w.female[62] / w.female[64], 12);
  });
  it('leaves groups with unknown weights (ages 70+) on the Sprague split', () => {
    const census = loadCensusPopulation();
    const weighted = splitCensusPopulation(census, { weights: weightsFor() });
    const plain = splitCensusPopulation(census);
    for (let a = 70; a <= 100; a++) expect(weighted.male[a]).toBe(plain.male[a]);
  });
  it('rejects weights of the wrong length', () => {
    const bad = { male: new Float64Array(10), female: new Float64Array(10) };
    expect(() => splitCensusPopulation(loadCensusPopulation(), { weights: bad })).toThrow(DemographyError);
  });
});

describe('cohortSizeWeights', () => {
  it('mixes the two birth years by the months before the census date (hand calculation)', () => {
    // Census 1 Nov 2020: age 3 born Nov 2016 – Oct 2017 → 2/12 of 2016 and 10/12 of 2017.
    const births = new Map([[2016, 1200], [2017, 2400]]);
    const w = cohortSizeWeights(births, [1, 1, 1, 0.5, 0.4], 2020, 11);
    expect(w[3]).toBeCloseTo(((2 / 12) * 1200 + (10 / 12) * 2400) * 0.5, 12);
    expect(Number.isNaN(w[2])).toBe(true);
    expect(Number.isNaN(w[4])).toBe(true);
  });
  it('rejects a month outside 1–12', () => {
    expect(() => cohortSizeWeights(new Map(), [1, 1], 2020, 13)).toThrow(DemographyError);
  });
});
