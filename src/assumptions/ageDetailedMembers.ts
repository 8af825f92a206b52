import { resolve } from 'node:path';
import { DEFAULT_AGE_COST_CURVE } from '../membership/loadAgeCostCurve';
import { resolveScenarioMembership } from '../membership/resolveScenarioMembership';
import type { FundMembership } from '../membership/types';
import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import type { Scenario } from '../scenario/scenarioSchema';
import type { ResolutionContext } from './resolutionContext';

/** Member counts by year (units.persons) of an age-detailed fund, and the membership behind them (null after an error). */
export type DetailedMembers = { counts: Record<'actives' | 'retirees' | 'residents', Float64Array>; membership: FundMembership | null };

/**
 * Members of the funds in the age-detailed form, by fund id (aggregate funds are absent): member
 * counts by year in units.persons and the membership projection behind them
 * (resolveScenarioMembership: an employee fund and the resident fund its switchers move to share
 * one projection, whose base year reproduces the given totals). A switching share is read from
 * `switching_to_resident` or, in the form `{share, to}`, from its `share`; a cost-curve path is
 * relative to the scenario file that sets it. Problems are reported through ctx at the fund's
 * `age_detailed` path (then the counts are zeros, so that resolution can go on collecting issues).
 */
export function ageDetailedMembers(s: Scenario, ctx: ResolutionContext): Map<string, DetailedMembers> {
  const at = (id: string) => ['funds', id, 'members', 'age_detailed'];
  // explicit casts: tslab compiles without strictNullChecks, where `in` does not narrow these unions
  // totals funds have no members
  const detailOf = (id: string) => {
    // a local first: TypeScript before 5.5 (the notebook kernel's) does not narrow s.funds[id] by its scheme
    const fund = s.funds[id];
    return fund.scheme === 'totals' ? undefined : (fund.members as { age_detailed?: EmployeeAgeDetail | ResidentAgeDetail }).age_detailed;
  };
  const zeros = () => ({ actives: new Float64Array(ctx.timeline.length), retirees: new Float64Array(ctx.timeline.length), residents: new Float64Array(ctx.timeline.length) });
  const { members, issues } = resolveScenarioMembership(s.funds, {
    baseYear: ctx.timeline.baseYear,
    years: ctx.timeline.length,
    personsUnit: ctx.personsUnit,
    switchingShare(id) {
      const series = (detailOf(id) as EmployeeAgeDetail).switching_to_resident;
      if (series === undefined) return null;
      const path = [...at(id), 'switching_to_resident'];
      return typeof series === 'object' && series !== null && 'to' in series
        ? ctx.num((series as { share: unknown }).share, [...path, 'share'])
        : ctx.num(series, path);
    },
    costCurveFile(id) {
      const file = detailOf(id)!.cost_curve;
      return file === undefined ? DEFAULT_AGE_COST_CURVE : resolve(ctx.dirOf([...at(id), 'cost_curve']), file);
    },
  });
  for (const { fund, error } of issues) ctx.fail([...at(fund), ...error.path], error.en, error.zh);
  const out = new Map<string, DetailedMembers>();
  for (const id of Object.keys(s.funds)) {
    if (!detailOf(id)) continue;
    const r = members.get(id);
    out.set(id, r ? { counts: { ...zeros(), ...r.counts }, membership: r.membership } : { counts: zeros(), membership: null });
  }
  return out;
}
