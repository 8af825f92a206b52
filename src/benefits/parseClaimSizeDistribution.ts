import { z } from 'zod';
import type { ClaimSizeDistribution } from './claimSizeDistribution';
import { lognormalFromMeanCv } from './lognormalFromMeanCv';
import { empiricalDistribution } from './empiricalDistribution';
import { BenefitsError } from './BenefitsError';

const positive = (what: string, zh: string, max: number) =>
  z
    .number({ error: `${what} must be a number / ${zh}必须是数值` })
    .positive({ error: `${what} must be > 0 / ${zh}必须大于 0` })
    .max(max, { error: `${what} must be ≤ ${max} / ${zh}不能超过 ${max}` });

/**
 * Schema of a claim-size distribution as written in a scenario file. One of:
 * - `{ kind: 'lognormal', mean, cv }`: mean claim size in yuan and coefficient of variation
 *   (the default, most readable form);
 * - `{ kind: 'lognormal', mu, sigma }`: parameters of ln X;
 * - `{ kind: 'empirical', amounts }`: observed claim amounts in yuan.
 * Strict: unknown keys (e.g. both `mean` and `mu`) are errors.
 */
export const claimSizeDistributionSchema = z.union([
  z.strictObject({ kind: z.literal('lognormal'), mean: positive('mean', '平均费用', 1e9), cv: positive('cv', '变异系数', 100) }),
  z.strictObject({
    kind: z.literal('lognormal'),
    mu: z.number({ error: 'mu must be a number / mu 必须是数值' }).min(-50).max(50),
    sigma: positive('sigma', 'sigma', 10),
  }),
  z.strictObject({
    kind: z.literal('empirical'),
    amounts: z
      .array(z.number().min(0, { error: 'amounts must be ≥ 0 / 费用不能为负' }).max(1e9))
      .min(1, { error: 'at least one amount / 至少需要一个费用数据' }),
  }),
]);

/**
 * Validate a claim-size distribution written in a scenario file and build it
 * (lognormalFromMeanCv for `{ mean, cv }`: σ² = ln(1 + CV²), μ = ln(mean) − σ²/2;
 * empiricalDistribution for `{ amounts }`).
 *
 * @throws BenefitsError (code 'distribution.invalid') listing the issues; `cause` holds the zod
 *   error.
 * @example
 * parseClaimSizeDistribution({ kind: 'lognormal', mean: 12000, cv: 1.5 });
 */
export function parseClaimSizeDistribution(input: unknown): ClaimSizeDistribution {
  const result = claimSizeDistributionSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const error = new BenefitsError('benefits.distribution.invalid', { lines }, []);
    (error as Error & { cause?: unknown }).cause = result.error;
    throw error;
  }
  const d = result.data;
  if (d.kind === 'empirical') return empiricalDistribution(d.amounts);
  if ('mean' in d) return lognormalFromMeanCv(d.mean, d.cv);
  return { kind: 'lognormal', mu: d.mu, sigma: d.sigma };
}
