import { message } from '../messages/message';
import { DEFAULT_PROFILES } from '../monthly/defaultProfiles';
import { displayWidth, padToWidth } from '../results/displayWidth';
import { formatNumber } from '../results/formatNumber';
import type { MonthlyBudget } from './budgetByMonth';
import { csvField } from '../general/csvField';

/**
 * The budget year by month as a text table (fits 80 columns): one row per month and one for the
 * year — income (本年收入合计), expenditure (本年支出合计), surplus, the month-end balance and its
 * months of reserve 12·B_k / E (E the year's expenditure) — then the lowest month, the months short of
 * money, and the profile each line was split by, in English or Chinese. `name` is the fund's name.
 */
export function formatBudgetByMonth(mb: MonthlyBudget, name: string, lang: 'en' | 'zh'): string {
  const L = (key: Parameters<typeof message>[0], params: Record<string, unknown> = {}) => message(key, params as never, lang);
  const line = (id: string) => mb.lines.find((l) => l.id === id)?.months ?? Array.from({ length: 12 }, () => 0);
  const income = line('income_total');
  const expenditure = line('expenditure_total');
  const E = expenditure.reduce((s, x) => s + x, 0);
  const reserve = (b: number) => (E > 0 ? formatNumber((12 * b) / E, 1) : '—');
  const body = income.map((x, k) => [String(k + 1), formatNumber(x, 0), formatNumber(expenditure[k]!, 0), formatNumber(x - expenditure[k]!, 0), formatNumber(mb.monthEnd[k]!, 0), reserve(mb.monthEnd[k]!)]);
  const I = income.reduce((s, x) => s + x, 0);
  body.push([L('budget.monthly.year'), formatNumber(I, 0), formatNumber(E, 0), formatNumber(I - E, 0), formatNumber(mb.monthEnd[11]!, 0), reserve(mb.monthEnd[11]!)]);
  const head = ['budget.monthly.month', 'budget.monthly.income', 'budget.monthly.expenditure', 'budget.monthly.surplus', 'budget.monthly.balance', 'budget.monthly.reserve'].map((k) => L(k as never));
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))));
  const row = (cells: string[]) => cells.map((c, i) => padToWidth(c, widths[i]!, i > 0)).join('  ').trimEnd();
  const out = [L('budget.monthly.title', { name, year: mb.year }), row(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(row)];
  out.push(L('budget.monthly.lowest', { month: mb.lowest.month, balance: formatNumber(mb.lowest.balance, 0), months: mb.lowest.reserveMonths === null ? '—' : formatNumber(mb.lowest.reserveMonths, 1) }));
  for (const f of mb.findings) out.push(`  ! ${f.message[lang]}`);
  out.push(L('budget.monthly.profiles'));
  const seen = new Set<string>();
  for (const l of mb.lines) {
    const p = l.profile;
    if (!p || seen.has(p.line)) continue;
    seen.add(p.line);
    const d = p.defaultId ? DEFAULT_PROFILES[p.defaultId] : null;
    out.push(`  ${d ? L('budget.monthly.profileDefault', { line: p.line, id: d.id, labelEn: d.label.en, labelZh: d.label.zh }) : L('budget.monthly.profileHistory', { line: p.line, years: `${p.years[0]}–${p.years.at(-1)}` })}`);
  }
  return out.join('\n') + '\n';
}

/**
 * The budget years by month as one CSV table: one row per fund and line — fund, year, line id,
 * kind, zh and en names, the twelve months m01 … m12 and the year's draft (whole yuan; empty = the
 * line is empty), and the monthly line whose profile split it with its source (history or the
 * default's id).
 */
export function budgetByMonthCsv(budgets: readonly MonthlyBudget[]): string {
  const head = ['fund', 'year', 'line', 'kind', 'name_zh', 'name_en', ...Array.from({ length: 12 }, (_, k) => `m${String(k + 1).padStart(2, '0')}_yuan`), 'year_yuan', 'profile_line', 'profile_source'];
  const rows = budgets.flatMap((b) =>
    b.lines.map((l) => [b.fund, b.year, l.id, l.kind, l.zh, l.en, ...(l.months ?? Array.from({ length: 12 }, () => null)), l.draft, l.profile?.line ?? null, l.profile ? (l.profile.defaultId ?? 'history') : null]),
  );
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
