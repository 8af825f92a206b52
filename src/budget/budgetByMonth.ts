import { messages } from '../messages/message';
import { apportion } from '../money/apportion';
import { DEFAULT_PROFILES } from '../monthly/defaultProfiles';
import { lineProfile } from '../monthly/lineProfile';
import { monthlyLines } from '../monthly/lineYears';
import type { DefaultProfileId, MonthlyHistory } from '../monthly/types';
import type { BudgetDraftLine, FundBudget } from './types';

/** The profile a line of the monthly budget was split by. */
export interface MonthProfileUsed {
  /** the monthly line whose profile it is: `income`, `expenditure`, or `<kind>.<item>` of the fund's monthly figures */
  line: string;
  source: 'history' | 'default';
  defaultId?: DefaultProfileId;
  /** the past years it was estimated from (empty for a default) */
  years: number[];
  /** the twelve monthly weights: w_k = c_k − c_{k−1} (c_{−1} = 0) of an estimated profile, a default's documented weights */
  weights: number[];
}

/** One line of the budget year by month. */
export interface MonthlyBudgetLine {
  id: string;
  zh: string;
  en: string;
  kind: BudgetDraftLine['kind'];
  depth: number;
  /** the year's draft (yuan), null for an empty line */
  draft: number | null;
  /** the twelve months (yuan), January first; Σ = draft exactly; null for an empty line */
  months: number[] | null;
  /** the profile the line's own figure was split by; null for a line that is only the sum of its parts, a balance row or an empty line */
  profile: MonthProfileUsed | null;
}

/** A fund's budget year by month (budgetByMonth). */
export interface MonthlyBudget {
  fund: string;
  year: number;
  unit: 'yuan';
  lines: MonthlyBudgetLine[];
  /** the balance brought forward (上年结余), yuan */
  openingBalance: number;
  /** the balance at the end of each month: B_k = B_{k−1} + I_k − E_k; B_12 = the year's closing balance */
  monthEnd: number[];
  /** the month (1 … 12) whose end balance is lowest (the earlier on a tie), its balance and months of reserve 12·B_k / E (null when E ≤ 0) */
  lowest: { month: number; balance: number; reserveMonths: number | null };
  /** the months (1 … 12) that end with a negative balance: the fund is short then even if the year balances */
  shortMonths: number[];
  /** findings in English and Chinese, located by fund and months: `budget_month_short` when a month ends below zero */
  findings: { code: string; months: number[]; message: { en: string; zh: string } }[];
}

/** Lines whose months are formed otherwise than by a profile: the balance rows (from the month-end balances). */
const BALANCE_ROWS = new Set(['surplus', 'opening_balance', 'closing_balance', 'total_sources', 'total_uses']);

/**
 * The budget year by month (预算分月): each line of a fund's draft budget split into twelve months
 * by the seasonal profile the monthly module estimates (lineProfile — the same profile the
 * re-estimate of the current year uses; a documented default without monthly figures).
 *
 * A line's OWN figure — its draft less the drafts of its parts (a sum line has none of its own
 * unless an item was kept whole on it) — is split by the monthly weights w_k = c_k − c_{k−1} of its
 * profile (a default profile: its documented weights, exactly 1/12 each for `even`) with apportion (largest remainder, whole yuan, Σ = the figure exactly; a negative weight,
 * possible only in a profile estimated from negative monthly flows, counts as 0). A sum line's months
 * are its own months plus its parts' months; a 其中 line is split by its parent's profile. So every
 * line's months sum to its draft to the yuan and every subtotal is the sum of its parts month by
 * month. The profile of a line is that of the monthly line `<kind>.<line id>`, else `<kind>.<engine
 * item>` for an engine item it is drafted from, when the fund's monthly figures give it; else that of
 * `income` or `expenditure`.
 *
 * Balances: B_0 = 上年结余, B_k = B_{k−1} + I_k − E_k (I, E the months of 本年收入合计 / 本年支出合计),
 * so B_12 = 年末滚存结余 exactly; 本年收支结余 by month is I_k − E_k, 上年结余 by month B_{k−1},
 * 年末滚存结余 B_k. The lowest month-end balance, with months of reserve 12·B_k / E (E the year's
 * expenditure), and every month ending below zero (a fund solvent for the year can be short in a
 * month) are reported.
 */
export function budgetByMonth(budget: FundBudget, monthly?: MonthlyHistory): MonthlyBudget {
  const given = new Set(monthly ? monthlyLines(monthly) : []);
  const byId = new Map(budget.lines.map((l) => [l.id, l]));
  const profileOf = (l: BudgetDraftLine): MonthProfileUsed => {
    const kind = l.kind === 'income' ? 'income' : 'expenditure';
    const candidates = [`${kind}.${l.id}`, ...l.fromItems.map((f) => `${kind}.${f.item}`)];
    const line = candidates.find((c) => given.has(c)) ?? kind;
    const p = lineProfile(monthly, budget.scheme, line, budget.year);
    // a default's weights as documented (exact 1/12 for `even`), an estimated profile's from its cumulative shares
    const weights = p.defaultId ? [...DEFAULT_PROFILES[p.defaultId].weights] : p.cumulative.map((c, k) => c - (k === 0 ? 0 : p.cumulative[k - 1]!));
    return { line, source: p.source, ...(p.defaultId ? { defaultId: p.defaultId } : {}), years: p.years, weights };
  };
  const split = (yuan: number, p: MonthProfileUsed) => apportion(yuan, p.weights.map((w) => Math.max(0, w)));
  const months = new Map<string, number[] | null>();
  const profiles = new Map<string, MonthProfileUsed | null>();
  const monthsOf = (l: BudgetDraftLine): number[] | null => {
    if (months.has(l.id)) return months.get(l.id)!;
    if (l.draft === null) {
      months.set(l.id, null);
      profiles.set(l.id, null);
      return null;
    }
    const parts = budget.lines.filter((c) => c.parent === l.id && c.rule !== 'ofWhich');
    const partMonths = parts.map(monthsOf);
    const own = l.draft - parts.reduce((s, c) => s + (c.draft ?? 0), 0);
    const p = own !== 0 || parts.every((c) => c.draft === null) ? profileOf(l) : null;
    const m = p ? split(own, p) : Array.from({ length: 12 }, () => 0);
    for (const pm of partMonths) if (pm) pm.forEach((x, k) => (m[k]! += x));
    months.set(l.id, m);
    profiles.set(l.id, p);
    return m;
  };
  for (const l of budget.lines) if (l.rule !== 'ofWhich' && !BALANCE_ROWS.has(l.id)) monthsOf(l);
  for (const l of budget.lines.filter((x) => x.rule === 'ofWhich')) {
    const parent = byId.get(l.parent!)!;
    const p = l.draft === null ? null : (profiles.get(parent.id) ?? profileOf(parent));
    months.set(l.id, l.draft === null ? null : split(l.draft, p!));
    profiles.set(l.id, p);
  }
  const income = months.get('income_total') ?? Array.from({ length: 12 }, () => 0);
  const expenditure = months.get('expenditure_total') ?? Array.from({ length: 12 }, () => 0);
  const opening = budget.lines.find((l) => l.id === 'opening_balance')?.draft ?? budget.run.openingBalance;
  const monthEnd: number[] = [];
  income.forEach((x, k) => monthEnd.push((k === 0 ? opening : monthEnd[k - 1]!) + x - expenditure[k]!));
  const start = [opening, ...monthEnd.slice(0, 11)];
  const rows: Record<string, number[]> = {
    surplus: income.map((x, k) => x - expenditure[k]!),
    opening_balance: start,
    closing_balance: monthEnd,
    total_sources: start.map((b, k) => b + income[k]!),
    total_uses: monthEnd.map((b, k) => b + expenditure[k]!),
  };
  for (const [id, m] of Object.entries(rows)) {
    months.set(id, m);
    profiles.set(id, null);
  }
  let low = 0;
  monthEnd.forEach((b, k) => {
    if (b < monthEnd[low]!) low = k;
  });
  const yearExpenditure = expenditure.reduce((s, x) => s + x, 0);
  const shortMonths = monthEnd.flatMap((b, k) => (b < 0 ? [k + 1] : []));
  const findings = shortMonths.length
    ? [{ code: 'budget_month_short', months: shortMonths, message: messages('budget.monthly.short', { fund: budget.fund, year: budget.year, months: shortMonths.join(', '), lowestMonth: low + 1, lowest: monthEnd[low]!, closing: monthEnd[11]! }) }]
    : [];
  return {
    fund: budget.fund,
    year: budget.year,
    unit: 'yuan',
    lines: budget.lines.map((l) => ({ id: l.id, zh: l.zh, en: l.en, kind: l.kind, depth: l.depth, draft: l.draft, months: months.get(l.id) ?? null, profile: profiles.get(l.id) ?? null })),
    openingBalance: opening,
    monthEnd,
    lowest: { month: low + 1, balance: monthEnd[low]!, reserveMonths: yearExpenditure > 0 ? (12 * monthEnd[low]!) / yearExpenditure : null },
    shortMonths,
    findings,
  };
}
