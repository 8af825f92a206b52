import type ExcelJS from 'exceljs';

/**
 * Loads exceljs on first use (a 20 MB library that only the Excel commands need, so `fundcast run`
 * and `import 'fundcast'` never pay for it).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return mod.default ?? mod;
}
