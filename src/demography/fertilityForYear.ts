import { DemographyError } from './demographyError';
import type { FertilityData } from './loadFertility';
import { singleYearAsfr } from './singleYearAsfr';

/** Fertility assumptions of one calendar year, ready for `projectPopulation`. */
export interface FertilityAssumption {
  year: number;
  /** Total fertility rate, children per woman. */
  tfr: number;
  /** Sex ratio at birth, males per female. */
  srb: number;
  /** Single-year ASFR, births per woman per year, ages 0..ages−1. */
  asfr: Float64Array;
}

/**
 * TFR, SRB and single-year ASFR of one year from the loaded fertility tables:
 * asfr = `singleYearAsfr(TFR(year), percentASFR(year))`.
 *
 * @param data tables from `loadFertility`
 * @param year calendar year; needs both a TFR/SRB row and an age pattern (2015–2030 shipped)
 * @param ages number of single-age cells (default 101)
 * @returns the year's fertility assumption
 * @throws DemographyError `demography.yearNotCovered` (with the covered range) if the year is missing
 */
export function fertilityForYear(data: FertilityData, year: number, ages = 101): FertilityAssumption {
  const level = data.byYear.get(year);
  const pattern = data.percentAsfr.get(year);
  if (level === undefined || pattern === undefined) {
    const years = [...data.percentAsfr.keys()].filter((y) => data.byYear.has(y));
    const range = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : 'none';
    throw new DemographyError('demography.yearNotCovered.fertilityForYear', { year, range });
  }
  return { year, tfr: level.tfr, srb: level.srb, asfr: singleYearAsfr(level.tfr, pattern, data.groupStarts, ages) };
}
