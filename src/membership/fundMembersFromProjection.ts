import type { BySex } from '../demography/types';
import { ageMixIndex } from './ageMixIndex';
import { loadAgeCostCurve } from './loadAgeCostCurve';
import { statusTotals } from './statusTotals';
import type { AgeDetailedMembers, MembershipProjection, MemberStatus } from './types';

/**
 * What one fund reads from a membership projection (its own, or one shared with the fund its
 * switchers move to): member counts of the statuses it pays for, its age-cost curve and the
 * age-mix index of each status, and the retiree/active per-head ratio its curve implies:
 *   counts_s(i) = Σ_{x,sex} N_s(x, sex, i) ÷ persons per unit;
 *   ageMix_s = `ageMixIndex(N_s, curve)` (1 in the base year);
 *   ratio = (Σ R₀·c / ΣR₀) ÷ (Σ A₀·c / ΣA₀) for employee funds, null for resident funds.
 *
 * @param projection output of `projectMembership`
 * @param statuses `['actives', 'retirees']` (employee fund) or `['residents']` (resident fund)
 * @param fund `base` members of the base year, `calibration` factors, `costCurveFile`, `personsPerUnit`
 * @returns counts by year index in units.persons and the fund's membership
 * @throws DemographyError or MembershipError from `loadAgeCostCurve` (missing file, bad bands)
 */
export function fundMembersFromProjection(
  projection: MembershipProjection,
  statuses: MemberStatus[],
  fund: { base: Record<'actives' | 'retirees', BySex>; calibration: Partial<Record<MemberStatus, number>>; costCurveFile: string; personsPerUnit: number },
): AgeDetailedMembers {
  const costCurve = loadAgeCostCurve(fund.costCurveFile, projection.ages);
  const ageMix: Partial<Record<MemberStatus, Float64Array>> = {};
  const counts: Partial<Record<MemberStatus, Float64Array>> = {};
  for (const s of statuses) {
    ageMix[s] = ageMixIndex(projection.stocks[s], costCurve);
    counts[s] = statusTotals(projection, s).map((v) => v / fund.personsPerUnit);
  }
  const averageCost = (s: 'actives' | 'retirees') => {
    let people = 0;
    let cost = 0;
    for (const sex of ['male', 'female'] as const) {
      for (let x = 0; x < projection.ages; x++) {
        people += fund.base[s][sex][x];
        cost += fund.base[s][sex][x] * costCurve[sex][x];
      }
    }
    return cost / people;
  };
  const ratio = statuses.includes('retirees') ? averageCost('retirees') / averageCost('actives') : NaN;
  return {
    counts,
    membership: {
      statuses, projection, costCurve, costCurveFile: fund.costCurveFile, ageMix, calibration: fund.calibration,
      curveRetireeToActiveRatio: Number.isFinite(ratio) ? ratio : null, personsPerUnit: fund.personsPerUnit,
    },
  };
}
