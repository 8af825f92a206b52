import { z } from 'zod';
import { paramMeta } from './paramMeta';
import { aggregateMembers, employeeAgeDetailedMembersSchema, residentAgeDetailedMembersSchema } from './ageDetailSchema';
import { adjustmentSchema, costControlSchema, rulesSchema, shockSchema } from './policySchema';
import { enumSeries, numberSeries } from './timeSeries';
import { stochasticSchema } from './stochasticSchema';
import { historySchema } from './historySchema';
import { monthlySchema } from './monthlySchema';
import { MAX_COUNT, MAX_MONEY, MAX_PER_HEAD } from './levelBounds';
import { employeeServiceLinesSchema, residentServiceLinesSchema } from './serviceLinesSchema';

/**
 * The scenario file format (version 1), as a strict zod schema.
 *
 * Every object is strict: an unknown or misplaced key is an error, never silently ignored.
 * Every parameter carries its unit in the schema metadata (`unit`), which flows into the
 * JSON Schema that editors use (`fundcast schema`).
 *
 * Money amounts in `opening`, `fiscal_subsidy` etc. are in the scenario's `units.money`;
 * per-head amounts are always in yuan per person per year; counts are in `units.persons`.
 */

const meta = paramMeta;

// ---- value kinds -------------------------------------------------------------------------
// Level bounds: see levelBounds.ts (shared with the history schema).
export { MAX_COUNT, MAX_MONEY, MAX_PER_HEAD };
const share = () => z.number().min(0).max(1);
const growth = () => z.number().gt(-1).max(1);
const count = () => z.number().min(0).max(MAX_COUNT);
const perHead = () => z.number().min(0).max(MAX_PER_HEAD);
const money = () => z.number().min(0).max(MAX_MONEY);

const shareSeries = (description: string, unit = 'share (0–1)') => numberSeries(share()).meta(meta(unit, description));
const growthSeries = (description: string) =>
  numberSeries(growth()).meta(meta('annual growth rate (0.03 = 3%); compounded over the horizon it must stay within a factor 10⁻⁶ … 10⁶', description));
const interestSeries = () =>
  numberSeries(z.number().min(-0.1).max(0.5)).meta(
    meta('annual rate (0.015 = 1.5%)', 'Interest earned on the opening balance of each year (a negative balance is charged the same rate).'),
  );
const moneySeries = (description: string) => numberSeries(money()).meta(meta('units.money per year', description));

/**
 * A per-head amount for the resident scheme (yuan per person per year), in one of three forms:
 * `fixed` — given by year; `indexed` — a base-year value grown each year;
 * `income_share` — a share of per-capita disposable income (定比筹资).
 */
export const perHeadAmountSchema = z
  .union([
    z.strictObject({ fixed: numberSeries(perHead()).meta(meta('yuan per person per year', 'Amount in force each year.')) }),
    z.strictObject({
      indexed: z.strictObject({
        base: perHead().meta(meta('yuan per person per year', 'Value in the base year.')),
        growth: growthSeries('Growth of the amount from the year before.'),
      }),
    }),
    z.strictObject({
      income_share: numberSeries(share()).meta(meta('share of per-capita disposable income (0–1)', 'Amount = share × disposable income per head.')),
    }),
  ])
  .meta(meta('yuan per person per year', 'Per-head amount: {fixed: series} | {indexed: {base, growth}} | {income_share: series}.'));

const openingSchema = z.strictObject({
  balance: z.number().min(-MAX_MONEY).max(MAX_MONEY).meta(meta('units.money', 'Cumulative balance at the end of the base year (may be negative if already exhausted).')),
});

const observedSchema = z
  .strictObject({
    income: money().meta(meta('units.money', 'Observed income in the base year.')),
    expenditure: money().meta(meta('units.money', 'Observed expenditure in the base year.')),
  })
  .meta(meta('units.money', 'Observed base-year totals, used only to report how well the base-year model reproduces them.'));

const commonFundFields = {
  name: z.string().min(1).meta(meta('text', 'Display name (English).')),
  name_zh: z.string().min(1).optional().meta(meta('text', 'Display name (Chinese).')),
  opening: openingSchema.optional().meta(meta('units.money', 'Base-year closing balance; may be omitted when the last history year gives it.')),
  observed: observedSchema.optional(),
  history: historySchema.optional(),
  monthly: monthlySchema.optional(),
  interest_rate: interestSeries(),
  other_income_share: shareSeries('Other income (recoveries of fraudulent claims, late fees) as a share of benefit spending.', 'share of benefit spending (0–1)').optional(),
  fiscal_subsidy: moneySeries('Fiscal subsidy paid into the fund each year, beyond per-head resident subsidies.').optional(),
  cost_control: costControlSchema.optional(),
  shocks: z.array(shockSchema).optional().meta(meta('list', 'One-off shocks in given years.')),
  rules: rulesSchema.optional(),
};

// ---- employee scheme ---------------------------------------------------------------------
const employeeSpendingBase = z
  .union([
    z.strictObject({
      per_active: perHead().meta(meta('yuan per person per year', 'Pooled-fund benefit spending per active contributor, base year.')),
      per_retiree: perHead().meta(meta('yuan per person per year', 'Pooled-fund benefit spending per retiree, base year.')),
    }),
    z.strictObject({
      total: money().meta(meta('units.money', 'Pooled-fund benefit spending in the base year, to be split between actives and retirees.')),
      retiree_to_active_ratio: z.number().min(0.1).max(20).meta(meta('ratio', 'Spending per retiree ÷ spending per active member (≈3.3 in 2024, unverified).')),
    }),
  ])
  .meta(meta('yuan per person per year', 'Base-year benefit spending per head: {per_active, per_retiree} or {total, retiree_to_active_ratio}.'));

export const employeeFundSchema = z.strictObject({
  scheme: z.literal('employee'),
  ...commonFundFields,
  members: z
    .union([
      aggregateMembers(
        z.strictObject({
          actives: count().meta(meta('units.persons', 'Active contributors (在职职工) in the base year.')),
          retirees: count().meta(meta('units.persons', 'Retirees (退休人员) in the base year.')),
          active_growth: growthSeries('Growth of the number of active contributors.'),
          retiree_growth: growthSeries('Growth of the number of retirees.'),
        }),
      ),
      employeeAgeDetailedMembersSchema,
    ])
    .meta(meta('units.persons', 'Members: aggregate form {actives, retirees, active_growth, retiree_growth} or age-detailed form {actives, retirees, age_detailed} (see ageDetailSchema.ts).')),
  contributions: z.strictObject({
    base_per_active: perHead().meta(meta('yuan per person per year', 'Average contribution base (缴费基数) per active contributor, base year.')),
    base_growth: growthSeries('Growth of the average contribution base (wage growth).'),
    employer_rate: shareSeries('Employer contribution rate (单位费率).', 'share of contribution base (0–1)'),
    employee_rate: shareSeries('Employee contribution rate (个人费率); under both account rules it goes to the individual account.', 'share of contribution base (0–1)'),
    collection_rate: shareSeries('Share of due contributions actually collected (征缴率).'),
    retiree_rate: shareSeries('Contribution paid by retirees as a share of their pension, into the pooled fund (0 = retirees do not contribute).', 'share of average pension (0–1)').optional(),
    base_limits: z
      .strictObject({
        floor_share: numberSeries(z.number().min(0).max(10)).meta(meta('share of the average wage', 'Contribution base floor (缴费基数下限), e.g. 0.6.')),
        cap_share: numberSeries(z.number().min(0).max(100)).meta(meta('share of the average wage', 'Contribution base cap (缴费基数上限), e.g. 3.')),
        wage_cv: z.number().min(0).max(5).meta(meta('coefficient of variation', 'Dispersion of wages around the average (lognormal).')),
      })
      .optional()
      .meta(meta('shares of the average wage', 'With base limits, base_per_active is the average wage and each member’s base is the wage clamped to [floor, cap] × average wage.')),
  }),
  pension: z
    .strictObject({
      average: perHead().meta(meta('yuan per person per year', 'Average basic pension per retiree, base year.')),
      growth: growthSeries('Growth of the average pension.'),
    })
    .meta(meta('yuan per person per year', 'Average basic pension, the base of retiree account credits and retiree contributions.')),
  individual_accounts: z.strictObject({
    rule: enumSeries(['pre2021', 'post2021'] as const).meta(
      meta('label by year', 'pre2021: a share of employer contributions goes to accounts; post2021 (国办发〔2021〕14号): employer contributions all pooled, retiree accounts credited from the pooled fund.'),
    ),
    employer_share_to_accounts: shareSeries('Under pre2021: share of employer contributions credited to individual accounts (~0.3).', 'share of employer contributions (0–1)'),
    retiree_credit_share: shareSeries('Under post2021: retiree account credit paid from the pooled fund, as a share of the average pension (~0.02).', 'share of average pension (0–1)'),
  }),
  spending: z.strictObject({
    base: employeeSpendingBase,
    active_growth: growthSeries('Growth of benefit spending per active member (nominal).'),
    retiree_growth: growthSeries('Growth of benefit spending per retiree (nominal).'),
  }),
  service_lines: employeeServiceLinesSchema.optional(),
});

// ---- resident scheme ---------------------------------------------------------------------
export const residentFundSchema = z.strictObject({
  scheme: z.literal('resident'),
  ...commonFundFields,
  members: z
    .union([
      aggregateMembers(
        z.strictObject({
          insured: count().meta(meta('units.persons', 'Insured residents (参保人数) in the base year.')),
          growth: growthSeries('Growth of the number of insured residents.'),
        }),
      ),
      residentAgeDetailedMembersSchema,
    ])
    .meta(meta('units.persons', 'Members: aggregate form {insured, growth} or age-detailed form {insured, age_detailed} (see ageDetailSchema.ts).')),
  disposable_income: z
    .strictObject({
      base: perHead().meta(meta('yuan per person per year', 'Per-capita disposable income (人均可支配收入), base year.')),
      growth: growthSeries('Growth of per-capita disposable income.'),
    })
    .optional(),
  subsidy_per_head: perHeadAmountSchema,
  premium_per_head: perHeadAmountSchema,
  critical_illness_per_head: perHeadAmountSchema,
  spending: z.strictObject({
    base: z
      .union([
        z.strictObject({ per_insured: perHead().meta(meta('yuan per person per year', 'Benefit spending per insured resident, base year.')) }),
        z.strictObject({ total: money().meta(meta('units.money', 'Benefit spending in the base year (excluding the critical-illness purchase).')) }),
      ])
      .meta(meta('yuan per person per year', 'Base-year benefit spending: {per_insured} or {total}.')),
    growth: growthSeries('Growth of benefit spending per insured resident (nominal).'),
  }),
  service_lines: residentServiceLinesSchema.optional(),
});

// ---- a fund known only by its totals -----------------------------------------------------
/**
 * A fund given as totals only (scheme: totals) — for reports that give only income and
 * expenditure, or an employee + resident total (`pool: combined`), or whose split does not
 * reconcile. Own income and expenditure each grow at their own rate (totalsFlows).
 */
export const totalsFundSchema = z.strictObject({
  scheme: z.literal('totals'),
  pool: z
    .enum(['employee', 'resident', 'combined', 'other'])
    .optional()
    .meta(meta('label', "What the totals cover: an employee pooled fund (the official warning bands apply), a resident fund, an employee + resident combined pool, or other (default); the bands are an extension for all but 'employee'.")),
  ...commonFundFields,
  income: z.strictObject({
    base: money()
      .optional()
      .meta(meta('units.money', "Own income in the base year — contributions, premiums and per-head subsidies: all income but interest and `fiscal_subsidy`. Omitted: the last history year's income less its `interest` and `fiscal_subsidy` items.")),
    growth: growthSeries('Growth of own income from the year before.'),
  }),
  expenditure: z.strictObject({
    base: money().optional().meta(meta('units.money', "Expenditure in the base year. Omitted: the last history year's expenditure.")),
    growth: growthSeries('Growth of expenditure from the year before (before cost control).'),
  }),
});

export const fundSchema = z.discriminatedUnion('scheme', [employeeFundSchema, residentFundSchema, totalsFundSchema]);

// ---- warning bands -----------------------------------------------------------------------
export const bandSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a lower-case identifier' }),
  label_en: z.string().min(1),
  label_zh: z.string().min(1),
  upper: z.number().optional().meta(meta('months of reserve', 'Upper bound of the band; omitted for the last (open) band.')),
  upper_inclusive: z.boolean().optional().meta(meta('flag', 'Whether a value exactly at `upper` belongs to this band (default false).')),
});

// ---- the document ------------------------------------------------------------------------
/**
 * The zod schema of a scenario file (format 1): every key, its unit and bounds. `validateScenario`
 * and `loadScenario` apply it; `scenarioJsonSchema` turns it into a JSON Schema for editors.
 */
export const scenarioSchema = z
  .strictObject({
    fundcast: z.literal(1).meta(meta('format version', 'Scenario format version; must be 1.')),
    id: z.string().regex(/^[a-z0-9][a-z0-9._+-]*$/, { error: 'a lower-case identifier (letters, digits, . _ + -)' }),
    name: z.string().min(1),
    name_zh: z.string().min(1).optional(),
    description: z.string().optional(),
    source: z.string().optional().meta(meta('text', 'Where the base-year figures and assumptions come from.')),
    sources: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .meta(
        meta(
          'text',
          "Where each parameter's value comes from, by dotted parameter path (e.g. funds.employee.contributions.employer_rate: '2025 bulletin, derived'); a path covers the parameters below it unless a longer path names its own source. Listed by listParameters.",
        ),
      ),
    extends: z.string().optional().meta(meta('file path', 'Another scenario file (relative to this one) whose values this one overrides.')),
    overlays: z.array(z.string().min(1)).optional().meta(meta('file paths', 'Reform overlay files (relative to this one) applied in order after extends; see scenarios/reforms/.')),
    adjustments: z.array(adjustmentSchema).optional().meta(meta('list', 'Relative changes of named levers, applied in order to the resolved assumptions.')),
    stochastic: stochasticSchema.optional(),
    base_year: z.number().int().min(1900).max(2200).meta(meta('calendar year', 'Last observed year; the projection starts the year after.')),
    end_year: z.number().int().min(1901).max(2350).meta(meta('calendar year', 'Last projected year (at most 150 years after the base year).')),
    units: z.strictObject({
      money: z.enum(['yuan', '10k yuan', '100m yuan']).meta(meta('unit', 'Unit of money totals: yuan, 10k yuan (万元) or 100m yuan (亿元).')),
      persons: z.enum(['persons', '10k persons']).meta(meta('unit', 'Unit of member counts: persons or 10k persons (万人).')),
    }),
    settings: z
      .strictObject({
        reserve_months_basis: z
          .enum(['current_year', 'next_year'])
          .optional()
          .meta(meta('label', "Months of reserve = balance ÷ (expenditure / 12), using the same year's expenditure (default) or next year's.")),
        bands: z.array(bandSchema).min(1).optional().meta(meta('months of reserve', 'Warning bands, lowest first; default: the official 3 / 6–9 / 15-month bands.')),
      })
      .optional(),
    funds: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a lower-case fund identifier' }), fundSchema),
  })
  .superRefine((s, ctx) => {
    if (s.end_year <= s.base_year) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_year'],
        message: `end_year (${s.end_year}) must be after base_year (${s.base_year})`,
        params: { zh: `end_year（${s.end_year}）必须晚于 base_year（${s.base_year}）`, expected: `a year after ${s.base_year}`, found: String(s.end_year) },
      });
    } else if (s.end_year - s.base_year > 150) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_year'],
        message: `the horizon is ${s.end_year - s.base_year} years; at most 150 years after base_year are allowed`,
        params: { zh: `预测期为 ${s.end_year - s.base_year} 年；最多允许基期后 150 年`, expected: `a year ≤ ${s.base_year + 150}`, found: String(s.end_year) },
      });
    }
    if (Object.keys(s.funds).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['funds'], message: 'at least one fund is needed', params: { zh: '至少需要一个基金', expected: 'one or more funds', found: 'none' } });
    }
    const bands = s.settings?.bands;
    if (bands) {
      bands.forEach((b, i) => {
        const last = i === bands.length - 1;
        if (!last && b.upper === undefined) {
          ctx.addIssue({ code: 'custom', path: ['settings', 'bands', i, 'upper'], message: 'every band but the last needs an upper bound', params: { zh: '除最后一个区间外，每个区间都需要上限', expected: 'a number', found: 'nothing' } });
        }
        if (last && b.upper !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['settings', 'bands', i, 'upper'], message: 'the last band is open: it must not have an upper bound', params: { zh: '最后一个区间为开区间，不能设上限', expected: 'no upper bound', found: String(b.upper) } });
        }
        const prev = bands[i - 1];
        if (i > 0 && prev.upper !== undefined && b.upper !== undefined && b.upper <= prev.upper) {
          ctx.addIssue({ code: 'custom', path: ['settings', 'bands', i, 'upper'], message: `band bounds must increase: ${b.upper} is not above ${prev.upper}`, params: { zh: `区间上限必须递增：${b.upper} 不大于 ${prev.upper}`, expected: `a number > ${prev.upper}`, found: String(b.upper) } });
        }
      });
    }
  });

/** A validated scenario document (after `extends` has been merged). */
export type Scenario = z.infer<typeof scenarioSchema>;
/** One fund of a scenario, as written (`funds.<id>`): an employee, resident or totals-only fund. */
export type FundSpec = z.infer<typeof fundSchema>;
/** An employee-scheme pooled fund as written in a scenario (`scheme: employee`). */
export type EmployeeFundSpec = z.infer<typeof employeeFundSchema>;
/** A resident-scheme fund as written in a scenario (`scheme: resident`). */
export type ResidentFundSpec = z.infer<typeof residentFundSchema>;
/** A fund given as totals only, as written in a scenario (`scheme: totals`). */
export type TotalsFundSpec = z.infer<typeof totalsFundSchema>;
/**
 * An amount per head (yuan per person per year): fixed, indexed by a growth series, or a share of
 * per-capita disposable income.
 */
export type PerHeadAmount = z.infer<typeof perHeadAmountSchema>;
/**
 * One warning band of `settings.bands`, as written: id, labels and its bounds in months of
 * reserve.
 */
export type BandSpec = z.infer<typeof bandSchema>;
