import type { BySex } from '../demography/types';
import { MembershipError } from './membershipError';

/**
 * Age-mix index of one membership status: the average relative cost of its members in each year,
 * divided by the same in the base year (index 0), so the index is 1 in the base year:
 *   index(i) = [Σ_{x,s} N(x, s, i)·c(x, s) / N(i)] ÷ [Σ_{x,s} N(x, s, 0)·c(x, s) / N(0)],
 * with N members by single age x and sex s and c the age-cost curve (any scale).
 * Multiplying a base-year cost per head by it gives the per-head cost of year i at base-year unit
 * costs, so Σ members × per-capita cost holds age by age. A year (or base year) without members
 * has index 1 (nothing to weight; its spending is 0 either way).
 *
 * Cost: O(years × ages) per sex.
 *
 * @param members members by year and age per sex, flat years × ages (row 0 = base year)
 * @param curve relative cost by single age per sex (length = ages), each finite and > 0
 * @returns index by year index, Float64Array of length years
 * @throws MembershipError `membership.invalidInput` when the curve length does not divide the members, or a
 *   curve value is not finite and > 0
 */
export function ageMixIndex(members: BySex, curve: BySex): Float64Array {
  const n = curve.male.length;
  const years = members.male.length / n;
  const badCurve = [...curve.male, ...curve.female].some((c) => !(Number.isFinite(c) && c > 0));
  if (!Number.isInteger(years) || curve.female.length !== n || members.female.length !== members.male.length || badCurve) {
    throw new MembershipError('membership.invalidInput.ageMixIndex', { ages: n });
  }
  const average = new Float64Array(years);
  for (let i = 0; i < years; i++) {
    let people = 0;
    let cost = 0;
    for (const sex of ['male', 'female'] as const) {
      const N = members[sex];
      const c = curve[sex];
      for (let x = 0; x < n; x++) {
        people += N[i * n + x];
        cost += N[i * n + x] * c[x];
      }
    }
    average[i] = people > 0 ? cost / people : NaN;
  }
  const index = new Float64Array(years);
  for (let i = 0; i < years; i++) index[i] = Number.isNaN(average[i]) || Number.isNaN(average[0]) ? 1 : average[i] / average[0];
  return index;
}
