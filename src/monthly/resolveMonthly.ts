import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { messages } from '../messages/message';
import { BUDGET_LINES, type BudgetScheme } from '../money/budgetLines';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { issuesFromZod } from '../scenario/zodIssues';
import { monthFiguresSchema, monthKey, type MonthFiguresSpec, type MonthlySpec } from '../scenario/monthlySchema';
import { readMonthlyCsv } from './readMonthlyCsv';
import type { MonthlyHistory, MonthRecord } from './types';

/** The warning rules' defaults (docs/monthly.md): 5 % ahead of profile, a deficit expected, below 6 months at year end, 2 deficit months running. */
export const DEFAULT_MONTHLY_RULES = { aheadOfProfile: 0.05, deficitExpected: true, yearEndMonthsBelow: 6, deficitMonthsRunning: 2 } as const;

/**
 * Reads every fund's `monthly` block (docs/monthly.md) — its `months` inline, or a CSV `file`
 * (readMonthlyCsv, validated by the same schema, located by file, line and column) — into a MonthlyHistory: the months grouped by
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
    if ((spec.months === undefined) === (spec.file === undefined)) {
      const at = spec.file === undefined ? [...p, 'months'] : [...p, 'file'];
      issue(at, spec.file === undefined ? 'missing' : 'monthly_months_and_file', 'monthly.monthsOrFile', { fund: id, both: spec.file !== undefined } as never, '`months` or `file`', spec.file === undefined ? 'nothing' : 'both');
      continue;
    }
    let given: Record<string, MonthFiguresSpec>;
    let locate: MonthlyHistory['locate'];
    if (spec.months !== undefined) {
      given = spec.months;
      locate = (period, field) => loaded.locate([...p, 'months', period, ...field]);
    } else {
      const where = loaded.locate([...p, 'file']).file;
      const display = dirname(where) === '.' ? spec.file! : `${dirname(where)}/${spec.file!}`;
      const read = monthsFromFile(resolve(loaded.dirOf([...p, 'file']), spec.file!), display, id, spec.figures);
      if ('issues' in read) {
        // a file that cannot be read is located where it is named
        issues.push(...read.issues.map((i) => (i.code.startsWith('input.') ? { ...i, ...loaded.locate([...p, 'file']), path: [...p, 'file'] } : { ...i, path: i.path.length ? [...p, ...i.path] : [...p, 'file'] })));
        continue;
      }
      ({ months: given, locate } = read);
    }
    const byYear = new Map<number, (MonthFiguresSpec | null)[]>();
    let bad = false;
    for (const period of Object.keys(given).sort()) {
      const [year, month] = period.split('-').map(Number) as [number, number];
      if (year > currentYear) {
        const path = [...p, 'months', period];
        issues.push({ ...locate(period, []), path, code: 'monthly_future', expected: `a month of ${currentYear} or before`, found: period, message: messages('monthly.future', { fund: id, period, currentYear }) });
        bad = true;
        continue;
      }
      const months = byYear.get(year) ?? Array.from({ length: 12 }, () => null);
      months[month - 1] = given[period]!;
      byYear.set(year, months);
    }
    if (bad) continue;
    // the budget's lines are lines of the fund's budget table that carry a flow (not balance rows)
    const scheme = (fund as { scheme: BudgetScheme }).scheme;
    const flowLines = BUDGET_LINES.filter((l) => l.schemes.includes(scheme) && (l.kind === 'income' || l.kind === 'expenditure')).map((l) => l.id);
    for (const key of Object.keys(spec.budget ?? {}))
      if (!flowLines.includes(key)) {
        issue([...p, 'budget', key], 'monthly_budget_line', 'monthly.budgetLine', { fund: id, line: key, scheme, lines: flowLines.join(', ') } as never, `a budget line of a ${scheme} fund`, key);
        bad = true;
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
      budget: { ...(spec.budget ?? {}) },
      locate,
    });
  }
  return { monthly, issues };
}

const monthsSchema = z.record(monthKey, monthFiguresSchema);

/**
 * A fund's months read from a CSV file (readMonthlyCsv) and validated by the schema of the inline
 * block, so that a file and an inline block are held to the same rules; every figure located by file,
 * line and column. Returns the months and their locator, or the located issues (paths below `months`).
 */
function monthsFromFile(abs: string, display: string, fund: string, figures: MonthlySpec['figures']): { months: Record<string, MonthFiguresSpec>; locate: MonthlyHistory['locate'] } | { issues: ScenarioIssue[] } {
  const table = readMonthlyCsv(abs, display, fund, figures);
  if (table.issues.length) return { issues: table.issues };
  const position = (period: string, field: readonly (string | number)[]) => {
    for (let n = field.length; n >= 0; n--) {
      const pos = table.positions.get(n === 0 ? period : `${period}/${field.slice(0, n).join('/')}`);
      if (pos) return pos;
    }
    return undefined;
  };
  const parsed = monthsSchema.safeParse(table.months, { reportInput: true });
  if (!parsed.success)
    return { issues: issuesFromZod(parsed.error, monthsSchema, table.months, (q) => ({ file: display, ...position(String(q[0]), q.slice(1)) })).map((i) => ({ ...i, path: ['months', ...i.path] })) };
  return { months: parsed.data, locate: (period, field) => ({ file: display, ...position(period, field) }) };
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
