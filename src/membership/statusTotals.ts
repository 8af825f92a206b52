import type { MembershipProjection, MemberStatus } from './types';

/**
 * Members of one status by year: N_s(i) = Σ_{x, sex} N_s(x, sex, i), persons.
 *
 * @param projection output of `projectMembership`
 * @param status `actives`, `retirees`, `residents` or `others`
 * @returns persons by year index (length = projection.years)
 */
export function statusTotals(projection: MembershipProjection, status: MemberStatus): Float64Array {
  const { years, ages } = projection;
  const out = new Float64Array(years);
  const { male, female } = projection.stocks[status];
  for (let i = 0; i < years; i++) {
    let total = 0;
    for (let x = i * ages; x < (i + 1) * ages; x++) total += male[x] + female[x];
    out[i] = total;
  }
  return out;
}
