import { formatNumber } from '../results/formatNumber';
import { padToWidth, displayWidth } from '../results/displayWidth';
import type { BudgetFinding } from './checkBudget';
import type { PrincipleFinding } from './budgetPrinciples';
import type { BudgetVariance, LineVariance, VarianceChange } from './budgetVariance';
import type { BudgetDraftLine, BudgetSource, FundBudget } from './types';
import { csvField } from '../general/csvField';

/** The words of a budget source, en and zh, as the table's last column shows them. */
export const BUDGET_SOURCE_LABELS: Readonly<Record<BudgetSource, { en: string; zh: string }>> = {
  engine: { en: 'engine item', zh: '测算项目' },
  executed_share: { en: 'last executed share', zh: '按上年执行结构' },
  assumption: { en: 'assumption: not split', zh: '假设：未分项' },
  input: { en: 'input', zh: '录入' },
  sum: { en: 'sum of parts', zh: '合计' },
  balance: { en: 'balance identity', zh: '勾稽关系' },
  empty: { en: '', zh: '' },
};

/** The name of a line as the table prints it: indented by depth, 其中 lines prefixed. */
export function budgetLineLabel(line: BudgetDraftLine, lang: 'en' | 'zh'): string {
  const name = lang === 'zh' ? line.zh : line.en;
  const prefix = line.rule === 'ofWhich' ? (lang === 'zh' ? '其中：' : 'of which: ') : '';
  return `${'  '.repeat(line.depth)}${prefix}${name}`;
}

const HEAD = {
  en: { no: 'No.', item: 'Line', executed: 'Executed last year', budgeted: 'Budget last year', draft: 'Draft budget', source: 'Source', unit: 'yuan' },
  zh: { no: '行次', item: '项目', executed: '上年执行数', budgeted: '上年预算数', draft: '本年预算数', source: '来源', unit: '元' },
};

/**
 * A fund's draft budget as a text table in the official layout: line number, line (indented),
 * last year's budgeted and executed figures (上年预算数, 上年执行数), the draft, and each line's source; then the checks
 * and the budget-principle findings. Figures in whole yuan with thousands separators; an empty
 * line shows '—'.
 */
export function formatBudget(budget: FundBudget, lang: 'en' | 'zh', findings: readonly BudgetFinding[] = [], principles: readonly PrincipleFinding[] = []): string {
  const h = columnHeads(budget, lang);
  const rows = budget.lines.map((l, k) => [String(k + 1), budgetLineLabel(l, lang), formatNumber(l.budgetedLastYear, 0), formatNumber(l.executed, 0), formatNumber(l.draft, 0), BUDGET_SOURCE_LABELS[l.source][lang]]);
  const header = [h.no, h.item, h.budgeted, h.executed, h.draft, h.source];
  const out = [budgetTitle(budget, lang, false), ...alignRows([header, ...rows], (c) => c >= 2 && c <= 4)];
  out.push(lang === 'zh' ? `年末可支付月数：${formatNumber(budget.run.reserveMonths, 1)}` : `Months of reserve at year end: ${formatNumber(budget.run.reserveMonths, 1)}`);
  out.push(findings.length === 0 ? (lang === 'zh' ? '校验：各项合计、结余勾稽与测算结果一致。' : 'Checks: parts sum to totals, balances chain, totals equal the projection.') : (lang === 'zh' ? '校验发现：' : 'Check findings:'));
  for (const f of findings) out.push(`  - ${lang === 'zh' ? f.zh : f.en}`);
  if (principles.length === 0) out.push(lang === 'zh' ? '预算原则：以收定支、收支平衡、略有结余——符合。' : 'Budget principle (spend within income, balance, small surplus): met.');
  for (const p of principles) out.push(`  ! ${lang === 'zh' ? p.zh : p.en}`, `    ${lang === 'zh' ? p.restoreZh : p.restoreEn}`);
  return out.join('\n') + '\n';
}

/**
 * The column headings of a fund's table: the official 上年预算数 / 上年执行数 / 本年预算数 when the
 * executed year is the year before the budget year; the executed year named otherwise.
 */
function columnHeads(budget: FundBudget, lang: 'en' | 'zh') {
  const h = HEAD[lang];
  const y = budget.executedYear ?? null;
  if (y === null || y === budget.year - 1) return h;
  return lang === 'zh'
    ? { ...h, executed: `${y} 年执行数`, budgeted: `${y} 年预算数` }
    : { ...h, executed: `Executed ${y}`, budgeted: `Budget ${y}` };
}

/** The title of a fund's budget table (or of its variance analysis). */
function budgetTitle(budget: FundBudget, lang: 'en' | 'zh', variance: boolean): string {
  const name = lang === 'zh' ? (budget.nameZh ?? budget.name) : budget.name;
  const unit = HEAD[lang].unit;
  if (lang === 'zh') return `${name} ${budget.year} 年基金收支预算${variance ? '差异分析' : '表'}（单位：${unit}）`;
  return `${name}: fund budget for ${budget.year}${variance ? ', variance analysis' : ''} (${unit})`;
}

/** Rows of cells padded to their column widths (display width: a Chinese character counts two); `right(c)`: column c right-aligned. */
function alignRows(rows: readonly string[][], right: (c: number) => boolean): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return rows.map((cells) => cells.map((s, c) => padToWidth(s, widths[c], right(c))).join('  ').trimEnd());
}

const VAR_HEAD = {
  en: { change: 'change', volume: 'volume', perHead: 'per head', driver: 'measured by', cases: 'cases', members: 'members', execution: 'Execution against budget', draft: 'Draft against execution' },
  zh: { change: '增减额', volume: '数量因素', perHead: '人均（单价）因素', driver: '计量', cases: '人次', members: '参保人数', execution: '执行数较预算数', draft: '本年预算数较执行数' },
};

/**
 * A fund's variance analysis as a text table: per line, last year's budget, last year's
 * execution, the draft, and the two changes (execution − budget, draft − execution), each with its
 * volume and per-head effects (whole yuan; the two effects sum to the change) and what the line
 * was measured by. An empty cell is '—'.
 */
export function formatBudgetVariance(budget: FundBudget, variance: BudgetVariance, lang: 'en' | 'zh'): string {
  const h = columnHeads(budget, lang);
  const v = VAR_HEAD[lang];
  const cells = (c: VarianceChange | null) => [formatNumber(c?.change ?? null, 0), formatNumber(c?.volume ?? null, 0), formatNumber(c?.perHead ?? null, 0), c?.driver ? v[c.driver] : ''];
  const header = [h.item, h.budgeted, h.executed, `${v.execution}: ${v.change}`, v.volume, v.perHead, v.driver, h.draft, `${v.draft}: ${v.change}`, v.volume, v.perHead, v.driver];
  const rows = variance.lines.map((l: LineVariance, k) => [
    budgetLineLabel(budget.lines[k], lang),
    formatNumber(l.budgetedLastYear, 0),
    formatNumber(l.executed, 0),
    ...cells(l.executionVsBudget),
    formatNumber(l.draft, 0),
    ...cells(l.draftVsExecution),
  ]);
  const note =
    lang === 'zh'
      ? '增减额 = 数量因素 + 人均（单价）因素，按对称中点法分解（数量因素 = Δ人数或人次 × 两期人均之平均，人均因素 = Δ人均 × 两期人数之平均），取整到元且恰好相加等于增减额。'
      : 'change = volume effect + per-head effect, by the symmetric midpoint rule (volume = Δmembers or cases × the mean of the two per-head figures; per head = Δper-head × the mean of the two volumes), rounded to whole yuan summing exactly to the change.';
  return [budgetTitle(budget, lang, true), ...alignRows([header, ...rows], (c) => c >= 1 && c !== 6 && c !== 11), note].join('\n') + '\n';
}

/**
 * Variance analyses as one CSV table (one row per fund and line): the three columns, and for each
 * of the two changes its amount, volume and per-head effects, the volume driver and the two
 * volumes (whole yuan; empty = not given or not split).
 */
export function budgetVarianceCsv(variances: readonly BudgetVariance[]): string {
  const change = (p: string) => [`${p}_change_yuan`, `${p}_volume_yuan`, `${p}_per_head_yuan`, `${p}_driver`, `${p}_volume_from`, `${p}_volume_to`];
  const head = ['fund', 'year', 'executed_year', 'line', 'name_zh', 'name_en', 'budgeted_last_year_yuan', 'executed_yuan', 'draft_yuan', ...change('execution_vs_budget'), ...change('draft_vs_execution')];
  const values = (c: VarianceChange | null) => [c?.change ?? null, c?.volume ?? null, c?.perHead ?? null, c?.driver ?? null, c?.volumeFrom ?? null, c?.volumeTo ?? null];
  const rows = variances.flatMap((b) => b.lines.map((l) => [b.fund, b.year, b.executedYear, l.line, l.zh, l.en, l.budgetedLastYear, l.executed, l.draft, ...values(l.executionVsBudget), ...values(l.draftVsExecution)]));
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/**
 * Draft budgets as one CSV table (UTF-8, one row per fund and line): fund, year, line id,
 * parent, kind, zh and en names, executed, budgeted last year, draft (whole yuan; empty = the
 * line is empty) and source.
 */
export function budgetCsv(budgets: readonly FundBudget[]): string {
  const head = ['fund', 'year', 'line', 'parent', 'kind', 'name_zh', 'name_en', 'executed_yuan', 'budgeted_last_year_yuan', 'draft_yuan', 'source'];
  const rows = budgets.flatMap((b) => b.lines.map((l) => [b.fund, b.year, l.id, l.parent, l.kind, l.zh, l.en, l.executed, l.budgetedLastYear, l.draft, l.source]));
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
