import { benefitScheduleSchema, type BenefitSchedule } from './benefitScheduleSchema';
import { BenefitsError } from './BenefitsError';

/** Schedules produced by parseBenefitSchedule: deep-frozen, so they cannot have changed since. */
const validated = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validate a benefit schedule and return it parsed, with defaults filled in and deep-frozen.
 *
 * Validation is `benefitScheduleSchema` (strict: unknown keys, rates outside [0, 1], negative
 * amounts, non-increasing tier bounds are errors). The returned object is frozen so that
 * scenarios can share it without mutating a baseline, and it is remembered so that
 * `ensureBenefitSchedule` (used by claimPayment in loops) does not re-validate it.
 *
 * @throws BenefitsError (code 'schedule.invalid') listing every issue with its path;
 *   `cause` holds the zod error.
 * @example
 * parseBenefitSchedule({ benefitType: 'criticalIllness', hospitalLevel: 'any',
 *   deductible: { amount: 11350, per: 'year' }, coinsurance: { tiers: [{ rate: 0.6 }] } });
 */
export function parseBenefitSchedule(input: unknown): BenefitSchedule {
  const result = benefitScheduleSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const error = new BenefitsError('benefits.schedule.invalid', { lines }, []);
    (error as Error & { cause?: unknown }).cause = result.error;
    throw error;
  }
  const schedule = deepFreeze(result.data);
  validated.add(schedule);
  return schedule;
}

/**
 * Return `schedule` unchanged if it came from parseBenefitSchedule, otherwise validate it
 * (every call) with parseBenefitSchedule. Lets hot loops skip re-validation safely.
 *
 * @throws BenefitsError as parseBenefitSchedule.
 */
export function ensureBenefitSchedule(schedule: BenefitSchedule): BenefitSchedule {
  return validated.has(schedule) ? schedule : parseBenefitSchedule(schedule);
}
