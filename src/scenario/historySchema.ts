import { z } from 'zod';
import { paramMeta as meta } from './paramMeta';
import { MAX_COUNT, MAX_MONEY, MAX_PER_HEAD } from './levelBounds';
import { yearKey } from './timeSeries';
import { BUDGET_LINES, CASE_LINE_IDS } from '../money/budgetLines';

/**
 * The `history` block of a fund: the fund's observed years, inline or in a CSV file
 * (docs/history.md). The last history year must be the scenario's base year.
 *
 *   history:
 *     basis: {report: bulletin, scope: pooled, maternity: included}   # default for every year
 *     source: "County medical security bureau, annual final accounts"
 *     checks: {jump_threshold: 0.25}                                  # optional
 *     years:
 *       2023: {income: 812.4, expenditure: 790.1, surplus: 22.3, balance: 640.0}
 *       2024: {income: 830.0, expenditure: 845.5, balance: 624.5, basis: {report: quick_report}}
 *   history: {file: county-history.csv, basis: {...}}                 # the same in a CSV file
 */

const money = (description: string) => z.number().min(-MAX_MONEY).max(MAX_MONEY).meta(meta('units.money', description));
const nonNegativeMoney = (description: string) => z.number().min(0).max(MAX_MONEY).meta(meta('units.money', description));
const item = z.number().min(-MAX_MONEY).max(MAX_MONEY);
const itemName = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'a lower-case item name (letters, digits, _)' });

/**
 * The zod schema of a history `basis`: which report the figures come from, the balance scope
 * (pooled fund or with accounts) and the maternity basis.
 */
export const historyBasisSchema = z
  .strictObject({
    report: z
      .enum(['bulletin', 'quick_report', 'final_accounts', 'budget', 'audit', 'other'])
      .optional()
      .meta(meta('label', 'Report the figures come from: bulletin (统计公报), quick_report (快报), final_accounts (决算), budget (预算), audit, other.')),
    scope: z
      .enum(['pooled', 'with_accounts'])
      .optional()
      .meta(meta('label', 'pooled: the pooled fund only (统筹基金); with_accounts: pooled fund and individual accounts together (含个人账户).')),
    maternity: z
      .enum(['included', 'excluded'])
      .optional()
      .meta(meta('label', 'Whether maternity insurance (生育保险) is included in the figures.')),
  })
  .meta(meta('labels', 'Basis of the figures; years whose stated bases differ are flagged as a basis change.'));

const members = z
  .strictObject({
    actives: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Active contributors (在职职工).')),
    retirees: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Retirees (退休人员).')),
    insured: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Insured residents (参保人数), or all members of a totals fund.')),
  })
  .meta(meta('units.persons', 'Members by status at the end of the year.'));

const perHead = (description: string) => z.number().min(0).max(MAX_PER_HEAD).optional().meta(meta('yuan per person per year', description));
const perHeadSchema = z
  .strictObject({
    contribution_base: perHead('Average contribution base per active contributor (缴费基数).'),
    pension: perHead('Average basic pension per retiree.'),
    spending_per_active: perHead('Benefit spending per active member.'),
    spending_per_retiree: perHead('Benefit spending per retiree.'),
    spending_per_insured: perHead('Benefit spending per insured resident.'),
    subsidy: perHead('Per-head fiscal subsidy of the resident scheme (财政补助标准).'),
    premium: perHead('Individual premium of the resident scheme (个人缴费标准).'),
    critical_illness: perHead('Critical-illness insurance purchase per head (大病保险).'),
    disposable_income: perHead('Per-capita disposable income (人均可支配收入).'),
  })
  .meta(meta('yuan per person per year', 'Per-head standards in force in the year.'));

const reportedRatio = (description: string, bound: number) => z.number().min(-bound).max(bound).optional().meta(meta('share (0.05 = 5%)', description));
/**
 * The zod schema of a year's `reported` figures: ratios as a local report publishes them, checked
 * against the year's own figures on every basis fundcast knows (checkReportedFigures).
 */
export const reportedFiguresSchema = z
  .strictObject({
    reserve_months: z.number().min(-1200).max(1200).optional().meta(meta('months', 'Months of reserve as published (累计结余可支付月数).')),
    gap_rate: reportedRatio('Gap rate as published (缺口率), as a share: 0.05 = 5%.', 100),
    surplus_rate: reportedRatio('Current surplus rate as published (当期结余率), as a share.', 100),
    balance_rate: reportedRatio('Cumulative balance rate as published (累计结余率), as a share.', 1000),
  })
  .meta(meta('published ratios', 'Ratios as the local report publishes them; fundcast says which basis reproduces each, or that none does.'));
const lineFigures = (column: string) =>
  z
    .strictObject(Object.fromEntries(BUDGET_LINES.map((l) => [l.id, item.optional().meta(meta('units.money', `${l.zh} · ${l.en}`))])))
    .meta(meta('units.money', `${column} by budget line id (docs/budget.md); a line the region does not use is left out, not 0.`));
const count = (description: string) => z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', description));
const caseCounts = (column: string) =>
  z
    .strictObject(Object.fromEntries(CASE_LINE_IDS.map((id) => [id, count(`${column} admissions or visits of the line`)])))
    .meta(meta('units.persons', `${column} admissions or visits (人次) by line, for the volume effect of the variance analysis.`));

/**
 * The zod schema of a history year's `budget_lines`: the year's budget table by line, executed
 * (执行数) and budgeted (预算数), with the volumes the variance analysis needs (docs/budget.md).
 */
export const historyBudgetLinesSchema = z
  .strictObject({
    executed: lineFigures('Executed figures (执行数)').optional(),
    budgeted: lineFigures('Budgeted figures (预算数)').optional(),
    budgeted_members: z
      .strictObject({ actives: count('Active contributors the budget assumed.'), retirees: count('Retirees the budget assumed.'), insured: count('Insured residents the budget assumed.') })
      .optional()
      .meta(meta('units.persons', 'Members the year’s budget assumed (the executed members are the year’s `members`).')),
    executed_cases: caseCounts('Executed').optional(),
    budgeted_cases: caseCounts('Budgeted').optional(),
  })
  .meta(meta('units.money', 'The year’s fund budget table by line (社会保险基金收支预算表): executed and budgeted columns.'));

/**
 * The zod schema of one observed year of a fund's `history`: totals, items, members and per-head
 * standards as reported.
 */
export const historyYearSchema = z
  .strictObject({
    income: nonNegativeMoney('Total income of the year as reported (interest included).').optional(),
    expenditure: nonNegativeMoney('Total expenditure of the year as reported.').optional(),
    surplus: money('Current surplus as reported (当期结余).').optional(),
    balance: money('Cumulative balance at the end of the year (累计结余).').optional(),
    income_items: z.record(itemName, item).optional().meta(meta('units.money', 'Income by item (parts of the total), e.g. employer_contributions, interest, fiscal_subsidy.')),
    expenditure_items: z.record(itemName, item).optional().meta(meta('units.money', 'Expenditure by item (parts of the total), e.g. benefits_actives, benefits_retirees.')),
    members: members.optional(),
    per_head: perHeadSchema.optional(),
    reported: reportedFiguresSchema.optional(),
    budget_lines: historyBudgetLinesSchema.optional(),
    basis: historyBasisSchema.optional(),
    source: z.string().optional().meta(meta('text', 'Where this year’s figures come from.')),
  })
  .meta(meta('units.money', 'One observed year.'));

export const historyChecksSchema = z
  .strictObject({
    jump_threshold: z.number().gt(0).max(100).optional().meta(meta('share (0.25 = 25%)', 'Flag a year-on-year change of a total, member count or per-head amount larger than this share (default 0.25).')),
    relative_tolerance: z.number().min(0).max(0.5).optional().meta(meta('share', 'Two figures agree when they differ by at most this share of the largest term (default 0.0005).')),
    absolute_tolerance: z.number().min(0).max(MAX_MONEY).optional().meta(meta('units.money', 'Two figures agree when they differ by at most this amount (default 0); the larger of the two tolerances applies.')),
  })
  .meta(meta('settings', 'Settings of the consistency checks on the history.'));

const common = {
  sum_of: z
    .array(z.string().min(1))
    .min(2)
    .optional()
    .meta(meta('fund ids', 'This fund is the combined pool of these funds (e.g. [employee, resident]): each year its totals and balance are checked against their sum.')),
  basis: historyBasisSchema.optional(),
  source: z.string().optional().meta(meta('text', 'Where the figures come from (default for every year).')),
  checks: historyChecksSchema.optional(),
};

/**
 * The zod schema of a fund's `history` block: observed years inline (`years`) or in a CSV file
 * (`file`); the last year is the base year.
 */
export const historySchema = z
  .union([
    z.strictObject({ ...common, years: z.record(yearKey, historyYearSchema).meta(meta('calendar year → figures', 'Observed years, oldest first; the last is the base year.')) }),
    z.strictObject({
      ...common,
      file: z.string().min(1).meta(meta('file path', 'CSV file (relative to this scenario) in the long or wide layout of docs/history.md.')),
    }),
  ])
  .meta(meta('observed years', "The fund's observed years: {years: {...}} inline, or {file: history.csv}. The last year is the base year."));

/** A fund's `history` block as written in a scenario. */
export type HistorySpec = z.infer<typeof historySchema>;
/** One observed year as written in a `history` block. */
export type HistoryYearSpec = z.infer<typeof historyYearSchema>;
/** A history year's `budget_lines` as written. */
export type HistoryBudgetLinesSpec = z.infer<typeof historyBudgetLinesSchema>;
/** The basis of observed figures as written (report, scope, maternity). */
export type HistoryBasisSpec = z.infer<typeof historyBasisSchema>;
