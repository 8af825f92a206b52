import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { loadAbridgedMortality } from '../../src/demography/loadAbridgedMortality';
import { loadBirthsByYear } from '../../src/demography/loadBirthsByYear';
import { loadCensusPopulation } from '../../src/demography/loadCensusPopulation';
import { loadFertility } from '../../src/demography/loadFertility';
import { loadLifeExpectancy } from '../../src/demography/loadLifeExpectancy';
import { loadPopulationAging } from '../../src/demography/loadPopulationAging';

const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
const fixture = (name: string) => join(__dirname, 'fixtures', name);

/** Run `f`, expecting a DemographyError with this code; return it for further checks. */
function expectError(f: () => unknown, code: string): DemographyError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DemographyError);
    // catalogue keys are hierarchical: `code` names the kind (e.g. demography.dataMalformed) or one message of it
    expect((e as DemographyError).code === code || (e as DemographyError).code.startsWith(`${code}.`), (e as DemographyError).code).toBe(true);
    return e as DemographyError;
  }
  throw new Error(`expected ${code}`);
}

describe('loadCensusPopulation', () => {
  it('national totals match the 7th census yearbook table 1-5 (military excluded)', () => {
    const c = loadCensusPopulation();
    // Totals printed in the yearbook table (data/demography/SOURCES.md §1): M 721,416,394; F 688,362,330.
    expect(sum(c.male)).toBe(721_416_394);
    expect(sum(c.female)).toBe(688_362_330);
    expect(c.labels[0]).toBe('0');
    expect(c.labels[1]).toBe('1-4');
    expect(c.labels.at(-1)).toBe('100+');
    expect(c.ageEnd.at(-1)).toBeNull();
    expect(c.referenceDate).toBe('2020-11-01');
  });
  it('reproduces the census bulletin No. 5 aggregates 0-14 = 253,383,938 and 65+ = 190,635,280', () => {
    const c = loadCensusPopulation('national');
    const between = (lo: number, hi: number) => c.ageStart.reduce((s, a, i) => (a >= lo && a <= hi ? s + c.male[i] + c.female[i] : s), 0);
    expect(between(0, 14)).toBe(253_383_938);
    expect(between(65, 200)).toBe(190_635_280);
  });
  it('the 31 provinces sum to the national total 1,409,778,724', () => {
    const national = loadCensusPopulation();
    const e = expectError(() => loadCensusPopulation('?'), 'demography.regionUnknown');
    const provinces = (e.details.known as string[]).filter((r) => r !== '全国');
    expect(provinces).toHaveLength(31);
    let total = 0;
    for (const p of provinces) {
      const c = loadCensusPopulation(p);
      expect(c.ageStart).toEqual(national.ageStart);
      total += sum(c.male) + sum(c.female);
    }
    expect(total).toBe(1_409_778_724);
  });
  it('rejects an unknown region in English and Chinese, listing the regions', () => {
    const e = expectError(() => loadCensusPopulation('Atlantis'), 'demography.regionUnknown');
    expect(e.en).toContain('Unknown region "Atlantis"');
    expect(e.zh).toContain('未知地区');
    expect(e.message).toContain('北京');
  });
  it('reports a missing file, a bad total, a non-number and a missing column, with the line', () => {
    expectError(() => loadCensusPopulation('全国', { file: 'data/demography/no-such-file.csv' }), 'demography.dataFileMissing');
    const bad = expectError(() => loadCensusPopulation('全国', { file: fixture('census-bad-total.csv') }), 'demography.dataMalformed');
    expect(bad.en).toMatch(/line 3: male \+ female must equal total/);
    expect(bad.zh).toMatch(/第 3 行/);
    const nan = expectError(() => loadCensusPopulation('全国', { file: fixture('census-not-a-number.csv') }), 'demography.dataMalformed');
    expect(nan.en).toMatch(/line 2: column "female" is not a number: "ten"/);
    const missing = expectError(() => loadCensusPopulation('全国', { file: fixture('census-missing-column.csv') }), 'demography.dataMalformed');
    expect(missing.en).toMatch(/missing column "female"/);
  });
  it('refuses a province name for a file without a region column', () => {
    expectError(() => loadCensusPopulation('北京', { file: fixture('census-bad-total.csv') }), 'demography.regionUnknown');
  });
});

describe('loadAbridgedMortality', () => {
  it('loads 22 groups 0, 1-4, …, 100+ for each period with WPP values', () => {
    const m = loadAbridgedMortality('2020-2025');
    expect(m.ageStart).toEqual([0, 1, ...Array.from({ length: 20 }, (_, k) => 5 * (k + 1))]);
    // WPP 2024 mxM5.txt, China, 2020-2025, age 0 (copied unchanged into the CSV).
    expect(m.male[0]).toBe(0.00617945);
    expect(m.female[21]).toBe(0.55387104);
  });
  it('rejects an unknown period bilingually', () => {
    const e = expectError(() => loadAbridgedMortality('1990-1995'), 'demography.periodUnknown');
    expect(e.zh).toContain('未知的死亡率时期');
  });
});

describe('loadFertility, loadBirthsByYear, loadLifeExpectancy, loadPopulationAging', () => {
  it('loads TFR/SRB 2000–2030 and percent ASFR 2015–2030 that sum to 100', () => {
    const f = loadFertility();
    expect(f.byYear.size).toBe(31);
    // WPP 2024 tfr.txt / sexRatio.txt, China 2020.
    expect(f.byYear.get(2020)).toEqual({ tfr: 1.235682, srb: 1.112, tfrStatus: 'estimate', srbStatus: 'estimate' });
    expect(f.groupStarts).toEqual([10, 15, 20, 25, 30, 35, 40, 45, 50]);
    for (const p of f.percentAsfr.values()) expect(sum(p)).toBeCloseTo(100, 2);
  });
  it('loads births 1949–2023 in persons (1961 famine low: 949万)', () => {
    const b = loadBirthsByYear();
    expect(b.size).toBe(75);
    expect(b.get(1961)).toBe(9_490_000);
  });
  it('loads WPP e0 by year and the published aging indicators', () => {
    expect(loadLifeExpectancy().get(2020)?.both).toBe(78.0191);
    const aging = loadPopulationAging();
    expect(aging.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(aging.find((r) => r.year === 2020)?.share65PlusPct).toBe(13.5);
  });
});
