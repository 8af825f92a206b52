import type ExcelJS from 'exceljs';

/** A sheet's header row in bold and frozen (with the first column too when `firstColumn`), as every fundcast table sheet has it. */
export function freezeHeader(ws: ExcelJS.Worksheet, options: { firstColumn?: boolean; wrap?: boolean } = {}): void {
  ws.getRow(1).font = { bold: true };
  if (options.wrap) ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: 1, ...(options.firstColumn ? { xSplit: 1 } : {}) }];
}
