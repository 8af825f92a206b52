import { z } from 'zod';
import { historyBasisSchema } from './historySchema';
import { MAX_COUNT, MAX_MONEY } from './levelBounds';
import { paramMeta as meta } from './paramMeta';

/** A month written `YYYY-MM` (2026-03 = March 2026). */
export const monthKey = z.string().regex(/^(18|19|2\d)\d\d-(0[1-9]|1[0-2])$/, { error: 'a month written YYYY-MM (e.g. 2026-03)' });

const money = (description: string) => z.number().min(-MAX_MONEY).max(MAX_MONEY).meta(meta('units.money', description));
const itemName = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'a lower-case item name (letters, digits, _)' });
const items = (description: string) => z.record(itemName, z.number().min(-MAX_MONEY).max(MAX_MONEY)).optional().meta(meta('units.money', description));

/** The zod schema of one month of a fund's `monthly` block: flows (as `figures` says: the month's own or year to date) and stocks at the month's end. */
export const monthFiguresSchema = z
  .strictObject({
    income: money('Income: the month’s own (当月) or year to date (累计), as `figures` says.').optional(),
    expenditure: money('Expenditure: the month’s own or year to date, as `figures` says.').optional(),
    income_items: items('Income by item, on the same footing as `income`.'),
    expenditure_items: items('Expenditure by item (budget lines), on the same footing as `expenditure`.'),
    balance: money('Cumulative balance at the end of the month (累计结余).').optional(),
    members: z
      .strictObject({
        actives: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Active contributors at the month’s end.')),
        retirees: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Retirees at the month’s end.')),
        insured: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Insured residents (or all members) at the month’s end.')),
      })
      .optional()
      .meta(meta('units.persons', 'Members by status at the end of the month.')),
    basis: historyBasisSchema.optional(),
    source: z.string().optional().meta(meta('text', 'Where this month’s figures come from.')),
  })
  .meta(meta('units.money', 'One month’s figures.'));

const profileName = z.enum(['even', 'resident_income_late']);

/** The zod schema of the warning rules of the monthly analysis (each optional; none given: the defaults of docs/monthly.md). */
export const monthlyRulesSchema = z
  .strictObject({
    ahead_of_profile: z.number().gt(0).max(10).optional().meta(meta('share (0.05 = 5%)', 'Warn when a spending line’s year to date runs ahead of its profile by more than this share (default 0.05).')),
    deficit_expected: z.boolean().optional().meta(meta('yes/no', 'Warn when the re-estimate expects a current-year deficit (default true).')),
    year_end_months_below: z.number().min(0).max(120).optional().meta(meta('months', 'Warn when the expected year-end months of reserve fall below this (default: the lower bound of the normal band, 6).')),
    deficit_months_running: z.number().int().min(1).max(12).optional().meta(meta('months', 'Warn after this many months running in which expenditure exceeded income (default 2).')),
  })
  .meta(meta('settings', 'Warning rules of the monthly analysis (基金运行风险预警).'));

/**
 * The zod schema of a fund's `monthly` block (docs/monthly.md): the months of past years (for the
 * seasonal profile) and of the current year (base year + 1, for the re-estimate), inline by `YYYY-MM`,
 * with the footing of the flows (`figures`) and their basis.
 *
 *   monthly:
 *     figures: year_to_date            # or month: each month's own flow
 *     basis: {report: other, scope: pooled}
 *     months:
 *       2026-01: {income: 1520.3, expenditure: 1101.2, balance: 36210}
 *       2026-02: {income: 3010.0, expenditure: 2150.9}
 *   monthly: {figures: year_to_date, file: monthly.csv}   # the same months in a CSV file (readMonthlyCsv)
 *
 * Exactly one of `months` and `file` is given (resolveMonthly checks it).
 */
export const monthlySchema = z
  .strictObject({
    figures: z.enum(['year_to_date', 'month']).meta(meta('label', 'year_to_date: income and expenditure are cumulative since January (累计数); month: each month’s own flow (当月数).')),
    basis: historyBasisSchema.optional(),
    source: z.string().optional().meta(meta('text', 'Where the monthly figures come from (default for every month).')),
    months: z.record(monthKey, monthFiguresSchema).optional().meta(meta('YYYY-MM → figures', 'The months, oldest first: past years’ complete months and the current year’s months to date (or `file`).')),
    file: z.string().min(1).optional().meta(meta('file path', 'The months in a CSV file instead (relative to this scenario), in a layout of docs/monthly.md: long (line,year,month,value), one month per row, or one year per row.')),
    profile: z.record(z.string().regex(/^(income|expenditure)(\.[a-z][a-z0-9_]*)?$/, { error: 'a line: income, expenditure, income.<item> or expenditure.<item>' }), profileName).optional().meta(meta('line → default profile', 'The default profile of a line when the months of past years are too few to estimate one (even, resident_income_late).')),
    min_years: z.number().int().min(2).max(50).optional().meta(meta('years', 'The fewest complete past years a profile is estimated from (default 3).')),
    coverage: z.number().gt(0).lt(1).optional().meta(meta('share', 'Coverage of the re-estimate’s range (default 0.8).')),
    rules: monthlyRulesSchema.optional(),
    budget: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'a budget line id (docs/budget.md), e.g. income_total, inpatient' }), z.number().min(-MAX_MONEY).max(MAX_MONEY))
      .optional()
      .meta(meta('units.money', 'The approved budget of the current year by budget line (本年预算数; line ids of docs/budget.md): execution is measured against it (default: the model’s draft, `fundcast budget`).')),
  })
  .meta(meta('monthly figures', 'Monthly or year-to-date figures of past years and the current year (月报), for the seasonal profile, the re-estimate of the current year and the warnings.'));

/** A fund's `monthly` block as written in a scenario. */
export type MonthlySpec = z.infer<typeof monthlySchema>;
/** One month's figures as written. */
export type MonthFiguresSpec = z.infer<typeof monthFiguresSchema>;
