import { z } from 'zod';

/** Benefit types: 住院 inpatient, 门诊统筹 pooled outpatient, 门诊慢特病 chronic/special outpatient,
 * 大病保险 critical-illness insurance. */
export const BENEFIT_TYPES = ['inpatient', 'pooledOutpatient', 'chronicOutpatient', 'criticalIllness'] as const;
/** Hospital levels: 一级/基层 primary, 二级 secondary, 三级 tertiary, 异地就医 out-of-region, and `any`
 * for a rule that does not depend on the level (e.g. critical illness). */
export const HOSPITAL_LEVELS = ['primary', 'secondary', 'tertiary', 'outOfRegion', 'any'] as const;

/** A benefit type of a schedule (one of BENEFIT_TYPES). */
export type BenefitType = (typeof BENEFIT_TYPES)[number];
/** A hospital level of a schedule (one of HOSPITAL_LEVELS). */
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

const yuan = (what: string, zh: string) =>
  z
    .number({ error: `${what} must be a number of yuan / ${zh}必须是以元计的数值` })
    .min(0, { error: `${what} must be ≥ 0 yuan / ${zh}不能为负` })
    .max(1e9, { error: `${what} must be ≤ 1e9 yuan / ${zh}不能超过 10 亿元` });

const share = (what: string, zh: string) =>
  z
    .number({ error: `${what} must be a number / ${zh}必须是数值` })
    .min(0, { error: `${what} must be between 0 and 1 / ${zh}必须在 0 到 1 之间` })
    .max(1, { error: `${what} must be between 0 and 1 / ${zh}必须在 0 到 1 之间` });

/** One coinsurance band: the fund pays `rate` of the eligible amount below `upTo` (yuan) and above
 * the previous band's `upTo` (0 for the first band). The last band has no `upTo` (open-ended). */
export const coinsuranceTierSchema = z.strictObject({
  upTo: yuan('tier upper bound', '分段上限')
    .positive({ error: 'tier upper bound must be > 0 / 分段上限必须大于 0' })
    .optional(),
  rate: share('reimbursement rate', '报销比例'),
});

/** Deductible 起付线: `amount` yuan of in-scope cost paid by the member, once per admission or
 * once per calendar year. */
export const deductibleSchema = z.strictObject({
  amount: yuan('deductible', '起付线'),
  per: z.enum(['admission', 'year'], { error: "deductible.per must be 'admission' or 'year' / 起付线须按次或按年计" }),
});

/** Coinsurance tiers and the axis on which their bands are measured. */
export const coinsuranceSchema = z
  .strictObject({
    /** `amountAboveDeductible`: bands count yuan above the deductible (大病保险 style, "起付线以上
     * 0–10 万元部分"); `inScopeCost`: bands count in-scope cost from 0, deductible included
     * ("起付线至 5 万元部分"). */
    bandsOn: z
      .enum(['amountAboveDeductible', 'inScopeCost'], {
        error: "bandsOn must be 'amountAboveDeductible' or 'inScopeCost' / 分段依据须为起付线以上金额或政策范围内费用",
      })
      .default('amountAboveDeductible'),
    /** `perYear`: a member climbs the bands with cumulative spending over the year;
     * `perClaim`: every claim starts again at the first band. */
    accumulate: z
      .enum(['perYear', 'perClaim'], { error: "accumulate must be 'perYear' or 'perClaim' / 累计方式须为按年或按次" })
      .default('perYear'),
    tiers: z
      .array(coinsuranceTierSchema, { error: 'tiers must be a list / 分段必须是列表' })
      .min(1, { error: 'at least one coinsurance tier is required / 至少需要一个报销分段' })
      .max(20, { error: 'at most 20 coinsurance tiers / 报销分段不能超过 20 个' }),
  })
  .superRefine((value, ctx) => {
    const tiers = value.tiers;
    tiers.forEach((tier, i) => {
      const last = i === tiers.length - 1;
      if (last && tier.upTo !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'upTo'],
          message: 'the last tier must be open-ended (no upTo) / 最后一个分段不应设上限',
        });
      }
      if (!last && tier.upTo === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'upTo'],
          message: 'every tier but the last needs upTo / 除最后一段外每段都须设上限',
        });
      }
      const previous = i > 0 ? tiers[i - 1].upTo : 0;
      if (tier.upTo !== undefined && previous !== undefined && tier.upTo <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'upTo'],
          message: 'tier bounds must increase strictly / 分段上限必须严格递增',
        });
      }
    });
  });

/**
 * Schema of one benefit schedule (报销政策): the rule for one benefit type at one hospital level.
 *
 * Fields (money in yuan 元, shares in [0, 1]):
 * - `benefitType`, `hospitalLevel`: which care the rule covers.
 * - `inScopeShare` (default 1): share of a claim's total cost inside the policy scope
 *   (政策范围内费用); the rest (自费/乙类自付) is paid by the member.
 * - `deductible` 起付线: amount and whether it applies per admission or per year.
 * - `coinsurance`: reimbursement rates (fund's share) by cost band, see `coinsuranceSchema`.
 * - `annualCap` 年度最高支付限额: optional cap on the fund's payments in a year.
 * - `dailyCap`: optional cap on the fund's payment per day of care (e.g. 50 yuan a day for
 *   pooled outpatient care).
 * - `effectiveYear`, `label`, `source`: when the rule took effect and where it was published.
 *
 * Strict: unknown keys are errors. The rules it must express: docs/concepts.md#benefit-rules and #levers.
 */
export const benefitScheduleSchema = z.strictObject({
  benefitType: z.enum(BENEFIT_TYPES, { error: `benefitType must be one of ${BENEFIT_TYPES.join(', ')} / 待遇类型无效` }),
  hospitalLevel: z.enum(HOSPITAL_LEVELS, {
    error: `hospitalLevel must be one of ${HOSPITAL_LEVELS.join(', ')} / 医院等级无效`,
  }),
  effectiveYear: z
    .number({ error: 'effectiveYear must be a year / 生效年份必须是年份' })
    .int({ error: 'effectiveYear must be an integer year / 生效年份必须是整数' })
    .min(1990, { error: 'effectiveYear must be 1990–2100 / 生效年份须在 1990–2100 之间' })
    .max(2100, { error: 'effectiveYear must be 1990–2100 / 生效年份须在 1990–2100 之间' })
    .optional(),
  label: z.string().max(200).optional(),
  source: z.string().max(500).optional(),
  inScopeShare: share('inScopeShare', '政策范围内费用占比')
    .positive({ error: 'inScopeShare must be > 0 / 政策范围内费用占比必须大于 0' })
    .default(1),
  deductible: deductibleSchema,
  coinsurance: coinsuranceSchema,
  annualCap: yuan('annualCap', '年度最高支付限额')
    .positive({ error: 'annualCap must be > 0 / 年度最高支付限额必须大于 0' })
    .optional(),
  dailyCap: yuan('dailyCap', '日支付限额')
    .positive({ error: 'dailyCap must be > 0 / 日支付限额必须大于 0' })
    .optional(),
});

/** A parsed, validated benefit schedule (defaults filled in). */
export type BenefitSchedule = z.output<typeof benefitScheduleSchema>;
/** What a user writes (YAML/JSON/TS literal) before defaults are filled in. */
export type BenefitScheduleInput = z.input<typeof benefitScheduleSchema>;
