import { showFigure } from '../history/checkHistory';
import { figuresAgree } from '../history/figuresAgree';
import type { FundHistory, ScenarioWarning } from '../history/types';
import { messages } from '../messages/message';
import type { MonthlyHistory, MonthRecord } from './types';

const DEFAULT_CHECKS = { relativeTolerance: 0.0005, absoluteTolerance: 0, jumpThreshold: 0.25 };

/**
 * Consistency checks on a fund's monthly figures, each a located warning (file, line, path, the
 * figures) in English and Chinese; the data is never changed. In month order:
 *
 * - `monthly_missing_month`: a past year without all twelve months, or a month of the current year
 *   missing before its last given month;
 * - `monthly_ytd_falling`: on a year-to-date footing, a year-to-date income, expenditure or item
 *   below the month before it (a flow's running total cannot fall unless money is paid back);
 * - `monthly_year_mismatch`: a past year's twelve months (its December year to date) against the
 *   income or expenditure the fund's `history` reports for that year, compared as the history's
 *   checks do (figuresAgree, the history's tolerances);
 * - `monthly_basis_change`: a stated basis field (report, scope, maternity) differs from the value
 *   last stated before it.
 */
export function checkMonthly(m: MonthlyHistory, history?: FundHistory): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  const path = (period: string, field: string[]) => ['funds', m.fund, 'monthly', 'months', period, ...field];
  const warn = (period: string, field: string[], code: string, figures: ScenarioWarning['figures'], difference: number | null, message: { en: string; zh: string }) =>
    out.push({ code, ...m.locate(period, field), path: path(period, field), figures, difference, message });
  const f = showFigure;
  const stated: Record<'report' | 'scope' | 'maternity', { value: string; period: string } | null> = { report: null, scope: null, maternity: null };
  for (const [year, months] of m.years) {
    const given = months.filter((r): r is MonthRecord => r !== null);
    const last = year < m.currentYear ? 12 : given[given.length - 1]!.month;
    const missing = months.slice(0, last).flatMap((r, k) => (r === null ? [k + 1] : []));
    if (missing.length) warn(given[0]!.period, [], 'monthly_missing_month', { year, missing: missing.join(', ') }, null, messages('monthly.warning.missingMonth', { fund: m.fund, year, missing: missing.join(', ') }));
    for (const r of given) {
      if (m.figures === 'year_to_date' && r.month > 1) {
        const before = months[r.month - 2];
        if (before) {
          const lines: [string, string[], number | null, number | null][] = [
            ['income', ['income'], before.ytdIncome, r.ytdIncome],
            ['expenditure', ['expenditure'], before.ytdExpenditure, r.ytdExpenditure],
            ...Object.keys(r.ytdIncomeItems).map((k): [string, string[], number | null, number | null] => [`income.${k}`, ['income_items', k], before.ytdIncomeItems[k] ?? null, r.ytdIncomeItems[k] ?? null]),
            ...Object.keys(r.ytdExpenditureItems).map((k): [string, string[], number | null, number | null] => [`expenditure.${k}`, ['expenditure_items', k], before.ytdExpenditureItems[k] ?? null, r.ytdExpenditureItems[k] ?? null]),
          ];
          for (const [line, field, a, b] of lines) {
            if (a !== null && b !== null && b < a) warn(r.period, field, 'monthly_ytd_falling', { line, before: a, now: b }, b - a, messages('monthly.warning.ytdFalling', { fund: m.fund, period: r.period, line, before: f(a), now: f(b) }));
          }
        }
      }
      for (const k of ['report', 'scope', 'maternity'] as const) {
        const v = r.basis[k];
        if (v === null) continue;
        const s = stated[k];
        if (s && s.value !== v) warn(r.period, ['basis', k], 'monthly_basis_change', { field: k, from: s.value, to: v, previous_month: s.period }, null, messages('monthly.warning.basisChange', { fund: m.fund, period: r.period, field: k, from: s.value, fromPeriod: s.period, to: v }));
        stated[k] = { value: v, period: r.period };
      }
    }
    const december = months[11];
    const reported = history?.years.find((y) => y.year === year);
    if (year < m.currentYear && december && reported) {
      for (const [line, months12, total] of [['income', december.ytdIncome, reported.income], ['expenditure', december.ytdExpenditure, reported.expenditure]] as const) {
        if (months12 === null || total === null || figuresAgree(months12, total, history?.checks ?? DEFAULT_CHECKS)) continue;
        warn(december.period, [line], 'monthly_year_mismatch', { line, months: months12, reported: total }, months12 - total, messages('monthly.warning.yearMismatch', { fund: m.fund, year, line, months: f(months12), reported: f(total), difference: f(months12 - total) }));
      }
    }
  }
  return out;
}
