import type { BudgetLine } from '../money/budgetLines';

/**
 * Where a draft line's figure comes from: the engine's items (`engine`), an engine item split by
 * the last executed shares of the lines it covers (`executed_share`), a stated assumption (an item
 * kept whole on its parent line because no executed shares were given: `assumption`), a figure
 * the user gave (`input`), the sum of the line's parts (`sum`), the balance identities
 * (`balance`), or nothing: the line is not used by this fund (`empty`).
 */
export type BudgetSource = 'engine' | 'executed_share' | 'assumption' | 'input' | 'sum' | 'balance' | 'empty';

/** One line of a fund's draft budget, in yuan (whole numbers; null = the line is empty). */
export interface BudgetDraftLine extends BudgetLine {
  /** depth below its top-level row (0 = top level), for indenting */
  depth: number;
  /** last year's executed figure (上年执行数), yuan; null when not given */
  executed: number | null;
  /** last year's budgeted figure (上年预算数), yuan; null when not given */
  budgetedLastYear: number | null;
  /** the draft (本年预算数), yuan; null when the line is empty */
  draft: number | null;
  source: BudgetSource;
  /** the engine items (with their amounts, yuan) the draft figure was made from */
  fromItems: { item: string; yuan: number }[];
}

/**
 * Last year's figures of a fund by budget line id, in the scenario's `units.money` (by default
 * the last history year before the budget year that has `budget_lines`: budgetInputFromHistory),
 * with the volumes of that year for the variance analysis (counts in `units.persons`).
 */
export interface BudgetYearInput {
  executed?: Readonly<Record<string, number>>;
  budgeted?: Readonly<Record<string, number>>;
  /** the year the executed and budgeted figures are of (the last executed year) */
  year?: number;
  /** members in the executed year (the history year's `members`), and those its budget assumed */
  executedMembers?: Readonly<Record<string, number>>;
  budgetedMembers?: Readonly<Record<string, number>>;
  /** admissions or visits by line (CASE_LINE_IDS), executed and budgeted */
  executedCases?: Readonly<Record<string, number>>;
  budgetedCases?: Readonly<Record<string, number>>;
}

/**
 * The volumes of one column of a budget table (units.persons): the fund's members (all statuses:
 * insured, or actives + retirees; null when not known) and admissions or visits by line.
 */
export interface BudgetVolume {
  members: number | null;
  cases: Record<string, number>;
}

/** A fund's draft budget for one year: the lines, and the projection figures they equal. */
export interface FundBudget {
  fund: string;
  name: string;
  nameZh: string | null;
  scheme: 'employee' | 'resident' | 'totals';
  /** the budget year */
  year: number;
  /** the unit of every figure: whole yuan */
  unit: 'yuan';
  lines: BudgetDraftLine[];
  /**
   * The projection's figures of the budget year converted to yuan and rounded once each (the
   * rounding rule: income, expenditure and opening balance are each rounded to the yuan; every
   * line is an exact split of those; the closing balance chains from them and may differ from
   * the rounded projected balance by at most 1 yuan).
   */
  run: { income: number; expenditure: number; openingBalance: number; balance: number; reserveMonths: number | null; band: string };
  /** the year of the executed and last-budget columns (null: none given) */
  executedYear?: number | null;
  /** the volumes of the draft year (projected), the executed year and its budget (null: not given), for the variance analysis */
  volumes?: { draft: BudgetVolume; executed: BudgetVolume | null; budgeted: BudgetVolume | null };
}
