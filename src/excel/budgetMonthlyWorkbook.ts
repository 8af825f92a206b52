import type ExcelJS from 'exceljs';
import type { MonthlyBudget } from '../budget/budgetByMonth';
import { address, lineFormulas, type CellAddress } from '../budget/budgetFormulas';
import { message } from '../messages/message';
import { budgetLine } from '../money/budgetLines';
import { DEFAULT_PROFILES } from '../monthly/defaultProfiles';
import { formatNumber } from '../results/formatNumber';
import type { Lang } from '../results/labels';
import { BUDGET_HEAD_ROWS, budgetSheetFrame, lineNameCells, YUAN_FORMAT } from './budgetSheetLayout';
import { newWorkbook } from './newWorkbook';
import { sheetName } from './projectionWorkbook';

/** One fund's sheet of the monthly budget workbook: its budget year by month and the fund's name. */
export interface MonthlyBudgetSheetInput {
  monthly: MonthlyBudget;
  name: string;
}

const HEAD_ROWS = BUDGET_HEAD_ROWS;
/** Columns: 项目, 行次, months 1–12 (C … N), 全年 (O), the profile a line was split by (P). */
const MONTH_COLUMN = (k: number) => String.fromCharCode(67 + k);
const YEAR_COLUMN = 'O';
const YUAN = YUAN_FORMAT;

/** The sentence saying which profile split a line (history years or a documented default). */
function profileText(p: NonNullable<MonthlyBudget['lines'][number]['profile']>, lang: Lang): string {
  const d = p.defaultId ? DEFAULT_PROFILES[p.defaultId] : null;
  return d ? message('budget.monthly.profileDefault', { line: p.line, id: d.id, labelEn: d.label.en, labelZh: d.label.zh }, lang)
    : message('budget.monthly.profileHistory', { line: p.line, years: `${p.years[0]}–${p.years.at(-1)}` }, lang);
}

function monthlySheet(wb: ExcelJS.Workbook, input: MonthlyBudgetSheetInput, scenario: string | undefined, lang: Lang): void {
  const mb = input.monthly;
  const ws = wb.addWorksheet(sheetName(message('budget.output.monthlySheet', { fund: mb.fund }, lang)));
  ws.columns = [{ width: 40 }, { width: 6 }, ...Array.from({ length: 13 }, () => ({ width: 15 })), { width: 40 }];
  const { last, finish } = budgetSheetFrame(ws, {
    title: message('budget.monthly.title', { name: input.name, year: mb.year }, lang),
    scenario,
    heads: [message('budget.output.column.item', {}, lang), message('budget.output.column.no', {}, lang),
      ...Array.from({ length: 12 }, (_, k) => message('budget.output.column.month', { month: k + 1 }, lang)), message('budget.monthly.year', {}, lang), message('budget.output.column.profile', {}, lang)],
    lang,
  });

  // the lines with their layout (parent, rule) for the formulas
  const lines = mb.lines.map((l) => ({ ...l, parent: budgetLine(l.id)?.parent ?? null, rule: budgetLine(l.id)?.rule ?? 'input' }));
  const rowOf = new Map(lines.map((l, k) => [l.id, HEAD_ROWS + 1 + k]));
  const at = (col: string) => (id: string): CellAddress => ({ col, row: rowOf.get(id)! });
  const monthsOf = (id: string) => lines.find((l) => l.id === id)?.months ?? null;
  // a sum line's own months: its months less its parts' months (an item kept whole on it)
  const ownMonth = (l: (typeof lines)[number], k: number) =>
    l.rule !== 'sum' || !l.months ? 0 : l.months[k]! - lines.filter((c) => c.parent === l.id && c.rule !== 'ofWhich').reduce((s, c) => s + (c.months?.[k] ?? 0), 0);
  const monthFormulas = Array.from({ length: 12 }, (_, k) => {
    const f = lineFormulas(lines, (l) => l.months?.[k] ?? null, (l) => ownMonth(l, k), at(MONTH_COLUMN(k)));
    // 上年结余 of a month is the balance at the end of the month before: B_{k−1}
    const opening = monthsOf('opening_balance');
    const closing = monthsOf('closing_balance');
    if (k > 0 && opening && closing && opening[k] === closing[k - 1]) f.set('opening_balance', address(at(MONTH_COLUMN(k - 1))('closing_balance')));
    else f.delete('opening_balance');
    return f;
  });
  // the year: flows are the sum of their months; 上年结余 the first month's, 年末滚存结余 the last month's
  const yearFormula = (l: (typeof lines)[number]): string | null => {
    if (l.months === null || l.draft === null) return null;
    const r = rowOf.get(l.id)!;
    if (l.id === 'opening_balance') return l.months[0] === l.draft ? `C${r}` : null;
    if (l.id === 'closing_balance') return l.months[11] === l.draft ? `N${r}` : null;
    if (l.id === 'total_sources' || l.id === 'total_uses') return null;
    return l.months.reduce((s, x) => s + x, 0) === l.draft ? `SUM(C${r}:N${r})` : null;
  };
  // 总计 of the year: 上年结余 + 收入合计, 支出合计 + 年末滚存结余, over the 全年 column
  const yearTotals = lineFormulas(lines, (l) => l.draft, () => 0, at(YEAR_COLUMN));
  lines.forEach((l, i) => {
    const row = ws.getRow(HEAD_ROWS + 1 + i);
    lineNameCells(row, `${l.rule === 'ofWhich' ? (lang === 'zh' ? '其中：' : 'of which: ') : ''}${lang === 'zh' ? l.zh : l.en}`, l.depth, i + 1);
    for (let k = 0; k < 12; k++) {
      const cell = row.getCell(3 + k);
      const v = l.months?.[k] ?? null;
      const f = monthFormulas[k]!.get(l.id);
      cell.value = v === null ? null : f ? { formula: f, result: v } : v;
      cell.numFmt = YUAN;
    }
    const year = row.getCell(15);
    const f = yearFormula(l) ?? ((l.id === 'total_sources' || l.id === 'total_uses') ? yearTotals.get(l.id) ?? null : null);
    year.value = l.draft === null ? null : f ? { formula: f, result: l.draft } : l.draft;
    year.numFmt = YUAN;
    row.getCell(last).value = l.profile ? profileText(l.profile, lang) : null;
    if (budgetLine(l.id)?.total || l.kind === 'total') row.font = { bold: true };
  });

  const notes = [
    message('budget.monthly.lowest', { month: mb.lowest.month, balance: formatNumber(mb.lowest.balance, 0), months: mb.lowest.reserveMonths === null ? '—' : formatNumber(mb.lowest.reserveMonths, 1) }, lang),
    ...mb.findings.map((f) => f.message[lang]),
    message('budget.output.monthlyRule', {}, lang),
  ];
  finish(lines.length, notes);
}

/**
 * The budget year by month as a workbook (`fundcast budget --monthly --format xlsx`): one sheet per
 * fund in the line layout of the budget table — 项目, 行次, the twelve months, 全年 and the seasonal
 * profile each line was split by (budgetByMonth). Every month's subtotals, totals and balance rows
 * are formulas stored with their values (lineFormulas), 上年结余 of a month is the end balance of the
 * month before, 全年 is the SUM of the months (上年结余 the first month's, 年末滚存结余 the last's);
 * under the table the lowest month-end balance and any month short of money. Head rows frozen;
 * A4 landscape, one page wide. Returns the .xlsx bytes.
 */
export async function budgetMonthlyWorkbook(sheets: readonly MonthlyBudgetSheetInput[], options: { lang?: Lang; scenario?: string } = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'zh';
  const wb = await newWorkbook();
  for (const s of sheets) monthlySheet(wb, s, options.scenario, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
