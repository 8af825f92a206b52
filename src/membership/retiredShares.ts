import { retirementAge, type RetirementCategory } from '../demography/retirementAge';
import type { BySex } from '../demography/types';
import { MembershipError } from './membershipError';

/** Options of {@link retiredShares}. */
export interface RetiredShareOptions {
  /** Time label of row 0 (the base year); label Y is 1 November of year Y, the census date. */
  firstYear: number;
  /** Number of rows (years). */
  years: number;
  /** Number of age cells ω + 1 (101). */
  ages: number;
  /** Apply the 2025 retirement-age reform (true) or keep the pre-reform ages (false). */
  reform: boolean;
  /** Share of women whose pre-reform retirement age is 55 (cadres, 女干部); the rest retire at 50 (workers). */
  female55Share: number;
  /** Share of each cohort short of the minimum contribution years at its retirement date (default 0). */
  shortShare?: number;
  /** Years the short members keep contributing after their retirement date (integer ≥ 1 when shortShare > 0). */
  extraYears?: number;
}

/**
 * Share of each single-year age cell that has passed its retirement date, by year and sex: the
 * q(x, Y) that moves employee actives to retirees in the age-detailed mode.
 *
 * Cell (x, Y): persons of completed age x on 1 November Y, born from November Y−x−1 to October
 * Y−x, births spread evenly over these 12 birth months. A person born in month b retires in the
 * month R(b) given by `retirementAge` (the statutory age in months, with or without the 2025
 * reform, phased by birth month); retired on 1 November Y iff R(b) ≤ October Y. So
 *   q_c(x, Y) = (1/12) · #{b in the 12 birth months : R_c(b) ≤ Oct Y}  for category c,
 *   q_male = q_male60,   q_female = s·q_female55 + (1 − s)·q_female50  (s = female55Share).
 * Minimum contribution years (simplification): a share σ of every cohort is short of the minimum
 * at its retirement date and keeps contributing for d more years (paying the missing years), so
 *   q_eff(x, Y) = (1 − σ)·q(x, Y) + σ·q(x − d, Y − d).
 * E.g. without the reform every man aged 60 on 1 Nov Y has retired (q = 1) and none aged 59 has;
 * with it, men aged 60 on 1 Nov 2025 (born Nov 1964–Oct 1965) have q = 10/12: those born in
 * September and October 1965 retire at 60 years 3 months, in December 2025 and January 2026.
 *
 * Source: `RETIREMENT_REFORM_2025` (NPC Standing Committee decision of 2024-09-13). Flexible
 * early or late retirement and special early-retirement categories are not modelled.
 * Cost: one `retirementAge` call per birth month and category covered (cached), then 12 look-ups
 * per cell.
 *
 * @param options years, ages, reform switch, female category share, short-of-minimum rule
 * @returns q by sex, years × ages (row i = label firstYear + i), each in [0, 1]
 * @throws MembershipError `membership.invalidInput` for a non-integer year, years < 1, ages < 2, a share
 *   outside [0, 1], or shortShare > 0 without an integer extraYears ≥ 1
 */
export function retiredShares(options: RetiredShareOptions): BySex {
  const { firstYear, years, ages, reform, female55Share } = options;
  const shortShare = options.shortShare ?? 0;
  const extraYears = options.extraYears ?? 0;
  const shareOk = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!Number.isInteger(firstYear) || !Number.isInteger(years) || years < 1 || !Number.isInteger(ages) || ages < 2
    || !shareOk(female55Share) || !shareOk(shortShare) || (shortShare > 0 && !(Number.isInteger(extraYears) && extraYears >= 1))) {
    throw new MembershipError('membership.invalidInput.retiredShares', { firstYear, years, ages, female55Share, shortShare, extraYears });
  }
  const share = {
    male60: categoryShare('male60', reform),
    female55: categoryShare('female55', reform),
    female50: categoryShare('female50', reform),
  };
  const statutory = (sex: 'male' | 'female', x: number, label: number): number =>
    x < 0 ? 0 : sex === 'male' ? share.male60(x, label) : female55Share * share.female55(x, label) + (1 - female55Share) * share.female50(x, label);
  const out: BySex = { male: new Float64Array(years * ages), female: new Float64Array(years * ages) };
  for (const sex of ['male', 'female'] as const) {
    const q = out[sex];
    for (let i = 0; i < years; i++) {
      const label = firstYear + i;
      for (let x = 0; x < ages; x++) {
        const onTime = statutory(sex, x, label);
        q[i * ages + x] = shortShare > 0 ? (1 - shortShare) * onTime + shortShare * statutory(sex, x - extraYears, label - extraYears) : onTime;
      }
    }
  }
  return out;
}

/** q_c(x, Y) for one category, with the retirement month of each birth month cached. */
function categoryShare(category: RetirementCategory, reform: boolean): (x: number, label: number) => number {
  const sex = category === 'male60' ? 'male' : 'female';
  const cache = new Map<number, number>();
  const retirementMonth = (birthMonthIndex: number): number => {
    let r = cache.get(birthMonthIndex);
    if (r === undefined) {
      const at = retirementAge({ sex, category, birthYear: Math.floor(birthMonthIndex / 12), birthMonth: (birthMonthIndex % 12) + 1, reform });
      r = 12 * at.year + at.month - 1;
      cache.set(birthMonthIndex, r);
    }
    return r;
  };
  return (x, label) => {
    const first = 12 * (label - x - 1) + 10; // November of year label − x − 1
    const cutoff = 12 * label + 9; // October of the label year
    let retired = 0;
    for (let b = first; b < first + 12; b++) if (retirementMonth(b) <= cutoff) retired++;
    return retired / 12;
  };
}
