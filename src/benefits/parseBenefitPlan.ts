import { z } from 'zod';
import { benefitScheduleSchema, type BenefitSchedule } from './benefitScheduleSchema';
import { parseBenefitSchedule } from './parseBenefitSchedule';
import { BenefitsError } from './BenefitsError';

/**
 * Schema of a benefit plan: the schedules of one fund, by benefit type, hospital level and the
 * year each took effect. Strict; two schedules with the same (benefitType, hospitalLevel,
 * effectiveYear) are an error, so that no rule is silently shadowed.
 */
export const benefitPlanSchema = z
  .strictObject({
    name: z.string().max(200).optional(),
    source: z.string().max(500).optional(),
    schedules: z
      .array(benefitScheduleSchema, { error: 'schedules must be a list / schedules 必须是列表' })
      .min(1, { error: 'a plan needs at least one schedule / 待遇方案至少需要一条报销政策' }),
  })
  .superRefine((plan, ctx) => {
    const seen = new Map<string, number>();
    plan.schedules.forEach((s, i) => {
      const key = `${s.benefitType}/${s.hospitalLevel}/${s.effectiveYear ?? '-'}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedules', i],
          message: `duplicate of schedules.${first} (${key}) / 与第 ${first} 条政策重复`,
        });
      } else seen.set(key, i);
    });
  });

/** A parsed benefit plan; every schedule is frozen and known valid. */
export interface BenefitPlan {
  readonly name?: string;
  readonly source?: string;
  readonly schedules: readonly BenefitSchedule[];
}

/**
 * Validate a benefit plan (benefitPlanSchema) and return it with every schedule parsed and
 * deep-frozen (see parseBenefitSchedule). Look rules up with findBenefitSchedule.
 *
 * @throws BenefitsError (code 'plan.invalid') listing every issue with its path; `cause`
 *   holds the zod error.
 */
export function parseBenefitPlan(input: unknown): BenefitPlan {
  const result = benefitPlanSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const error = new BenefitsError('benefits.plan.invalid', { lines }, []);
    (error as Error & { cause?: unknown }).cause = result.error;
    throw error;
  }
  const { name, source } = result.data;
  const schedules = Object.freeze(result.data.schedules.map((s) => parseBenefitSchedule(s)));
  return Object.freeze({ ...(name === undefined ? {} : { name }), ...(source === undefined ? {} : { source }), schedules });
}
