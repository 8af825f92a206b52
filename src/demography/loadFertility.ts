import { messages } from '../messages/message';
import { DemographyError } from './demographyError';
import { readDataCsv } from './readDataCsv';

/** Total fertility and sex ratio at birth of one calendar year. */
export interface FertilityYear {
  /** Total fertility rate, children per woman. */
  tfr: number;
  /** Sex ratio at birth, males per female (e.g. 1.112). */
  srb: number;
  /** `estimate` or `projection_medium` (WPP status of the TFR). */
  tfrStatus: string;
  srbStatus: string;
}

/** Fertility tables: TFR and SRB by year, and the age pattern (percent of TFR) by year. */
export interface FertilityData {
  byYear: ReadonlyMap<number, FertilityYear>;
  /** First ages of the 5-year groups of `percentAsfr`: 10, 15, …, 50. */
  groupStarts: readonly number[];
  /** Percent of TFR by 5-year age group of mother, by year; each sums to 100. */
  percentAsfr: ReadonlyMap<number, Float64Array>;
}

const TFR_FILE = 'data/demography/china_wpp2024_tfr_srb_by_year.csv';
const PCT_FILE = 'data/demography/china_wpp2024_percent_asfr_5y.csv';

/**
 * Load UN WPP 2024 fertility for China: TFR and SRB by year (2000–2030; estimates through 2023,
 * medium variant after) and the percent age pattern of fertility by 5-year age of mother
 * (10-14 … 50-54, 2015–2030). ASFR = TFR × percent / 100 / 5 (see `singleYearAsfr`).
 *
 * Source: PPgp/wpp2024 `tfr.txt`, `tfrprojMed.txt`, `sexRatio.txt`, `percentASFR5.txt`
 * (see data/demography/SOURCES.md). Checks on load: TFR > 0, SRB in (0.8, 1.5), every year's
 * age groups are the same contiguous 5-year groups and their percentages sum to 100 (±0.01).
 *
 * @returns fertility tables
 * @throws DemographyError `demography.dataFileMissing`, `demography.dataMalformed`
 */
export function loadFertility(): FertilityData {
  const byYear = new Map<number, FertilityYear>();
  for (const row of readDataCsv(TFR_FILE, ['year', 'tfr', 'tfr_status', 'srb_male_per_female', 'srb_status']).rows) {
    const [tfr, srb] = [row.number('tfr'), row.number('srb_male_per_female')];
    if (!(tfr > 0) || !(srb > 0.8 && srb < 1.5)) throw malformed(TFR_FILE, row.line, messages('demography.fertility.tfrSrb', {}));
    byYear.set(row.number('year'), { tfr, srb, tfrStatus: row.text('tfr_status'), srbStatus: row.text('srb_status') });
  }
  const groups = new Map<number, { starts: number[]; pct: number[]; line: number }>();
  for (const row of readDataCsv(PCT_FILE, ['year', 'age_group', 'percent_of_tfr']).rows) {
    const match = /^(\d+)-(\d+)$/.exec(row.text('age_group'));
    const pct = row.number('percent_of_tfr');
    if (match === null || Number(match[2]) !== Number(match[1]) + 4 || pct < 0) {
      throw malformed(PCT_FILE, row.line, messages('demography.fertility.ageGroup', {}));
    }
    const entry = groups.get(row.number('year')) ?? { starts: [], pct: [], line: row.line };
    entry.starts.push(Number(match[1]));
    entry.pct.push(pct);
    groups.set(row.number('year'), entry);
  }
  const groupStarts = [...groups.values()][0]?.starts ?? [];
  const percentAsfr = new Map<number, Float64Array>();
  for (const [year, entry] of groups) {
    const sum = entry.pct.reduce((s, v) => s + v, 0);
    const sameGroups = entry.starts.length === groupStarts.length && entry.starts.every((a, i) => a === groupStarts[i] && (i === 0 || a === entry.starts[i - 1] + 5));
    if (!sameGroups || Math.abs(sum - 100) > 0.01) {
      throw malformed(PCT_FILE, entry.line, messages('demography.fertility.groups', { year }));
    }
    percentAsfr.set(year, Float64Array.from(entry.pct));
  }
  return { byYear, groupStarts, percentAsfr };
}

function malformed(file: string, line: number, reason: { en: string; zh: string }): DemographyError {
  return new DemographyError('demography.dataMalformed', { file, line, ...reason });
}
