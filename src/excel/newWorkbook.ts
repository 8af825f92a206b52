import type ExcelJS from 'exceljs';
import { loadExcel } from './loadExcel';

/**
 * An empty workbook as fundcast writes them: creator "fundcast" and fixed document dates, so the
 * workbook's metadata carries no run time (exceljs loaded on first use).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fundcast';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}
