import type ExcelJS from 'exceljs';
import { loadExcel } from '../../src/excel/loadExcel';

/** Reading fundcast workbooks back in tests: the workbook, its formula cells, and an evaluator of their formulas of its own. */
export async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * An evaluator of the formulas the budget workbook may hold, independent of the writer: a formula
 * is terms joined by + and −; a term is a number, a cell (A1) or SUM(args) with args cells or
 * ranges (A1:A9, C4:N4). A referenced cell with a formula is evaluated (recursively, never its stored
 * value); an empty cell counts 0 (as in Excel). Anything else is an error (the test fails).
 */
export function evaluate(ws: ExcelJS.Worksheet, address: string, seen: Set<string> = new Set()): number {
  if (seen.has(address)) throw new Error(`circular reference at ${address}`);
  const known = evaluated.get(ws)?.get(address);
  if (known !== undefined) return known;
  const v = ws.getCell(address).value as unknown;
  let x: number;
  if (v === null || v === undefined) x = 0;
  else if (typeof v === 'number') x = v;
  else if (typeof v === 'object' && v !== null && 'formula' in v) x = evalFormula(ws, (v as { formula: string }).formula, new Set([...seen, address]));
  else throw new Error(`${address} holds ${JSON.stringify(v)}, not a number`);
  if (!evaluated.has(ws)) evaluated.set(ws, new Map());
  evaluated.get(ws)!.set(address, x);
  return x;
}
/** Values computed by `evaluate`, per sheet (a cell is evaluated once). */
const evaluated = new WeakMap<ExcelJS.Worksheet, Map<string, number>>();
/** 1-based index of column letters (A → 1, AA → 27). */
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function evalFormula(ws: ExcelJS.Worksheet, formula: string, seen: Set<string>): number {
  const terms = formula.match(/[+-]?(SUM\([^)]*\)|[A-Z]+\d+|\d+)/g) ?? [];
  if (terms.join('') !== formula) throw new Error(`unsupported formula ${formula}`);
  return terms.reduce((sum, t) => {
    const sign = t.startsWith('-') ? -1 : 1;
    const body = t.replace(/^[+-]/, '');
    let x: number;
    if (/^\d+$/.test(body)) x = Number(body);
    else if (/^[A-Z]+\d+$/.test(body)) x = evaluate(ws, body, seen);
    else {
      x = 0;
      for (const arg of body.slice(4, -1).split(',')) {
        const [a, b = a] = arg.split(':');
        const [ca, ra] = [colIndex(a.replace(/\d+/, '')), Number(a.replace(/[A-Z]+/, ''))];
        const [cb, rb] = [colIndex(b.replace(/\d+/, '')), Number(b.replace(/[A-Z]+/, ''))];
        for (let r = ra; r <= rb; r++) for (let c = ca; c <= cb; c++) x += evaluate(ws, ws.getCell(r, c).address, seen);
      }
    }
    return sum + sign * x;
  }, 0);
}

/**
 * Every formula cell of a sheet: address, formula, stored result. exceljs reads a stored result of 0
 * back as undefined (its reader drops a falsy <v>); for those the value stored in the sheet's XML
 * (`sheetXml`, read with the test's own zip reader) is taken, so a missing <v> still fails.
 */
export function formulaCells(ws: ExcelJS.Worksheet, sheetXml: string): { address: string; formula: string; result: unknown }[] {
  const out: { address: string; formula: string; result: unknown }[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as { formula?: string; result?: unknown } | null;
    if (typeof v !== 'object' || v === null || !('formula' in v)) return;
    let result = v.result;
    if (result === undefined) {
      const m = new RegExp(`<c r="${cell.address}"[^>]*><f>[^<]*</f><v>([^<]*)</v>`).exec(sheetXml);
      result = m ? Number(m[1]) : undefined;
    }
    out.push({ address: cell.address, formula: v.formula!, result });
  }));
  return out;
}

/** The row of a sheet whose first cell is `name`, and the column whose head (row 3) is `head`. */
export const rowNamed = (ws: ExcelJS.Worksheet, name: string) => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return r;
  throw new Error(`no row ${name}`);
};
export const colHeaded = (ws: ExcelJS.Worksheet, head: string) => {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(3, c).value === head) return c;
  throw new Error(`no column ${head}`);
};
/**
 * The number stored in a cell (a formula's stored result), null for an empty cell. exceljs reads a
 * stored formula result of 0 back as undefined; with `sheetXml` (the sheet's XML, read with the
 * test's own zip reader) the <v> written in the file is taken instead, so a missing <v> still fails.
 */
export const stored = (ws: ExcelJS.Worksheet, r: number, c: number, sheetXml?: string): number | null | undefined => {
  const v = ws.getCell(r, c).value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const result = (v as { result?: number }).result;
  if (result !== undefined || sheetXml === undefined) return result;
  const m = new RegExp(`<c r="${ws.getCell(r, c).address}"[^>]*><f>[^<]*</f><v>([^<]*)</v>`).exec(sheetXml);
  return m ? Number(m[1]) : undefined;
};
export const sheetText = (ws: ExcelJS.Worksheet) => {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && parts.push(c.value))));
  return parts.join('\n');
};
