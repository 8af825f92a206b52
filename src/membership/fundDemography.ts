import type { FundAssumptions, Timeline } from '../assumptions/types';
import { decomposeExpenditure } from './decomposeExpenditure';
import { dependencyRatios } from './dependencyRatios';
import { MembershipError } from './membershipError';
import { membershipPyramid } from './membershipPyramid';
import { statusTotals } from './statusTotals';
import { MEMBER_STATUSES, type MemberStatus } from './types';
import type { FundDemography, MembersRow } from '../results/demographyTypes';

export type { FundDemography, MembersRow } from '../results/demographyTypes';

/**
 * The age-detailed mode's outputs for one fund, gathered for a notebook or a report: members by
 * status, dependency ratios (`dependencyRatios`), pyramid data (`membershipPyramid`) and the
 * decomposition of benefit spending growth (`decomposeExpenditure`).
 *
 * @param fund validated assumptions of an age-detailed fund (`resolveAssumptions(…).funds[k]`)
 * @param timeline `assumptions.timeline`
 * @param options `pyramidYears` (default: the base year and 2050, or the end year if earlier)
 * @returns the outputs, years base year … end year
 * @throws MembershipError `membership.notAgeDetailed` for a fund in the aggregate mode; errors of the parts
 */
export function fundDemography(fund: FundAssumptions, timeline: Timeline, options: { pyramidYears?: readonly number[] } = {}): FundDemography {
  const m = fund.membership;
  if (!m) {
    throw new MembershipError('membership.notAgeDetailed', { id: fund.id, fund: fund.id });
  }
  const p = m.projection;
  const totals = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, statusTotals(p, s)])) as Record<MemberStatus, Float64Array>;
  const members: MembersRow[] = [];
  for (let i = 0; i <= timeline.endYear - timeline.baseYear; i++) {
    const row = { year: timeline.baseYear + i, population: 0 } as MembersRow;
    for (const s of MEMBER_STATUSES) {
      row[s] = totals[s][i] / m.personsPerUnit;
      row.population += row[s];
    }
    members.push(row);
  }
  return {
    fundId: fund.id,
    baseYear: timeline.baseYear,
    endYear: timeline.endYear,
    members,
    dependency: dependencyRatios(p, timeline.endYear),
    pyramid: membershipPyramid(p, { years: options.pyramidYears ?? [timeline.baseYear, Math.min(2050, timeline.endYear)] }),
    decomposition: decomposeExpenditure(fund, timeline),
    calibration: { ...m.calibration },
    curveRetireeToActiveRatio: m.curveRetireeToActiveRatio,
    costCurveFile: m.costCurveFile,
  };
}
