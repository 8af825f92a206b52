import { formatNumber } from '../results/formatNumber';
import { padToWidth, displayWidth } from '../results/displayWidth';
import type { BudgetFinding } from './checkBudget';
import type { PrincipleFinding } from './budgetPrinciples';
import type { BudgetDraftLine, BudgetSource, FundBudget } from './types';

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
 * last year's executed and budgeted figures, the draft, and each line's source; then the checks
 * and the budget-principle findings. Figures in whole yuan with thousands separators; an empty
 * line shows '—'.
 */
export function formatBudget(budget: FundBudget, lang: 'en' | 'zh', findings: readonly BudgetFinding[] = [], principles: readonly PrincipleFinding[] = []): string {
  const h = HEAD[lang];
  const rows = budget.lines.map((l, k) => [String(k + 1), budgetLineLabel(l, lang), formatNumber(l.executed, 0), formatNumber(l.budgetedLastYear, 0), formatNumber(l.draft, 0), BUDGET_SOURCE_LABELS[l.source][lang]]);
  const header = [h.no, h.item, h.executed, h.budgeted, h.draft, h.source];
  const widths = header.map((t, c) => Math.max(displayWidth(t), ...rows.map((r) => displayWidth(r[c]))));
  const line = (cells: string[]) => cells.map((s, c) => padToWidth(s, widths[c], c >= 2 && c <= 4)).join('  ').trimEnd();
  const name = lang === 'zh' ? (budget.nameZh ?? budget.name) : budget.name;
  const title = lang === 'zh' ? `${name} ${budget.year} 年基金收支预算表（单位：${h.unit}）` : `${name}: fund budget for ${budget.year} (${h.unit})`;
  const out = [title, line(header), ...rows.map(line)];
  out.push(lang === 'zh' ? `年末可支付月数：${formatNumber(budget.run.reserveMonths, 1)}` : `Months of reserve at year end: ${formatNumber(budget.run.reserveMonths, 1)}`);
  out.push(findings.length === 0 ? (lang === 'zh' ? '校验：各项合计、结余勾稽与测算结果一致。' : 'Checks: parts sum to totals, balances chain, totals equal the projection.') : (lang === 'zh' ? '校验发现：' : 'Check findings:'));
  for (const f of findings) out.push(`  - ${lang === 'zh' ? f.zh : f.en}`);
  if (principles.length === 0) out.push(lang === 'zh' ? '预算原则：以收定支、收支平衡、略有结余——符合。' : 'Budget principle (spend within income, balance, small surplus): met.');
  for (const p of principles) out.push(`  ! ${lang === 'zh' ? p.zh : p.en}`, `    ${lang === 'zh' ? p.restoreZh : p.restoreEn}`);
  return out.join('\n') + '\n';
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
