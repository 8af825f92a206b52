import type { BenefitSchedule, BenefitType, HospitalLevel } from './benefitScheduleSchema';
import type { BenefitPlan } from './parseBenefitPlan';
import { BenefitsError } from './BenefitsError';

/**
 * The schedule in force for a benefit type and hospital level in a given year.
 *
 * Rule: among the plan's schedules for `benefitType` at `hospitalLevel` (or, if there are none
 * at that level, at level `any`), keep those with effectiveYear ≤ year (a schedule without
 * effectiveYear is always in force) and return the one with the latest effectiveYear. Without
 * `year`, the latest schedule is returned. Parameters are looked up, never changed (as in
 * OpenFisca's time-indexed parameters).
 * Cost O(number of schedules).
 *
 * @throws BenefitsError (code 'plan.noSchedule') when no schedule matches.
 * @example
 * findBenefitSchedule(plan, 'pooledOutpatient', 'primary', 2022); // the 230-yuan cap of 2021
 */
export function findBenefitSchedule(
  plan: BenefitPlan,
  benefitType: BenefitType,
  hospitalLevel: HospitalLevel,
  year?: number,
): BenefitSchedule {
  const ofType = plan.schedules.filter((s) => s.benefitType === benefitType);
  const atLevel = ofType.filter((s) => s.hospitalLevel === hospitalLevel);
  const candidates = atLevel.length > 0 ? atLevel : ofType.filter((s) => s.hospitalLevel === 'any');
  let best: BenefitSchedule | undefined;
  for (const s of candidates) {
    const from = s.effectiveYear ?? -Infinity;
    if (year !== undefined && from > year) continue;
    if (best === undefined || from > (best.effectiveYear ?? -Infinity)) best = s;
  }
  if (best === undefined) {
    const when = year === undefined ? '' : ` in force in ${year}`;
    throw new BenefitsError('benefits.plan.noSchedule', { benefitType, hospitalLevel, when, year }, ['schedules']);
  }
  return best;
}
