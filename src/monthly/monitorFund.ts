import type { ScenarioWarning } from '../history/types';
import { messages } from '../messages/message';
import { lineValue } from './lineYears';
import { reEstimateFund, type FundReEstimate } from './reEstimateFund';
import type { MonthlyHistory } from './types';

/** One line of the monthly analysis table: the year to date against the profile and the reference year. */
export interface ExecutionRow {
  line: string;
  yearToDate: number;
  /** the year to date at the end of each month so far (index k = month k + 1, up to the month analysed); null where not known */
  yearToDateByMonth: (number | null)[];
  /** the share of the year the profile expects by now */
  expectedShare: number;
  /** the full-year re-estimate and its range */
  estimate: number;
  low: number | null;
  high: number | null;
  naive: number;
  /** the figure the year is measured against (the projection's current year for the totals; see monitorFund), or null */
  reference: number | null;
  /** where the reference comes from: `budget` (the approved budget, monthly.budget), `draft` (the model's draft budget), `given` (options.reference.income/expenditure), `grown` (an item's previous year grown as its line), null without one */
  referenceSource: ReferenceSource | null;
  /** execution rate A / reference (执行进度), null without a reference */
  execution: number | null;
  /** execution ÷ expected share − 1: how far ahead (+) or behind (−) of the profile the line runs, null without a reference */
  aheadOfProfile: number | null;
}

/** Where the figure a line's execution is measured against comes from (see ExecutionRow.referenceSource). */
export type ReferenceSource = 'budget' | 'draft' | 'given' | 'grown';

/** The figure one monthly line's execution is measured against, with its source. */
export interface LineReference {
  value: number;
  source: ReferenceSource;
}

/** The monthly analysis of one fund (基金运行分析): the re-estimate, the execution table and the warnings. */
export interface FundMonitor {
  fund: string;
  reEstimate: FundReEstimate;
  rows: ExecutionRow[];
  warnings: ScenarioWarning[];
}

/**
 * The monthly analysis of a fund as of `month` (default: the last month given) of the current year:
 * the re-estimate (reEstimateFund), each line's execution rate against the share of the year its
 * profile expects, and the warning rules of the scenario (`monthly.rules`, docs/monthly.md), each
 * located (fund, line, month; file and line of the month's figure) and in English and Chinese:
 *
 * - `monitor_ahead_of_profile`: an expenditure line with execution / expected share − 1 > `ahead_of_profile`;
 * - `monitor_deficit_expected`: the re-estimated current surplus Ŝ < 0 (when `deficit_expected`);
 * - `monitor_year_end_months`: the re-estimated year-end months of reserve M̂ < `year_end_months_below`;
 * - `monitor_deficit_months`: the month closes the `deficit_months_running`-th month in a row whose own
 *   expenditure exceeded its own income.
 *
 * The reference of the execution rate (执行进度 = 累计数 ÷ 预算数): the line's entry in
 * `reference.lines` (the current year's budget by monthly line: budgetReference), else for `income`
 * and `expenditure` the figure `reference` gives, else for an item its previous-year total (its
 * twelve months) grown as its line's reference grows over the line's previous-year total; null
 * without one. It must not be the re-estimate itself (Î = A / c would make every execution rate
 * equal its expected share): `fundcast monitor` passes the budget or the model's draft.
 */
export function monitorFund(
  h: MonthlyHistory,
  options: { scheme: string; openingBalance: number; month?: number; reference?: { income?: number | null; expenditure?: number | null; lines?: Readonly<Record<string, LineReference>> } },
): FundMonitor {
  const re = reEstimateFund(h, { scheme: options.scheme, openingBalance: options.openingBalance, month: options.month });
  const previous = h.years.get(h.currentYear - 1);
  const previousTotal = (line: string) => (previous && previous.every((r) => r !== null) ? lineValue(previous[11]!, line, 'ytd') : null);
  const total = (group: 'income' | 'expenditure'): LineReference | null => {
    const line = options.reference?.lines?.[group];
    if (line) return line;
    const v = options.reference?.[group];
    return v === undefined || v === null ? null : { value: v, source: 'given' };
  };
  const reference = (line: string): LineReference | null => {
    const own = options.reference?.lines?.[line];
    if (own) return own;
    const [group, item] = line.split('.') as ['income' | 'expenditure', string | undefined];
    const t = total(group);
    if (item === undefined) return t;
    const lastItem = previousTotal(line);
    const lastTotal = previousTotal(group);
    return t !== null && lastItem !== null && lastTotal !== null && lastTotal > 0 ? { value: (lastItem * t.value) / lastTotal, source: 'grown' } : null;
  };
  const months = h.years.get(re.year)!;
  const rows: ExecutionRow[] = re.lines.map((l) => {
    const r = reference(l.line);
    const ref = r?.value ?? null;
    const execution = ref !== null && ref > 0 ? l.yearToDate / ref : null;
    return {
      line: l.line,
      yearToDate: l.yearToDate,
      yearToDateByMonth: months.slice(0, re.month).map((m) => lineValue(m, l.line, 'ytd')),
      expectedShare: l.expectedShare,
      estimate: l.estimate,
      low: l.low,
      high: l.high,
      naive: l.naive,
      reference: ref,
      referenceSource: r?.source ?? null,
      execution,
      aheadOfProfile: execution === null ? null : execution / l.expectedShare - 1,
    };
  });
  const period = `${re.year}-${String(re.month).padStart(2, '0')}`;
  const warnings: ScenarioWarning[] = [];
  const warn = (code: string, field: string[], figures: ScenarioWarning['figures'], difference: number | null, message: { en: string; zh: string }) =>
    warnings.push({ code, ...h.locate(period, field), path: ['funds', h.fund, 'monthly', 'months', period, ...field], figures, difference, message });
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const { rules } = h;
  for (const r of rows) {
    if (!r.line.startsWith('expenditure') || r.aheadOfProfile === null || !(r.aheadOfProfile > rules.aheadOfProfile)) continue;
    const field = r.line === 'expenditure' ? ['expenditure'] : ['expenditure_items', r.line.slice('expenditure.'.length)];
    warn('monitor_ahead_of_profile', field, { line: r.line, execution: r.execution, expected_share: r.expectedShare, ahead: r.aheadOfProfile, threshold: rules.aheadOfProfile }, r.aheadOfProfile - rules.aheadOfProfile,
      messages('monthly.monitor.ahead', { fund: h.fund, period, line: r.line, execution: pct(r.execution!), expected: pct(r.expectedShare), ahead: pct(r.aheadOfProfile), threshold: pct(rules.aheadOfProfile) }));
  }
  const f = (x: number) => x.toFixed(1);
  if (rules.deficitExpected && re.surplus.estimate < 0)
    warn('monitor_deficit_expected', [], { surplus: re.surplus.estimate, low: re.surplus.low, high: re.surplus.high }, re.surplus.estimate,
      messages('monthly.monitor.deficit', { fund: h.fund, period, year: re.year, surplus: f(re.surplus.estimate), low: f(re.surplus.low!), high: f(re.surplus.high!) }));
  if (re.reserveMonths && re.reserveMonths.estimate < rules.yearEndMonthsBelow)
    warn('monitor_year_end_months', [], { months: re.reserveMonths.estimate, threshold: rules.yearEndMonthsBelow }, re.reserveMonths.estimate - rules.yearEndMonthsBelow,
      messages('monthly.monitor.yearEndMonths', { fund: h.fund, period, year: re.year, months: f(re.reserveMonths.estimate), threshold: f(rules.yearEndMonthsBelow) }));
  let run = 0;
  for (let k = re.month - 1; k >= 0; k--) {
    const r = months[k];
    if (!r || r.income === null || r.expenditure === null || !(r.expenditure > r.income)) break;
    run++;
  }
  if (run >= rules.deficitMonthsRunning)
    warn('monitor_deficit_months', [], { months_running: run, threshold: rules.deficitMonthsRunning }, null,
      messages('monthly.monitor.deficitMonths', { fund: h.fund, period, run, threshold: rules.deficitMonthsRunning }));
  return { fund: h.fund, reEstimate: re, rows, warnings };
}
