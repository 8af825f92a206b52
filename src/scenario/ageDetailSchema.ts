import { z } from 'zod';
import { paramMeta } from './paramMeta';
import { numberSeries } from './timeSeries';

/**
 * The age-detailed form of a fund's `members` section (fundcast issue 3), as strict zod schemas.
 *
 * A fund's `members` is either the aggregate form (totals and growth rates) or this form:
 *
 *   members:
 *     actives: 27490.84          # base-year totals, as in the aggregate form (units.persons);
 *     retirees: 10457.50         #   the age-detailed base year reproduces them exactly
 *     active_growth: null        # only to cancel a growth rate inherited through `extends`
 *     age_detailed:
 *       population: {region: 全国, cohort_weights: true, mortality_improvement: 0.01}
 *       by_age:                  # base-year age shape of each status, scaled to the totals
 *         actives: {participation: [{ages: 20-59, male: 1, female: 0}, …]}
 *         retirees: {counts: [{ages: 60+, male: 5200, female: 5257.5}]}
 *       retirement: {reform_2025: true, female_55_share: 0.5}
 *       switching_to_resident: {share: 0.002, to: resident}   # or a plain share: leave the scheme
 *       cost_curve: ../data/my-age-cost-curve.csv
 *
 * Units are in each field's `.meta({unit, description})`, as in scenarioSchema.ts; they flow into
 * the JSON Schema (`fundcast schema`).
 */

const meta = paramMeta;
const share = () => z.number().min(0).max(1);

/** An age band: `20-59`, `60+` or one age such as `65`. */
const ageBand = z
  .string()
  .regex(/^\s*\d{1,3}\s*(-\s*\d{1,3}|\+)?\s*$/, { error: "an age band such as '20-59', '60+' or '65' (年龄段，如 20-59、60+ 或 65)" })
  .meta(meta('years of age', "Age band, inclusive: '20-59', '60+' (to the open group 100+) or one age."));

const bandRows = (value: z.ZodNumber, unit: string, description: string) =>
  z
    .array(
      z.strictObject({
        ages: ageBand,
        male: value.meta(meta(unit, `${description} (men).`)),
        female: value.meta(meta(unit, `${description} (women).`)),
      }),
    )
    .min(1);

/**
 * Base-year age shape of one status: participation rates or member counts by age band and sex.
 * Either is scaled by one factor so that the status total in `members` is reproduced exactly.
 */
export const membersByAgeSchema = z
  .union([
    z.strictObject({
      participation: bandRows(share(), 'share (0–1)', 'Participation rate: for actives, of the people below their retirement date (give bands up to the open age, e.g. 20+: the retirement rule decides who is below the date); for retirees, of those past it; for residents, of the population outside the employee scheme (the whole population unless an employee fund switches into this fund, which then shares its projection)'),
    }),
    z.strictObject({
      counts: bandRows(z.number().min(0).max(1e10), 'units.persons', 'Members in the band, spread over its single ages in proportion to the exposure (as for participation)'),
    }),
  ])
  .meta(meta('share or units.persons', 'Age shape in the base year: {participation: [...]} or {counts: [...]}, rows {ages, male, female}.'));

/** Population projection settings (the 2020 census and WPP 2024 data shipped in data/demography/). */
export const populationSpecSchema = z
  .strictObject({
    region: z.string().min(1).optional().meta(meta('text', 'Census region: 全国 (default) or a province as named in the census file, e.g. 北京.')),
    cohort_weights: z.boolean().optional().meta(meta('flag', 'Split the census 5-year groups with cohort-size weights from births by year (default true: keeps the 1959–61 famine dip).')),
    mortality_improvement: z.number().gt(-0.1).lt(0.1).optional().meta(meta('annual rate (0.01 = 1%)', 'Annual reduction of death rates from the WPP 2020-2025 level (default 0).')),
  })
  .meta(meta('settings', 'Cohort-component projection from the 2020 census: WPP 2024 mortality and fertility, no migration.'));

const retirementSchema = z
  .strictObject({
    reform_2025: z.boolean().meta(meta('flag', 'Apply the 2025 retirement-age reform (men 60→63, women 55→58 and 50→55, phased by birth month); false keeps the old ages.')),
    female_55_share: share().meta(meta('share (0–1)', 'Share of women members whose pre-reform retirement age is 55 (cadres, 女干部); the others retire at 50 (workers).')),
    short_of_minimum: z
      .strictObject({
        share: share().meta(meta('share (0–1)', 'Share of each cohort short of the minimum contribution years for contribution-free retirement (最低缴费年限) at its retirement date.')),
        extra_years: z.number().int().min(1).max(15).meta(meta('years', 'Years they keep contributing (paying the missing years) before counting as retirees.')),
      })
      .optional()
      .meta(meta('settings', 'Minimum contribution years, simplified: a share of each cohort retires this many years late (default: none).')),
  })
  .meta(meta('settings', 'Movement from active to retired at the statutory retirement age by sex and birth month.'));

const costCurve = z
  .string()
  .min(1)
  .optional()
  .meta(meta('file path', 'CSV of per-capita cost by age band and sex relative to a reference age (columns age_band, sex, relative_cost), relative to the scenario file that sets it (to the working directory for a scenario validated from an object without a file name); default: the ILLUSTRATIVE data/age-cost/illustrative_age_cost_curve.csv.'));

const switchingShare = () =>
  numberSeries(share()).meta(meta('share per year (0–1)', 'Share of the surviving, non-retiring active members moving to the resident scheme each year (e.g. flexible workers).'));

/**
 * Scheme switching of an employee fund: a plain share (the switchers leave the employee scheme
 * and no fund counts them), or `{share, to: <fund id>}` (they join that resident fund's insured,
 * which must be age-detailed on the same population; see src/membership/switchingTarget.ts).
 */
export const switchingSchema = z
  .union([
    // a plain share; an object with `share` or `to` is refused at the top, so that the {share, to}
    // form's (deeper) messages are the ones reported for it
    z
      .unknown()
      .superRefine((v, ctx) => {
        if (v !== null && typeof v === 'object' && ('share' in v || 'to' in v)) {
          ctx.addIssue({ code: 'custom', path: [], message: 'an object with share or to is the {share, to} form', params: { zh: '含 share 或 to 的对象为 {share, to} 形式', expected: 'a share', found: '{share, to}' } });
        }
      })
      .pipe(switchingShare()),
    z.strictObject({
      share: switchingShare(),
      to: z.string().min(1).meta(meta('fund id', 'The resident fund (age-detailed, same population block) whose insured gain the switchers, e.g. resident.')),
    }),
  ])
  .meta(meta('share per year (0–1), or {share, to}', 'Actives moving to the resident scheme each year (default 0): a plain share leaves the scheme; {share, to: <resident fund id>} moves the switchers into that fund.'));

/** `age_detailed` block of an employee fund. */
export const employeeAgeDetailSchema = z.strictObject({
  population: populationSpecSchema,
  by_age: z.strictObject({ actives: membersByAgeSchema, retirees: membersByAgeSchema }),
  retirement: retirementSchema,
  switching_to_resident: switchingSchema.optional(),
  cost_curve: costCurve,
});

/** `age_detailed` block of a resident fund. */
export const residentAgeDetailSchema = z.strictObject({
  population: populationSpecSchema,
  by_age: z.strictObject({ insured: membersByAgeSchema }),
  cost_curve: costCurve,
});

/**
 * A growth key of the aggregate form: in the age-detailed form only null (cancels an inherited
 * value). Typed as the growth series it is elsewhere, so that error hints can look inside it;
 * a non-null value is reported by the refinement below.
 */
const cancelled = (key: string) =>
  numberSeries(z.number().gt(-1).max(1)).nullable().optional().meta(meta('null', `Aggregate-form key: in the age-detailed form only null, to cancel an inherited ${key}.`));

/**
 * The aggregate form of a `members` section, refusing at the top a section that has an
 * `age_detailed` block: then the age-detailed form's (deeper) messages are the ones reported.
 */
export function aggregateMembers<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((v, ctx) => {
      if (v !== null && typeof v === 'object' && (v as Record<string, unknown>).age_detailed !== undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'a section with age_detailed is in the age-detailed form', params: { zh: '含 age_detailed 的部分为按年龄细分形式', expected: 'the aggregate form', found: 'age_detailed' } });
      }
    })
    .pipe(schema);
}
const persons = (description: string) => z.number().min(0).max(1e10).meta(meta('units.persons', description));

/**
 * Checks of an age-detailed `members` section. `age_detailed` is declared optional and required
 * here, so that for a section without it the aggregate form's error messages win (the scenario
 * error reporter keeps the union branch that got furthest, and this one stops at the top).
 */
function requireAgeDetailed(growthKeys: readonly string[]) {
  return (m: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (m.age_detailed === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: "the age-detailed form needs an 'age_detailed' block", params: { zh: "按年龄细分形式需要 'age_detailed' 部分", expected: 'age_detailed', found: 'nothing' } });
      return;
    }
    for (const k of growthKeys) {
      if (m[k] !== undefined && m[k] !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: `${k} cannot be used with age_detailed: member counts come from the population projection (set it to null to cancel an inherited value)`,
          params: { zh: `${k} 不能与 age_detailed 同时使用：参保人数来自人口预测（如需取消继承的值，请设为 null）`, expected: 'null or nothing', found: JSON.stringify(m[k]) },
        });
      }
    }
  };
}

/** Age-detailed `members` of an employee fund. */
export const employeeAgeDetailedMembersSchema = z
  .strictObject({
    actives: persons('Active contributors (在职职工) in the base year: the age-detailed base year reproduces it exactly.'),
    retirees: persons('Retirees (退休人员) in the base year: reproduced exactly.'),
    active_growth: cancelled('active_growth'),
    retiree_growth: cancelled('retiree_growth'),
    age_detailed: employeeAgeDetailSchema.optional(),
  })
  .superRefine(requireAgeDetailed(['active_growth', 'retiree_growth']));

/** Age-detailed `members` of a resident fund. */
export const residentAgeDetailedMembersSchema = z
  .strictObject({
    insured: persons('Insured residents (参保人数) in the base year: reproduced exactly.'),
    growth: cancelled('growth'),
    age_detailed: residentAgeDetailSchema.optional(),
  })
  .superRefine(requireAgeDetailed(['growth']));

export type MembersByAgeInput = z.infer<typeof membersByAgeSchema>;
export type PopulationSpec = z.infer<typeof populationSpecSchema>;
export type SwitchingToResident = z.infer<typeof switchingSchema>;
export type EmployeeAgeDetail = z.infer<typeof employeeAgeDetailSchema>;
export type ResidentAgeDetail = z.infer<typeof residentAgeDetailSchema>;
export type EmployeeAgeDetailedMembers = z.infer<typeof employeeAgeDetailedMembersSchema>;
export type ResidentAgeDetailedMembers = z.infer<typeof residentAgeDetailedMembersSchema>;
