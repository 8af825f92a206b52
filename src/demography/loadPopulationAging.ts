import { readDataCsv } from './readDataCsv';

/** Published national aging indicators of one year. */
export interface PopulationAgingYear {
  year: number;
  /** Population aged 65+ / total population, percent. */
  share65PlusPct: number;
  /** Population aged 65+ / population aged 15–64, percent. */
  oldAgeDependencyRatioPct: number;
  /** How sure the figure is, as transcribed (e.g. `transcribed from national aging bulletin`). */
  status: string;
}

/**
 * Load the published national share aged 65+ and old-age dependency ratio (65+ / 15–64) of
 * China, 2018–2025, in percent. Annual figures refer to 31 December (NBS sample survey); 2020 is
 * the census (1 November). Used as the target of the projection acceptance check.
 *
 * Source: national aging bulletins, transcribed (see data/demography/SOURCES.md §6).
 *
 * @returns one row per year, in file order
 * @throws DemographyError `demography.dataFileMissing`, `demography.dataMalformed`
 */
export function loadPopulationAging(): PopulationAgingYear[] {
  const table = readDataCsv('data/demography/population-aging.csv', ['year', 'share_65_plus_pct', 'old_age_dependency_ratio_pct', 'status']);
  return table.rows.map((r) => ({
    year: r.number('year'),
    share65PlusPct: r.number('share_65_plus_pct'),
    oldAgeDependencyRatioPct: r.number('old_age_dependency_ratio_pct'),
    status: r.text('status'),
  }));
}
