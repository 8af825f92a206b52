import type ExcelJS from 'exceljs';
import type { FundAllocationResult } from '../budget/allocateFunds';
import { message } from '../messages/message';
import { formatNumber } from '../results/formatNumber';
import type { Lang } from '../results/labels';
import { PROVIDER_LEVELS } from '../scenario/allocationSchema';
import { BUDGET_HEAD_ROWS, budgetSheetFrame, type BorderedTable, YUAN_FORMAT } from './budgetSheetLayout';
import { sheetName } from './projectionWorkbook';

const YUAN = YUAN_FORMAT;
const SETTLEMENT_FIGURES = ['allocation', 'actual', 'saving', 'keptByProvider', 'overrun', 'borneByFund', 'paid', 'providerResult', 'fundResult'] as const;

/** Column letter of a 1-based index (1 → A; at most 26 columns). */
const letter = (i: number) => String.fromCharCode(64 + i);

/** A total cell: SUM of the column over rows first..last, stored with its value. */
const sum = (col: number, first: number, last: number, result: number): ExcelJS.CellValue => ({ formula: `SUM(${letter(col)}${first}:${letter(col)}${last})`, result });

/**
 * A fund's allocation and settlement as a sheet of the budget workbook (budget/allocateFunds): the
 * items (项目, 拆分依据, 占比, 预算额, 预留调剂金, 基金统一支付, 分配到机构, 机构间分配依据) with a total
 * row; the providers (name, level, per shared item the rule input and the yuan allocated, total);
 * and, when settled, the settlement per provider (预算指标, 实际支出, 结余, 结余留用, 超支, 基金分担,
 * 基金支付, 机构盈亏, 基金结余). Every total is a SUM formula stored with its value; a provider's
 * total is the SUM of its item cells. Under the tables: the sum check against the benefit line, the
 * reserve against the fund's share of overruns (or why there is no settlement) and what the rule
 * input is. Head rows frozen; A4 landscape, one page wide (budgetSheetFrame).
 */
export function allocationSheet(wb: ExcelJS.Workbook, r: FundAllocationResult, lang: Lang, scenario?: string): void {
  const { allocation: a, settlement, plan } = r;
  const M = (key: Parameters<typeof message>[0], p: Record<string, unknown> = {}) => message(key, p as never, lang);
  const itemName = (i: { zh: string; en: string }) => (lang === 'zh' ? i.zh : i.en);
  const shared = a.items.filter((i) => i.split !== 'fund_held');
  const settleHeads = M('budget.allocation.settlementHead').split('|');
  const width = Math.max(8, 3 + 2 * shared.length, settleHeads.length);
  const ws = wb.addWorksheet(sheetName(M('budget.allocation.sheet', { fund: a.fund })));
  ws.columns = Array.from({ length: width }, (_, k) => ({ width: k === 0 ? 30 : k === 7 ? 22 : 16 }));
  const { finish } = budgetSheetFrame(ws, { title: M('budget.allocation.title', { name: lang === 'zh' ? (a.nameZh ?? a.name) : a.name, year: a.year }), scenario, heads: M('budget.allocation.itemsHead').split('|'), lang, width });
  const tables: BorderedTable[] = [];
  const total = M('budget.allocation.total');
  const put = (row: number, cells: (ExcelJS.CellValue | null)[], formats: (string | null)[] = [], bold = false) => {
    const rw = ws.getRow(row);
    cells.forEach((v, k) => {
      const cell = rw.getCell(k + 1);
      cell.value = v;
      if (formats[k]) cell.numFmt = formats[k]!;
    });
    if (bold) rw.font = { bold: true };
  };

  // the items
  const first = BUDGET_HEAD_ROWS + 1;
  const itemFormats = [null, null, '0.00%', YUAN, YUAN, YUAN, YUAN, null];
  a.items.forEach((i, k) => put(first + k, [itemName(i), M('budget.allocation.basis', { basis: i.basis }), i.share, i.amount, i.reserve, i.held, i.toProviders, M('budget.allocation.split', { split: i.split, weighted: i.levelWeighted })], itemFormats));
  const itemsEnd = first + a.items.length - 1;
  const shareSum = a.items.reduce((t, i) => t + i.share, 0);
  put(itemsEnd + 1, [total, null, sum(3, first, itemsEnd, shareSum), sum(4, first, itemsEnd, a.benefits), sum(5, first, itemsEnd, a.totals.reserve), sum(6, first, itemsEnd, a.totals.held), sum(7, first, itemsEnd, a.totals.toProviders), null], itemFormats, true);
  tables.push({ first: BUDGET_HEAD_ROWS, last: itemsEnd + 1, columns: 8 });

  // the providers: per shared item the rule input and the allocation, then the total
  const [pName, pLevel, pTotal] = M('budget.allocation.providersHead').split('|');
  const pHead = itemsEnd + 3;
  put(pHead, [pName, pLevel, ...shared.flatMap((i) => [M('budget.allocation.ruleInput', { item: itemName(i) }), M('budget.allocation.itemAllocated', { item: itemName(i) })]), pTotal], [], true);
  ws.getRow(pHead).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const pFirst = pHead + 1;
  const pLast = pFirst + a.providers.length - 1;
  const totalCol = 3 + 2 * shared.length;
  const pFormats = [null, null, ...shared.flatMap(() => ['#,##0.##', YUAN]), YUAN];
  const inputs = shared.map((i) => plan.items.find((x) => x.id === i.id)!.providerWeights);
  a.providers.forEach((p, k) => {
    const row = pFirst + k;
    const itemCells = shared.map((_, j) => `${letter(4 + 2 * j)}${row}`);
    put(row, [lang === 'zh' ? (p.nameZh ?? p.name) : p.name, p.level === null ? null : (PROVIDER_LEVELS.find((x) => x.id === p.level)?.[lang] ?? p.level),
      ...shared.flatMap((i, j) => [inputs[j][k] ?? null, p.byItem[i.id] ?? 0]), { formula: `SUM(${itemCells.join(',')})`, result: p.total }], pFormats);
  });
  put(pLast + 1, [total, null, ...shared.flatMap((i, j) => [sum(3 + 2 * j, pFirst, pLast, inputs[j].reduce((t, w) => t + w, 0)), sum(4 + 2 * j, pFirst, pLast, i.toProviders)]), sum(totalCol, pFirst, pLast, a.totals.toProviders)], pFormats, true);
  tables.push({ first: pHead, last: pLast + 1, columns: totalCol });

  // the settlement
  const notes = [M('budget.allocation.check', { benefits: formatNumber(a.benefits, 0), reserve: formatNumber(a.totals.reserve, 0), held: formatNumber(a.totals.held, 0), toProviders: formatNumber(a.totals.toProviders, 0) })];
  let end = pLast + 1;
  if (settlement) {
    const whatIf = settlement.whatIf === null ? '' : `${settlement.whatIf >= 0 ? '+' : ''}${formatNumber(settlement.whatIf * 100, 1)}%`;
    put(end + 2, [M('budget.allocation.settlementTitle', { basis: settlement.basis, whatIf })], [], true);
    const sHead = end + 3;
    put(sHead, settleHeads, [], true);
    ws.getRow(sHead).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const sFormats = [null, ...SETTLEMENT_FIGURES.map(() => YUAN)];
    settlement.rows.forEach((row, k) => {
      const p = a.providers[k];
      put(sHead + 1 + k, [lang === 'zh' ? (p.nameZh ?? p.name) : p.name, ...SETTLEMENT_FIGURES.map((f) => row[f])], sFormats);
    });
    const sLast = sHead + settlement.rows.length;
    put(sLast + 1, [total, ...SETTLEMENT_FIGURES.map((f, j) => sum(2 + j, sHead + 1, sLast, settlement.totals[f]))], sFormats, true);
    tables.push({ first: sHead, last: sLast + 1, columns: settleHeads.length });
    end = sLast + 1;
    const short = settlement.totals.borneByFund - a.totals.reserve;
    notes.push(M('budget.allocation.reserveCover', { fund: formatNumber(settlement.totals.borneByFund, 0), reserve: formatNumber(a.totals.reserve, 0), short: short > 0 ? formatNumber(short, 0) : null }));
  } else notes.push(M('budget.allocation.noSettlement', { rule: plan.settlement !== null }));
  notes.push(M('budget.allocation.ruleInputNote'));
  finish(end - BUDGET_HEAD_ROWS, notes, tables);
}
