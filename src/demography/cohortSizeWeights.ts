import { DemographyError } from './demographyError';

/**
 * Relative size of each single-year age cohort at a census date, from births by calendar year
 * and a survival curve, for use as `splitCensusPopulation` weights.
 *
 * Formula: persons aged a at the 1st of month M of year Y were born in the 12 months before
 * (M, Y−a): M−1 months of year Y−a and 13−M months of year Y−a−1. With f = (M−1)/12,
 *   w(a) = [f·B(Y−a) + (1−f)·B(Y−a−1)] × l(a),
 * where B are births by calendar year and l(a) the life-table survivors to age a (l0 = 1).
 * Births spread evenly within each year. Only the ratios of the weights within a 5-year group
 * matter, so errors common to neighbouring cohorts (under-registration, migration) cancel.
 *
 * @param birthsByYear births by calendar year (persons), e.g. from `loadBirthsByYear`
 * @param lx survivors to exact age a, ages 0..ω (e.g. `lifeTable(mx).lx`); defines the length
 * @param referenceYear census year Y (2020 for the 7th census)
 * @param referenceMonth census month M, census taken on day 1 (11 for 1 November)
 * @returns weights by age; NaN where a needed birth year is missing, and at the open age ω
 * @throws DemographyError `demography.invalidInput` for a month outside 1..12, a non-integer year, or a
 *   negative or non-finite birth count or lx
 */
export function cohortSizeWeights(birthsByYear: ReadonlyMap<number, number>, lx: ArrayLike<number>, referenceYear: number, referenceMonth: number): Float64Array {
  const badBirths = [...birthsByYear.values()].some((b) => !(Number.isFinite(b) && b >= 0));
  const badLx = Array.from(lx).some((l) => !(Number.isFinite(l) && l >= 0));
  if (!Number.isInteger(referenceYear) || !Number.isInteger(referenceMonth) || referenceMonth < 1 || referenceMonth > 12 || badBirths || badLx) {
    throw new DemographyError('demography.invalidInput.cohortSizeWeights', { referenceYear, referenceMonth });
  }
  const f = (referenceMonth - 1) / 12;
  const w = new Float64Array(lx.length).fill(NaN);
  for (let a = 0; a < lx.length - 1; a++) {
    const thisYear = birthsByYear.get(referenceYear - a);
    const yearBefore = birthsByYear.get(referenceYear - a - 1);
    const needThis = f > 0;
    if ((needThis && thisYear === undefined) || yearBefore === undefined) continue;
    w[a] = (f * (thisYear ?? 0) + (1 - f) * yearBefore) * lx[a];
  }
  return w;
}
