import { CASE_LINE_IDS } from '../money/budgetLines';
import { roundToTotal } from '../money/roundToTotal';
import type { BudgetDraftLine, BudgetVolume, FundBudget } from './types';

/**
 * The change of one line between two columns of a budget table (whole yuan), split into a volume
 * effect and a per-head (price) effect that sum to it exactly.
 */
export interface VarianceChange {
  /** to − from, yuan */
  change: number;
  /**
   * the volume the line is measured against: `cases` (admissions or visits of the line, 人次, when
   * both columns give them), `members` (all members of the fund), or null — not split (a balance
   * or transfer row, interest, or a volume missing in a column)
   */
  driver: 'cases' | 'members' | null;
  /** the volumes of the two columns (units.persons; null when not split) */
  volumeFrom: number | null;
  volumeTo: number | null;
  /** yuan per member or case in the two columns (null when not split) */
  perHeadFrom: number | null;
  perHeadTo: number | null;
  /** the volume effect, yuan (null when not split) */
  volume: number | null;
  /** the per-head (price) effect, yuan; volume + perHead = change exactly (null when not split) */
  perHead: number | null;
}

/** One line of the variance analysis: last year's budget, last year's execution and the draft, and the two changes. */
export interface LineVariance {
  line: string;
  zh: string;
  en: string;
  depth: number;
  rule: BudgetDraftLine['rule'];
  budgetedLastYear: number | null;
  executed: number | null;
  draft: number | null;
  /** execution against last year's budget: executed − budgeted (null when either is empty) */
  executionVsBudget: VarianceChange | null;
  /** the draft against last year's execution: draft − executed (null when either is empty) */
  draftVsExecution: VarianceChange | null;
}

/** A fund's variance analysis (budgetVariance). */
export interface BudgetVariance {
  fund: string;
  year: number;
  /** the year of the executed and budgeted columns (null: none given) */
  executedYear: number | null;
  lines: LineVariance[];
}

/** Lines whose change is not a matter of members: interest follows the balance and the rate; transfers between levels are set by the levels. */
const NOT_BY_VOLUME = new Set(['interest_income', 'subsidy_from_upper', 'remittance_from_lower', 'subsidy_to_lower', 'remittance_to_upper']);

/**
 * Splits V₁ − V₀ (whole yuan) of a line measured against a volume Q (members or cases), V = Q·p,
 * by the symmetric midpoint rule — the two-factor Shapley value, exact with no residual:
 *
 *   volume effect    ΔV_Q = (Q₁ − Q₀) · (p₀ + p₁)/2
 *   per-head effect  ΔV_p = (p₁ − p₀) · (Q₀ + Q₁)/2,     p = V/Q,
 *   ΔV_Q + ΔV_p = (Q₁p₁ − Q₀p₀ + Q₁p₀ − Q₀p₁ + Q₀p₁ − Q₀p₀ + Q₁p₁ − Q₁p₀)/2 = V₁ − V₀.
 *
 * Unlike LMDI it needs no logarithm, so it holds for a line that is zero or negative in a
 * column. The two effects are rounded to whole yuan summing exactly to the change (roundToTotal).
 * Not split (effects null) when a volume is missing or not positive.
 *
 * @example
 * // 10 → 11 members, 100 → 120 yuan a head: volume 1 × (100 + 120)/2 = 110, per head 20 × (10 + 11)/2 = 210
 * splitChange(1320, 1000, 11, 10, 'members').volume // 110
 * splitChange(1320, 1000, 11, 10, 'members').perHead // 210
 */
export function splitChange(v1: number, v0: number, q1: number | null, q0: number | null, driver: 'cases' | 'members' | null): VarianceChange {
  const change = v1 - v0;
  if (driver === null || q1 === null || q0 === null || !(q1 > 0) || !(q0 > 0))
    return { change, driver: null, volumeFrom: null, volumeTo: null, perHeadFrom: null, perHeadTo: null, volume: null, perHead: null };
  const p0 = v0 / q0;
  const p1 = v1 / q1;
  const [volume, perHead] = roundToTotal([((q1 - q0) * (p0 + p1)) / 2, ((p1 - p0) * (q0 + q1)) / 2], change);
  return { change, driver, volumeFrom: q0, volumeTo: q1, perHeadFrom: p0, perHeadTo: p1, volume, perHead };
}

/**
 * The variance analysis of a draft budget (FundBudget with its volumes, from draftBudget): by
 * line, last year's budget (上年预算数) against last year's execution (上年执行数), and the new
 * draft (本年预算数) against that execution, each change split into a volume effect and a per-head
 * (price) effect summing to it exactly to the yuan (splitChange). Each line is measured against
 * its admissions or visits when both columns give them (the lines CASE_LINE_IDS), else the fund's
 * members; interest, transfer lines and the balance rows show the change only.
 *
 * Volumes: members of the executed year are that history year's `members`; those of its budget
 * `budget_lines.budgeted_members`; those of the draft the projection's members of the budget year;
 * cases likewise (`executed_cases`, `budgeted_cases`, the projection's service-line cases).
 */
export function budgetVariance(budget: FundBudget): BudgetVariance {
  const v = budget.volumes;
  const volumeOf = (col: BudgetVolume | null | undefined, line: string, driver: 'cases' | 'members') => (col ? (driver === 'cases' ? (col.cases[line] ?? null) : col.members) : null);
  const pair = (line: BudgetDraftLine, a: BudgetVolume | null | undefined, b: BudgetVolume | null | undefined, v0: number | null, v1: number | null): VarianceChange | null => {
    if (v0 === null || v1 === null) return null;
    if (line.kind === 'balance' || line.kind === 'total' || NOT_BY_VOLUME.has(line.id)) return splitChange(v1, v0, null, null, null);
    const byCases = (CASE_LINE_IDS as readonly string[]).includes(line.id) && volumeOf(a, line.id, 'cases') !== null && volumeOf(b, line.id, 'cases') !== null;
    const driver = byCases ? 'cases' : 'members';
    return splitChange(v1, v0, volumeOf(b, line.id, driver), volumeOf(a, line.id, driver), driver);
  };
  return {
    fund: budget.fund,
    year: budget.year,
    executedYear: budget.executedYear ?? null,
    lines: budget.lines.map((l) => ({
      line: l.id,
      zh: l.zh,
      en: l.en,
      depth: l.depth,
      rule: l.rule,
      budgetedLastYear: l.budgetedLastYear,
      executed: l.executed,
      draft: l.draft,
      executionVsBudget: pair(l, v?.budgeted, v?.executed, l.budgetedLastYear, l.executed),
      draftVsExecution: pair(l, v?.executed, v?.draft, l.executed, l.draft),
    })),
  };
}
