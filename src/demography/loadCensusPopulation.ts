import { messages } from '../messages/message';
import { DemographyError } from './demographyError';
import { readDataCsv } from './readDataCsv';

/** Population counts by abridged age group and sex at one reference date. */
export interface AgeGroupPopulation {
  /** Region name as in the data (Chinese, e.g. `全国`, `北京`). */
  region: string;
  /** Census reference date, ISO `YYYY-MM-DD`. */
  referenceDate: string;
  /** Group labels, e.g. `0`, `1-4`, `5-9`, …, `100+`. */
  labels: string[];
  /** First age of each group (0, 1, 5, 10, …, 100). */
  ageStart: number[];
  /** Last age of each group, inclusive; `null` for the open last group. */
  ageEnd: (number | null)[];
  /** Persons by group, males. */
  male: Float64Array;
  /** Persons by group, females. */
  female: Float64Array;
}

/** Options of `loadCensusPopulation`. */
export interface LoadCensusOptions {
  /** A CSV in the same layout to read instead of the shipped one (absolute or package-relative). */
  file?: string;
}

const NATIONAL_FILE = 'data/demography/china_census2020_pop_by_agegroup_sex.csv';
const REGIONAL_FILE = 'data/demography/china_census2020_pop_by_region_agegroup_sex.csv';
const NATIONAL = '全国';

/**
 * Load the 2020 census population (7th census, reference date 2020-11-01) by age group
 * (0, 1-4, 5-9, …, 95-99, 100+) and sex, for the nation or one province.
 *
 * Source: 《中国人口普查年鉴-2020》 table 1-5, military excluded (see data/demography/SOURCES.md).
 * Checks on load: ages are contiguous and end with an open group; male + female = total in
 * every row; the groups sum exactly to the file's `total` row.
 *
 * @param region `全国` (default; alias `national`) or a province name in Chinese, e.g. `北京`
 * @param options `file` to read a user's table in the same layout (with a `region_zh` column for
 *   several regions, or without it for one table read as `全国`)
 * @returns counts by group and sex (persons)
 * @throws DemographyError `demography.regionUnknown` (lists the available regions), `demography.dataFileMissing`,
 *   `demography.dataMalformed`
 */
export function loadCensusPopulation(region = NATIONAL, options: LoadCensusOptions = {}): AgeGroupPopulation {
  const wanted = region === 'national' ? NATIONAL : region;
  const file = options.file ?? (wanted === NATIONAL ? NATIONAL_FILE : REGIONAL_FILE);
  const table = readDataCsv(file, ['age_group', 'age_start', 'age_end_inclusive', 'male', 'female', 'total']);
  const regional = table.columns.includes('region_zh');
  const rows = regional ? table.rows.filter((r) => r.text('region_zh') === wanted) : table.rows;
  if (rows.length === 0 || (!regional && wanted !== NATIONAL)) {
    if (!regional) throw new DemographyError('demography.regionUnknown.loadCensusPopulation', { file, national: NATIONAL, region, known: [NATIONAL] });
    const known = [...new Set(table.rows.map((r) => r.text('region_zh')))];
    throw new DemographyError('demography.regionUnknown.census', { region, known });
  }
  const groups = rows.filter((r) => r.text('age_group') !== 'total');
  const totals = rows.filter((r) => r.text('age_group') === 'total');
  const bad = (line: number, reason: { en: string; zh: string }) => new DemographyError('demography.dataMalformed', { file, line, ...reason });
  const out: AgeGroupPopulation = {
    region: wanted, referenceDate: '2020-11-01', labels: [], ageStart: [], ageEnd: [],
    male: new Float64Array(groups.length), female: new Float64Array(groups.length),
  };
  groups.forEach((row, i) => {
    const start = row.number('age_start');
    const end = row.text('age_end_inclusive').trim() === '' ? null : row.number('age_end_inclusive');
    const expectedStart = i === 0 ? 0 : (out.ageEnd[i - 1] ?? NaN) + 1;
    if (start !== expectedStart || (end !== null && end < start)) {
      throw bad(row.line, messages('demography.census.notContiguous', { start, end }));
    }
    const [m, f] = [row.number('male'), row.number('female')];
    if (m < 0 || f < 0 || m + f !== row.number('total')) {
      throw bad(row.line, messages('demography.census.sexesSum', {}));
    }
    out.labels.push(row.text('age_group'));
    out.ageStart.push(start);
    out.ageEnd.push(end);
    out.male[i] = m;
    out.female[i] = f;
  });
  if (out.ageEnd[out.ageEnd.length - 1] !== null || out.ageEnd.slice(0, -1).includes(null)) {
    throw bad(groups[groups.length - 1].line, messages('demography.census.openGroup', {}));
  }
  if (totals.length === 1) {
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    if (sum(out.male) !== totals[0].number('male') || sum(out.female) !== totals[0].number('female')) {
      throw bad(totals[0].line, messages('demography.census.totalRow', {}));
    }
  }
  return out;
}
