import { readDataCsv } from './readDataCsv';

/** Life expectancy at birth (years) of one calendar year. */
export interface LifeExpectancyYear {
  male: number;
  female: number;
  both: number;
}

/**
 * Load UN WPP 2024 life expectancy at birth e0 for China by calendar year, 2010–2023
 * (estimates), in years.
 *
 * Source: PPgp/wpp2024 `data-raw/e0M.txt`, `e0F.txt`, `e0B.txt` (see data/demography/SOURCES.md).
 *
 * @returns e0 by year
 * @throws DemographyError `demography.dataFileMissing`, `demography.dataMalformed` (a cell that is not a number)
 */
export function loadLifeExpectancy(): ReadonlyMap<number, LifeExpectancyYear> {
  const table = readDataCsv('data/demography/china_wpp2024_e0_by_year.csv', ['year', 'e0_male', 'e0_female', 'e0_both']);
  return new Map(table.rows.map((r) => [
    r.number('year'),
    { male: r.number('e0_male'), female: r.number('e0_female'), both: r.number('e0_both') },
  ]));
}
