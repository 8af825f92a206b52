import type ExcelJS from 'exceljs';
import { message } from '../messages/message';
import type { Lang } from '../results/labels';

/** Rows above a budget sheet's table (title; scenario and unit; column heads): frozen and printed on every page. */
export const BUDGET_HEAD_ROWS = 3;

/** Whole yuan with thousands separators (negative with a minus sign). */
export const YUAN_FORMAT = '#,##0;-#,##0';

/** A table drawn with borders on a budget sheet: its rows (head included) and its number of columns from A. */
export interface BorderedTable {
  first: number;
  last: number;
  columns: number;
}

/**
 * The frame of every budget sheet (the budget table, by month, variance analysis): the title merged
 * over the table, the scenario (when given) and the unit (单位：元) on row 2, the column heads on row
 * 3 in bold (the title and unit span `width` columns when given, else the heads); after the rows
 * are written, `finish` draws thin borders over the table (or over each of `tables`), writes the
 * notes under it (each merged over the table, wrapped), freezes the head rows with 项目 and 行次,
 * and sets the print setup: A4 landscape, fitted to one page wide, head rows on every page, page
 * numbers in the footer.
 */
export function budgetSheetFrame(ws: ExcelJS.Worksheet, frame: { title: string; scenario?: string; heads: string[]; lang: Lang; width?: number }): { last: number; finish: (rows: number, notes: readonly string[], tables?: readonly BorderedTable[]) => void } {
  const last = frame.width ?? frame.heads.length;
  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = frame.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = frame.scenario ? message('budget.output.scenario', { scenario: frame.scenario }, frame.lang) : null;
  ws.getCell(2, last).value = message('budget.output.unit', {}, frame.lang);
  ws.getCell(2, last).alignment = { horizontal: 'right' };
  const head = ws.getRow(BUDGET_HEAD_ROWS);
  head.values = frame.heads;
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const finish = (rows: number, notes: readonly string[], tables: readonly BorderedTable[] = [{ first: BUDGET_HEAD_ROWS, last: BUDGET_HEAD_ROWS + rows, columns: last }]) => {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    for (const t of tables) for (let r = t.first; r <= t.last; r++) for (let c = 1; c <= t.columns; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    const first = BUDGET_HEAD_ROWS + rows + 2;
    notes.forEach((text, k) => {
      ws.mergeCells(first + k, 1, first + k, last);
      const cell = ws.getCell(first + k, 1);
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (notes.length) ws.getRow(first + notes.length - 1).height = 30;
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: BUDGET_HEAD_ROWS }];
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${BUDGET_HEAD_ROWS}`,
      printArea: `A1:${ws.getColumn(last).letter}${first + Math.max(notes.length, 1) - 1}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { oddFooter: frame.lang === 'zh' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' };
  };
  return { last, finish };
}

/** A line's 项目 and 行次 cells: the name indented by its level, the row number centred. */
export function lineNameCells(row: ExcelJS.Row, name: string, depth: number, no: number): void {
  row.getCell(1).value = name;
  row.getCell(1).alignment = { indent: depth };
  row.getCell(2).value = no;
  row.getCell(2).alignment = { horizontal: 'center' };
}
