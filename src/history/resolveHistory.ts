import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { yearKey } from '../scenario/timeSeries';
import { issuesFromZod } from '../scenario/zodIssues';
import { historyYearSchema, type HistoryBasisSpec, type HistoryBudgetLinesSpec, type HistorySpec, type HistoryYearSpec } from '../scenario/historySchema';
import { ScenarioError } from '../scenario/ScenarioError';
import { checkHistory } from './checkHistory';
import { checkReportedFigures } from './checkReportedFigures';
import { BUDGET_LINES, budgetLine, type BudgetScheme } from '../money/budgetLines';
import { readHistoryCsv } from './readHistoryCsv';
import type { FundHistory, HistoryBudgetLines, HistoryCheckSettings, HistoryLocation, HistoryYear, ScenarioWarning } from './types';

/** Defaults of the consistency checks (docs/history.md). */
export const DEFAULT_HISTORY_CHECKS: HistoryCheckSettings = { relativeTolerance: 0.0005, absoluteTolerance: 0, jumpThreshold: 0.25 };

const yearsSchema = z.record(yearKey, historyYearSchema);

/**
 * Reads every fund's `history` (inline `years`, or a CSV `file` relative to the scenario file that
 * names it) into FundHistory records, oldest year first, with the block's basis and source as
 * defaults for each year.
 *
 * Rule linking history and base year: the last history year IS the base year — a history ending
 * before or running past `base_year` is an error (see historyBaseYear for the base-year figures).
 * Returns the histories by fund id and the problems found, each located (file, line, path).
 */
export function resolveHistories(loaded: LoadedScenario): { histories: Map<string, FundHistory>; issues: ScenarioIssue[] } {
  const histories = new Map<string, FundHistory>();
  const issues: ScenarioIssue[] = [];
  const s = loaded.scenario;
  for (const [id, fund] of Object.entries(s.funds)) {
    const spec = (fund as { history?: HistorySpec }).history;
    if (!spec) continue;
    const p = ['funds', id, 'history'];
    let raw: Record<string, HistoryYearSpec>;
    let locate: FundHistory['locate'];
    let form: FundHistory['form'];
    if ('years' in spec) {
      raw = spec.years;
      form = 'inline';
      locate = (year, field) => located(loaded.locate([...p, 'years', String(year), ...field]));
    } else {
      const where = loaded.locate([...p, 'file']).file;
      const display = dirname(where) === '.' ? spec.file : `${dirname(where)}/${spec.file}`;
      const csv = csvYears(resolve(loaded.dirOf([...p, 'file']), spec.file), display, id);
      if ('issues' in csv) {
        issues.push(...csv.issues.map((i) => ({ ...i, path: i.path.length ? [...p, ...i.path] : [...p, 'file'] })));
        continue;
      }
      ({ raw, locate } = csv);
      form = 'csv';
    }
    (spec.sum_of ?? []).forEach((part, k) => {
      if (part !== id && part in s.funds && !spec.sum_of!.slice(0, k).includes(part)) return;
      const at = [...p, 'sum_of', k];
      const others = Object.keys(s.funds).filter((f) => f !== id);
      const why = part === id ? { en: 'the fund itself', zh: '基金自身' } : part in s.funds ? { en: 'a fund named twice', zh: '重复的基金' } : { en: 'no such fund', zh: '没有该基金' };
      issues.push({
        ...loaded.locate(at),
        path: at,
        code: 'history_sum_of',
        expected: `another fund of this scenario: ${others.join(', ') || 'none (it has no other fund)'}`,
        found: `'${part}' (${why.en})`,
        message: {
          en: `history.sum_of of fund '${id}' names '${part}' — ${why.en}; a combined pool is the sum of other funds of this scenario (${others.join(', ') || 'it has none'})`,
          zh: `基金 '${id}' 的 history.sum_of 列出 '${part}'——${why.zh}；合计基金应为本情景中其他基金之和（${others.join('、') || '本情景没有其他基金'}）`,
        },
      });
    });
    const built = fundHistory(id, raw, spec, form, locate, s.base_year);
    if ('issues' in built) issues.push(...built.issues.map((i) => (i.path.length ? i : { ...i, ...loaded.locate(p), path: p })));
    else {
      // a line of another scheme's table is an error; the history is still read, so that it raises no other
      issues.push(...lineSchemeIssues(built, (fund as { scheme?: string }).scheme));
      histories.set(id, built);
    }
  }
  return { histories, issues };
}

function located(l: { file: string; line?: number; column?: number }): HistoryLocation {
  return { file: l.file, ...(l.line !== undefined ? { line: l.line } : {}), ...(l.column !== undefined ? { column: l.column } : {}) };
}

/** One year's figures with the block's basis and source filled in where the year states none. */
function historyYear(year: number, y: HistoryYearSpec, basis: HistoryBasisSpec | undefined, source: string | undefined): HistoryYear {
  return {
    year,
    income: y.income ?? null,
    expenditure: y.expenditure ?? null,
    surplus: y.surplus ?? null,
    balance: y.balance ?? null,
    incomeItems: { ...(y.income_items ?? {}) },
    expenditureItems: { ...(y.expenditure_items ?? {}) },
    members: { ...(y.members ?? {}) },
    perHead: { ...(y.per_head ?? {}) },
    reported: { ...(y.reported ?? {}) },
    ...(y.budget_lines ? { budgetLines: historyBudgetLines(y.budget_lines) } : {}),
    basis: {
      report: y.basis?.report ?? basis?.report ?? null,
      scope: y.basis?.scope ?? basis?.scope ?? null,
      maternity: y.basis?.maternity ?? basis?.maternity ?? null,
    },
    source: y.source ?? source ?? null,
  };
}

/**
 * A budget line given for a fund whose scheme's table has no such line (e.g. 单位缴费收入 in a
 * resident fund): an error located at the figure, not a figure silently dropped.
 */
function lineSchemeIssues(h: FundHistory, scheme: string | undefined): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const y of h.years) {
    for (const column of ['executed', 'budgeted'] as const) {
      for (const id of Object.keys(y.budgetLines?.[column] ?? {})) {
        const line = budgetLine(id)!;
        if (scheme === undefined || line.schemes.includes(scheme as BudgetScheme)) continue;
        const field = ['budget_lines', column, id];
        const allowed = BUDGET_LINES.filter((l) => l.schemes.includes(scheme as BudgetScheme)).map((l) => l.id);
        out.push({
          ...h.locate(y.year, field),
          path: ['funds', h.fund, 'history', 'years', String(y.year), ...field],
          code: 'history_line_scheme',
          expected: `a line of the ${scheme} fund's budget table: ${allowed.join(', ')}`,
          found: id,
          message: {
            en: `budget line '${id}' (${line.en}) is not a line of a ${scheme} fund's budget table (fund '${h.fund}', ${y.year}, ${column}); leave it out, or check the fund's scheme`,
            zh: `预算行 '${id}'（${line.zh}）不是${SCHEME_ZH[scheme] ?? scheme}基金收支预算表的行次（基金 '${h.fund}'，${y.year} 年，${column === 'executed' ? '执行数' : '预算数'}）；请删去该行，或检查基金的 scheme`,
          },
        });
      }
    }
  }
  return out;
}

const SCHEME_ZH: Record<string, string> = { employee: '职工医保', resident: '城乡居民医保', totals: '仅总额' };

/** A year's `budget_lines` as read: every group present (empty when not given), values as written. */
function historyBudgetLines(b: HistoryBudgetLinesSpec): HistoryBudgetLines {
  const figures = (r: Record<string, number | undefined> | undefined) => Object.fromEntries(Object.entries(r ?? {}).filter((e): e is [string, number] => e[1] !== undefined));
  return { executed: figures(b.executed), budgeted: figures(b.budgeted), budgetedMembers: figures(b.budgeted_members), executedCases: figures(b.executed_cases), budgetedCases: figures(b.budgeted_cases) };
}

/**
 * A fund history from a CSV file alone (for calibration and backtests on data without a scenario):
 * the layouts of readHistoryCsv; with a `fund` column, the rows of `fund` (when given); `basis`
 * and `source` are defaults for every year. Throws ScenarioError (file, line, column) on bad data;
 * the consistency warnings are returned, never thrown.
 */
export function loadHistoryCsv(
  file: string,
  options: { fund?: string; basis?: HistoryBasisSpec; source?: string; checks?: HistorySpec['checks'] } = {},
): { history: FundHistory; warnings: ScenarioWarning[] } {
  const fund = options.fund ?? 'history';
  const csv = csvYears(resolve(file), file, fund);
  if ('issues' in csv) throw new ScenarioError(csv.issues.map((i) => ({ ...i, path: i.path })));
  const built = fundHistory(fund, csv.raw, { basis: options.basis, source: options.source, checks: options.checks }, 'csv', csv.locate, null);
  if ('issues' in built) throw new ScenarioError(built.issues.map((i) => ({ ...i, file })));
  return { history: built, warnings: [...checkHistory(built), ...checkReportedFigures(built, 'current_year')] };
}

/** A CSV history validated by the year schema, or its located issues (paths below `years`). */
function csvYears(abs: string, display: string, fund: string): { raw: Record<string, HistoryYearSpec>; locate: FundHistory['locate'] } | { issues: ScenarioIssue[] } {
  const csv = readHistoryCsv(abs, display, fund);
  if (csv.issues.length) return { issues: csv.issues };
  const position = (year: string, field: readonly (string | number)[]) => {
    for (let n = field.length; n >= 0; n--) {
      const pos = csv.positions.get(n === 0 ? year : `${year}/${field.slice(0, n).join('/')}`);
      if (pos) return pos;
    }
    return undefined;
  };
  const parsed = yearsSchema.safeParse(csv.years, { reportInput: true });
  if (!parsed.success) {
    return { issues: issuesFromZod(parsed.error, yearsSchema, csv.years, (q) => ({ file: display, ...position(String(q[0]), q.slice(1)) })).map((i) => ({ ...i, path: ['years', ...i.path] })) };
  }
  return { raw: parsed.data, locate: (year, field) => ({ file: display, ...position(String(year), field) }) };
}

/**
 * Years sorted, the block's basis and source filled in, check settings with their defaults; with
 * `baseYear`, the rule that the last history year is the base year. Issues have an empty path
 * when they concern the whole block.
 */
function fundHistory(
  id: string,
  raw: Record<string, HistoryYearSpec>,
  spec: { basis?: HistoryBasisSpec; source?: string; checks?: HistorySpec['checks'] },
  form: FundHistory['form'],
  locate: FundHistory['locate'],
  baseYear: number | null,
): FundHistory | { issues: ScenarioIssue[] } {
  const years = Object.keys(raw)
    .map(Number)
    .sort((a, b) => a - b)
    .map((year) => historyYear(year, raw[String(year)], spec.basis, spec.source));
  const last = years.at(-1)?.year;
  if (last === undefined) {
    return { issues: [{ file: '', path: [], code: 'history_empty', expected: 'at least one observed year', found: 'none', message: { en: `the history of fund '${id}' has no years`, zh: `基金 '${id}' 的历史数据没有任何年份` } }] };
  }
  if (baseYear !== null && last !== baseYear) {
    return {
      issues: [{
        ...locate(last, []),
        path: ['funds', id, 'history', 'years', String(last)],
        code: 'history_base_year',
        expected: `history ending in base_year ${baseYear}`,
        found: String(last),
        message: {
          en: `the last history year of fund '${id}' is ${last} but base_year is ${baseYear}: the last observed year is the base year (set base_year: ${last}, or ${last > baseYear ? 'remove the later years' : `add ${baseYear}`})`,
          zh: `基金 '${id}' 历史数据的最后一年为 ${last}，而 base_year 为 ${baseYear}：最后一个观测年即基期年（请设 base_year: ${last}，或${last > baseYear ? '删除其后的年份' : `补充 ${baseYear} 年`}）`,
        },
      }],
    };
  }
  const c = spec.checks;
  return {
    fund: id,
    years,
    form,
    sumOf: (spec as { sum_of?: string[] }).sum_of ?? null,
    locate,
    checks: {
      relativeTolerance: c?.relative_tolerance ?? DEFAULT_HISTORY_CHECKS.relativeTolerance,
      absoluteTolerance: c?.absolute_tolerance ?? DEFAULT_HISTORY_CHECKS.absoluteTolerance,
      jumpThreshold: c?.jump_threshold ?? DEFAULT_HISTORY_CHECKS.jumpThreshold,
    },
  };
}
