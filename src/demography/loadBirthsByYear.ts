import { DemographyError } from './demographyError';
import { readDataCsv } from './readDataCsv';

/**
 * Load China's annual births by calendar year, 1949–2023, in persons (the file gives 10k
 * persons, 万人; values are multiplied by 10,000).
 *
 * Source: the NBS series as reproduced on secondary web pages (see data/demography/SOURCES.md
 * §9; UNVERIFIED against 中国统计年鉴). Used only for the relative sizes of neighbouring birth
 * cohorts (`cohortSizeWeights`), not for levels.
 *
 * @returns births by year, persons
 * @throws DemographyError `demography.dataFileMissing`, `demography.dataMalformed` (non-numeric, negative or
 *   repeated year)
 */
export function loadBirthsByYear(): ReadonlyMap<number, number> {
  const file = 'data/demography/china_births_by_year_1949_2023.csv';
  const births = new Map<number, number>();
  for (const row of readDataCsv(file, ['year', 'births_10k']).rows) {
    const year = row.number('year');
    const count = row.number('births_10k');
    if (count < 0 || births.has(year)) {
      throw new DemographyError('demography.dataMalformed.loadBirthsByYear', { file, line: row.line });
    }
    births.set(year, count * 10_000);
  }
  return births;
}
