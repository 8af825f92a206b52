import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { fertilityForYear } from '../../src/demography/fertilityForYear';
import { lifeTable } from '../../src/demography/lifeTable';
import { loadAbridgedMortality } from '../../src/demography/loadAbridgedMortality';
import { loadCensusPopulation } from '../../src/demography/loadCensusPopulation';
import { loadFertility } from '../../src/demography/loadFertility';
import { populationAt } from '../../src/demography/populationAt';
import { projectPopulation, type ProjectionInput, type ProjectionResult } from '../../src/demography/projectPopulation';
import { singleYearMortality } from '../../src/demography/singleYearMortality';
import { splitCensusPopulation } from '../../src/demography/splitCensusPopulation';
import { survivalRatios } from '../../src/demography/survivalRatios';
import type { Sex } from '../../src/demography/types';

const SEXES: Sex[] = ['male', 'female'];

/** A realistic 30-year national run with a made-up, age-varying net migration (signed). */
function nationalRun(): { input: ProjectionInput; result: ProjectionResult } {
  const abridged = loadAbridgedMortality('2020-2025');
  const mx = { male: singleYearMortality(abridged.male, abridged.ageStart), female: singleYearMortality(abridged.female, abridged.ageStart) };
  const fertility = loadFertility();
  const migration = (year: number, sex: Sex) => Float64Array.from({ length: 101 }, (_, x) => (x >= 20 && x < 40 ? -1000 * (sex === 'male' ? 1.2 : 1) : 300) * (1 + (year % 3)));
  const input: ProjectionInput = {
    startYear: 2020, steps: 30, population: splitCensusPopulation(loadCensusPopulation()),
    mx: (_year, sex) => mx[sex],
    asfr: (year) => fertilityForYear(fertility, Math.min(year + 1, 2030)).asfr,
    srb: (year) => fertilityForYear(fertility, Math.min(year + 1, 2030)).srb,
    netMigration: migration,
  };
  return { input, result: projectPopulation(input) };
}

describe('projectPopulation: accounting identities', () => {
  const { input, result } = nationalRun();
  const n = result.ages;

  it('pop(t+1) = pop(t) − deaths + births + migration by age (cohort) and sex, every year', () => {
    // Aged-on population A: A(0) = births, A(x) = P(x−1, t) for 1 ≤ x < ω, A(ω) = P(ω−1, t) + P(ω, t).
    let worst = 0;
    for (let t = 0; t < result.steps; t++) {
      for (const sex of SEXES) {
        const p = result.population[sex];
        for (let x = 0; x < n; x++) {
          const agedOn = x === 0 ? result.births[sex][t] : x < n - 1 ? p[t * n + x - 1] : p[t * n + x - 1] + p[t * n + x];
          const expected = agedOn - result.deaths[sex][t * n + x] + result.migration[sex][t * n + x];
          worst = Math.max(worst, Math.abs(p[(t + 1) * n + x] - expected) / Math.max(1, Math.abs(expected)));
        }
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });
  it('totals: Σpop(t+1) = Σpop(t) − Σdeaths + births + Σmigration, per sex, every year', () => {
    const rowSum = (a: Float64Array, t: number) => a.subarray(t * n, (t + 1) * n).reduce((s, v) => s + v, 0);
    for (let t = 0; t < result.steps; t++) {
      for (const sex of SEXES) {
        const lhs = rowSum(result.population[sex], t + 1);
        const rhs = rowSum(result.population[sex], t) - rowSum(result.deaths[sex], t) + result.births[sex][t] + rowSum(result.migration[sex], t);
        expect(Math.abs(lhs - rhs) / lhs).toBeLessThan(1e-12);
      }
    }
  });
  it('records the migration it was given and splits births by the SRB', () => {
    expect(result.migration.male[3 * n + 25]).toBe(input.netMigration!(2023, 'male')[25]);
    const srb = input.srb(2021);
    expect(result.births.male[1] / result.births.female[1]).toBeCloseTo(srb, 12);
  });
  it('does not modify the starting population it was given', () => {
    const again = splitCensusPopulation(loadCensusPopulation());
    expect(Array.from(input.population.male)).toEqual(Array.from(again.male));
  });
});

describe('projectPopulation: closed population, no deaths, no births', () => {
  it('ages by exactly one year per step, the open group accumulating', () => {
    const start = Float64Array.from({ length: 101 }, (_, x) => 1000 + x);
    const result = projectPopulation({
      startYear: 0, steps: 7, population: { male: start, female: start.map((v) => 2 * v) },
      mx: () => new Float64Array(101), asfr: () => new Float64Array(101), srb: () => 1.05,
    });
    for (let t = 1; t <= 7; t++) {
      const p = populationAt(result, t);
      for (let x = 0; x < 100; x++) expect(p.male[x]).toBe(x < t ? 0 : start[x - t]);
      // Open group = everyone who was aged 100 − t or over at the start.
      const expectedOpen = start.subarray(100 - t).reduce((s, v) => s + v, 0);
      expect(p.male[100]).toBe(expectedOpen);
      expect(p.female[100]).toBe(2 * expectedOpen);
    }
    expect(result.deaths.male.every((d) => d === 0)).toBe(true);
    expect(result.births.female.every((b) => b === 0)).toBe(true);
  });
});

describe('projectPopulation: hand-computed three-age example', () => {
  it('matches the cohort-component arithmetic written out', () => {
    // Ages 0, 1, 2+; mx = 0.1 at every age for both sexes; women aged 1 bear 0.5 children a year; SRB 1.05.
    const result = projectPopulation({
      startYear: 2000, steps: 1,
      population: { male: Float64Array.of(100, 80, 50), female: Float64Array.of(90, 70, 40) },
      mx: () => [0.1, 0.1, 0.1], asfr: () => [0, 0.5, 0], srb: () => 1.05,
    });
    const L0 = (1 - Math.exp(-0.1)) / 0.1; // S0 = L0 / l0
    const L1 = (Math.exp(-0.1) - Math.exp(-0.2)) / 0.1;
    const T2 = Math.exp(-0.2) / 0.1;
    const S1 = L1 / L0; // = e^(−0.1)
    const S2 = T2 / (L1 + T2);
    const women1Next = 90 * S1;
    const births = 0.5 * (70 + women1Next) / 2; // rate × mean of women aged 1 at start and end
    const p = populationAt(result, 2001);
    expect(p.female[1]).toBeCloseTo(90 * S1, 12);
    expect(p.female[2]).toBeCloseTo((70 + 40) * S2, 12);
    expect(p.male[2]).toBeCloseTo((80 + 50) * S2, 12);
    expect(result.births.male[0] + result.births.female[0]).toBeCloseTo(births, 12);
    expect(p.male[0]).toBeCloseTo((births * 1.05) / 2.05 * L0, 12);
    expect(result.deaths.female[0]).toBeCloseTo((births / 2.05) * (1 - L0), 12);
  });
});

describe('survivalRatios', () => {
  it('equals the ratios of the full life table (two implementations agree)', () => {
    const abridged = loadAbridgedMortality('2015-2020');
    const mx = singleYearMortality(abridged.female, abridged.ageStart);
    const t = lifeTable(mx);
    const s = survivalRatios(mx);
    expect(s[0]).toBeCloseTo(t.Lx[0], 12);
    for (let x = 1; x < 100; x++) expect(s[x]).toBeCloseTo(t.Lx[x] / t.Lx[x - 1], 12);
    expect(s[100]).toBeCloseTo(t.Tx[100] / t.Tx[99], 12);
  });
});

describe('projectPopulation: errors', () => {
  const base: ProjectionInput = {
    startYear: 2020, steps: 2, population: { male: Float64Array.of(10, 10, 10), female: Float64Array.of(10, 10, 10) },
    mx: () => [0.01, 0.01, 0.2], asfr: () => [0, 0.1, 0], srb: () => 1.05,
  };
  const code = (input: ProjectionInput) => {
    try {
      projectPopulation(input);
    } catch (e) {
      return (e as DemographyError).code;
    }
    return 'none';
  };
  it('rejects bad steps, lengths, fertility at age 0, SRB and rates', () => {
    expect(code({ ...base, steps: 0 })).toMatch(/^demography\.invalidInput\./);
    expect(code({ ...base, mx: () => [0.01, 0.01] })).toMatch(/^demography\.invalidInput\./);
    expect(code({ ...base, asfr: () => [0.1, 0.1, 0] })).toMatch(/^demography\.invalidInput\./);
    expect(code({ ...base, srb: () => 0 })).toMatch(/^demography\.invalidInput\./);
    expect(code({ ...base, mx: () => [0.01, -0.01, 0.2] })).toMatch(/^demography\.invalidInput\./);
    expect(code({ ...base, population: { male: Float64Array.of(10, NaN, 1), female: Float64Array.of(1, 1, 1) } })).toMatch(/^demography\.invalidInput\./);
  });
  it('stops with NEGATIVE_POPULATION when emigration exceeds a cohort, in both languages', () => {
    const input = { ...base, netMigration: () => [0, -50, 0] };
    expect(code(input)).toBe('demography.negativePopulation');
    expect(() => projectPopulation(input)).toThrow(/净迁出超过人口/);
  });
});
