import { messages } from '../messages/message';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import type { MonthFiguresSpec, MonthlySpec } from '../scenario/monthlySchema';
import type { MonthlyHistory, MonthRecord } from './types';

/** The warning rules' defaults (docs/monthly.md): 5 % ahead of profile, a deficit expected, below 6 months at year end, 2 deficit months running. */
export const DEFAULT_MONTHLY_RULES = { aheadOfProfile: 0.05, deficitExpected: true, yearEndMonthsBelow: 6, deficitMonthsRunning: 2 } as const;

/**
 * Reads every fund's `monthly` block (docs/monthly.md) into a MonthlyHistory: the months grouped by
 * year, each with its own flows and its year-to-date flows — on a `year_to_date` footing a month's own
 * flow is Y_m − Y_{m−1} (Y_0 = 0; unknown when month m − 1 is missing), on a `month` footing the year
 * to date is Σ_{j≤m} x_j (unknown when a month before is missing) — and the block's basis and source as
 * defaults of each month. The current year is the base year + 1: a month after it is a located error.
 * Returns the histories by fund id and the problems found (file, line, path).
 */
export function resolveMonthly(loaded: LoadedScenario): { monthly: Map<string, MonthlyHistory>; issues: ScenarioIssue[] } {
  const monthly = new Map<string, MonthlyHistory>();
  const issues: ScenarioIssue[] = [];
  const s = loaded.scenario;
  const currentYear = s.base_year + 1;
  for (const [id, fund] of Object.entries(s.funds)) {
    const spec = (fund as { monthly?: MonthlySpec }).monthly;
    if (!spec) continue;
    const p = ['funds', id, 'monthly'];
    const issue = (path: (string | number)[], code: string, key: Parameters<typeof messages>[0], params: never, expected: string, found: string) =>
      issues.push({ ...loaded.locate(path), path, code, expected, found, message: messages(key, params) });
    const byYear = new Map<number, (MonthFiguresSpec | null)[]>();
    let bad = false;
    for (const period of Object.keys(spec.months).sort()) {
      const [year, month] = period.split('-').map(Number) as [number, number];
      if (year > currentYear) {
        issue([...p, 'months', period], 'monthly_future', 'monthly.future', { fund: id, period, currentYear } as never, `a month of ${currentYear} or before`, period);
        bad = true;
        continue;
      }
      const months = byYear.get(year) ?? Array.from({ length: 12 }, () => null);
      months[month - 1] = spec.months[period]!;
      byYear.set(year, months);
    }
    if (bad) continue;
    const years = new Map<number, (MonthRecord | null)[]>();
    for (const [year, months] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) years.set(year, monthRecords(year, months, spec));
    monthly.set(id, {
      fund: id,
      figures: spec.figures,
      currentYear,
      years,
      profile: { ...(spec.profile ?? {}) },
      minYears: spec.min_years ?? 3,
      coverage: spec.coverage ?? 0.8,
      rules: {
        aheadOfProfile: spec.rules?.ahead_of_profile ?? DEFAULT_MONTHLY_RULES.aheadOfProfile,
        deficitExpected: spec.rules?.deficit_expected ?? DEFAULT_MONTHLY_RULES.deficitExpected,
        yearEndMonthsBelow: spec.rules?.year_end_months_below ?? DEFAULT_MONTHLY_RULES.yearEndMonthsBelow,
        deficitMonthsRunning: spec.rules?.deficit_months_running ?? DEFAULT_MONTHLY_RULES.deficitMonthsRunning,
      },
      locate: (period, field) => loaded.locate([...p, 'months', period, ...field]),
    });
  }
  return { monthly, issues };
}

type Flow = (m: MonthFiguresSpec) => number | undefined;

/** The twelve records of one year from its months as written. */
function monthRecords(year: number, months: (MonthFiguresSpec | null)[], spec: MonthlySpec): (MonthRecord | null)[] {
  const ytdFooting = spec.figures === 'year_to_date';
  // own and year-to-date flow of month k for one line
  const line = (get: Flow) => {
    const own: (number | null)[] = [];
    const ytd: (number | null)[] = [];
    for (let k = 0; k < 12; k++) {
      const m = months[k];
      const v = m ? get(m) : undefined;
      if (v === undefined) {
        own.push(null);
        ytd.push(null);
        continue;
      }
      if (ytdFooting) {
        const before = k === 0 ? 0 : ytd[k - 1]!;
        ytd.push(v);
        own.push(before === null ? null : v - before);
      } else {
        const before = k === 0 ? 0 : ytd[k - 1]!;
        own.push(v);
        ytd.push(before === null ? null : before + v);
      }
    }
    return { own, ytd };
  };
  const itemNames = (key: 'income_items' | 'expenditure_items') => [...new Set(months.flatMap((m) => Object.keys(m?.[key] ?? {})))].sort();
  const items = (key: 'income_items' | 'expenditure_items') => new Map(itemNames(key).map((name) => [name, line((m) => m[key]?.[name])]));
  const income = line((m) => m.income);
  const expenditure = line((m) => m.expenditure);
  const inc = items('income_items');
  const exp = items('expenditure_items');
  const pick = (lines: Map<string, { own: (number | null)[]; ytd: (number | null)[] }>, k: number, which: 'own' | 'ytd') =>
    Object.fromEntries([...lines].map(([name, l]) => [name, l[which][k]!]));
  return months.map((m, k) =>
    m === null
      ? null
      : {
          year,
          month: k + 1,
          period: `${year}-${String(k + 1).padStart(2, '0')}`,
          income: income.own[k]!,
          expenditure: expenditure.own[k]!,
          incomeItems: pick(inc, k, 'own'),
          expenditureItems: pick(exp, k, 'own'),
          ytdIncome: income.ytd[k]!,
          ytdExpenditure: expenditure.ytd[k]!,
          ytdIncomeItems: pick(inc, k, 'ytd'),
          ytdExpenditureItems: pick(exp, k, 'ytd'),
          balance: m.balance ?? null,
          members: { ...(m.members ?? {}) },
          basis: {
            report: m.basis?.report ?? spec.basis?.report ?? null,
            scope: m.basis?.scope ?? spec.basis?.scope ?? null,
            maternity: m.basis?.maternity ?? spec.basis?.maternity ?? null,
          },
          source: m.source ?? spec.source ?? null,
        },
  );
}
