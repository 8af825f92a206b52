import { DemographyError } from './demographyError';
import { readDataCsv } from './readDataCsv';

/** Abridged central death rates by sex for one period. */
export interface AbridgedMortality {
  /** WPP period label, e.g. `2020-2025` (1 Jan 2020 to 31 Dec 2024). */
  period: string;
  /** First age of each group: 0, 1, 5, 10, …, 100. */
  ageStart: number[];
  /** Last age of each group, inclusive; `null` for the open group 100+. */
  ageEnd: (number | null)[];
  /** Central death rate nmx (deaths per person-year) by group. */
  male: Float64Array;
  female: Float64Array;
  both: Float64Array;
}

/** Periods shipped in `data/demography/china_wpp2024_abridged_mx_by_sex.csv`. */
export type WppPeriod = '2010-2015' | '2015-2020' | '2020-2025';

const FILE = 'data/demography/china_wpp2024_abridged_mx_by_sex.csv';

/**
 * Load UN WPP 2024 abridged central death rates nmx for China by sex, for ages
 * 0, 1-4, 5-9, …, 95-99, 100+ (open).
 *
 * nmx = deaths in the age group / person-years lived in it, per person-year (not qx).
 * Source: PPgp/wpp2024 `data-raw/mxM5.txt`, `mxF5.txt`, `mxB5.txt` (see data/demography/SOURCES.md).
 * Checks on load: contiguous groups from 0 ending with an open group; every rate finite and > 0.
 *
 * @param period one of `2010-2015`, `2015-2020`, `2020-2025`
 * @param options `file` to read a user's table in the same layout
 * @returns rates by group and sex
 * @throws DemographyError `demography.periodUnknown` (lists the available periods), `demography.dataFileMissing`,
 *   `demography.dataMalformed`
 */
export function loadAbridgedMortality(period: WppPeriod | string, options: { file?: string } = {}): AbridgedMortality {
  const file = options.file ?? FILE;
  const table = readDataCsv(file, ['period', 'age_start', 'age_end_inclusive', 'mx_male', 'mx_female', 'mx_both']);
  const rows = table.rows.filter((r) => r.text('period') === period);
  if (rows.length === 0) {
    const known = [...new Set(table.rows.map((r) => r.text('period')))];
    throw new DemographyError('demography.periodUnknown', { period, known });
  }
  const out: AbridgedMortality = {
    period, ageStart: [], ageEnd: [],
    male: new Float64Array(rows.length), female: new Float64Array(rows.length), both: new Float64Array(rows.length),
  };
  rows.forEach((row, i) => {
    const start = row.number('age_start');
    const end = row.text('age_end_inclusive').trim() === '' ? null : row.number('age_end_inclusive');
    const expectedStart = i === 0 ? 0 : (out.ageEnd[i - 1] ?? NaN) + 1;
    const open = end === null;
    const rates = [row.number('mx_male'), row.number('mx_female'), row.number('mx_both')];
    if (start !== expectedStart || open !== (i === rows.length - 1) || rates.some((m) => !(m > 0))) {
      throw new DemographyError('demography.dataMalformed.loadAbridgedMortality', { file, line: row.line });
    }
    out.ageStart.push(start);
    out.ageEnd.push(end);
    [out.male[i], out.female[i], out.both[i]] = rates;
  });
  return out;
}
