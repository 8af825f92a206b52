import { messages } from '../messages/message';
import { readDataCsv } from '../demography/readDataCsv';
import type { BySex } from '../demography/types';
import { MembershipError } from './membershipError';
import { parseAgeBand } from './parseAgeBand';

/** The shipped default age-cost curve (ILLUSTRATIVE; see data/age-cost/SOURCES.md). */
export const DEFAULT_AGE_COST_CURVE = 'data/age-cost/illustrative_age_cost_curve.csv';

/**
 * Reads an age-cost curve: per-capita health spending by age band and sex relative to a reference
 * age (any scale: only ratios between ages matter), expanded to single ages 0..ω by giving every
 * age of a band the band's value (a step function; no smoothing).
 *
 * File layout (UTF-8 CSV, header first): `age_band,sex,relative_cost` with bands written `0-4`,
 * `60-64`, `85+`; `sex` is `male` or `female`; for each sex the bands must cover ages 0..ω once.
 * Other columns (e.g. a `note`) are ignored. Replacing the default curve means pointing the
 * scenario's `cost_curve` key at another file in this layout.
 *
 * @param file path below the package root, or absolute (default: `DEFAULT_AGE_COST_CURVE`)
 * @param ages number of single-age cells (default 101: 0..99 and the open group 100+)
 * @returns relative cost by single age and sex
 * @throws DemographyError `demography.dataFileMissing` / `demography.dataMalformed` (file or column problems);
 *   MembershipError `membership.invalidCostCurve` for an unknown sex, a bad band, a value not finite and
 *   > 0, or ages left uncovered or covered twice
 */
export function loadAgeCostCurve(file: string = DEFAULT_AGE_COST_CURVE, ages = 101): BySex {
  const table = readDataCsv(file, ['age_band', 'sex', 'relative_cost']);
  const curve: BySex = { male: new Float64Array(ages).fill(NaN), female: new Float64Array(ages).fill(NaN) };
  const bad = (line: number, reason: { en: string; zh: string }) => new MembershipError('membership.invalidCostCurve.bad', { file, line, en: reason.en, zh: reason.zh });
  for (const row of table.rows) {
    const sex = row.text('sex').trim();
    if (sex !== 'male' && sex !== 'female') throw bad(row.line, messages('membership.costCurve.sex', { sex }));
    let band;
    try {
      band = parseAgeBand(row.text('age_band'), ages - 1);
    } catch (e) {
      if (e instanceof MembershipError) throw bad(row.line, e);
      throw e;
    }
    const value = row.number('relative_cost');
    if (!(value > 0)) throw bad(row.line, messages('membership.costCurve.relativeCost', { value }));
    for (let x = band.start; x <= band.end; x++) {
      if (!Number.isNaN(curve[sex][x])) throw bad(row.line, messages('membership.costCurve.twoBands', { x, sex }));
      curve[sex][x] = value;
    }
  }
  for (const sex of ['male', 'female'] as const) {
    const missing = curve[sex].findIndex((v) => Number.isNaN(v));
    if (missing >= 0) {
      throw new MembershipError('membership.invalidCostCurve.loadAgeCostCurve', { file, missing, sex, openAge: ages - 1 });
    }
  }
  return curve;
}
