import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../src/excel/loadExcel';
import { budgetWorkbook } from '../../src/excel/budgetWorkbook';
import { runProjection } from '../../src/cli/runProjection';
import { draftBudget } from '../../src/budget/draftBudget';
import { checkBudget } from '../../src/budget/checkBudget';
import { budgetPrinciples } from '../../src/budget/budgetPrinciples';
import { runCli } from '../helpers/runCli';
import { zipEntry } from '../helpers/zipEntry';

const root = join(__dirname, '..', '..');
// yuan per unit of `units.money`, by hand (not the library's table)
const YUAN = { yuan: 1, '10k yuan': 1e4, '100m yuan': 1e8 } as Record<string, number>;

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * An evaluator of the formulas the budget workbook may hold, independent of the writer: a formula
 * is terms joined by + and −; a term is a number, a cell (A1) or SUM(args) with args cells or
 * ranges (A1:A9). A referenced cell with a formula is evaluated (recursively, never its stored
 * value); an empty cell counts 0 (as in Excel). Anything else is an error (the test fails).
 */
function evaluate(ws: ExcelJS.Worksheet, address: string, seen: Set<string> = new Set()): number {
  if (seen.has(address)) throw new Error(`circular reference at ${address}`);
  const v = ws.getCell(address).value as unknown;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'formula' in v) return evalFormula(ws, (v as { formula: string }).formula, new Set([...seen, address]));
  throw new Error(`${address} holds ${JSON.stringify(v)}, not a number`);
}
function evalFormula(ws: ExcelJS.Worksheet, formula: string, seen: Set<string>): number {
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
        const [ca, ra] = [a.replace(/\d+/, ''), Number(a.replace(/[A-Z]+/, ''))];
        const [cb, rb] = [b.replace(/\d+/, ''), Number(b.replace(/[A-Z]+/, ''))];
        if (ca !== cb) throw new Error(`range over columns ${arg}`);
        for (let r = ra; r <= rb; r++) x += evaluate(ws, `${ca}${r}`, seen);
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
function formulaCells(ws: ExcelJS.Worksheet, sheetXml: string): { address: string; formula: string; result: unknown }[] {
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
const rowNamed = (ws: ExcelJS.Worksheet, name: string) => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return r;
  throw new Error(`no row ${name}`);
};
const colHeaded = (ws: ExcelJS.Worksheet, head: string) => {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(3, c).value === head) return c;
  throw new Error(`no column ${head}`);
};
const stored = (ws: ExcelJS.Worksheet, r: number, c: number): number | null => {
  const v = ws.getCell(r, c).value as unknown;
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? v : ((v as { result: number }).result);
};
const sheetText = (ws: ExcelJS.Worksheet) => {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && parts.push(c.value))));
  return parts.join('\n');
};

const CASES = [
  { file: 'scenarios/china-national-2025.yaml', lang: 'zh' as const, year: undefined },
  { file: 'scenarios/examples/county-totals.yaml', lang: 'en' as const, year: 2026 },
];

describe('fundcast budget --format xlsx: the workbook read back', () => {
  for (const c of CASES) {
    it(`${c.file} (${c.lang}): formulas equal their stored values, totals equal fundcast run to the yuan, frozen head, A4 landscape print setup`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fundcast-budget-'));
      try {
        const args = ['budget', join(root, c.file), '--format', 'xlsx', '--out', dir, '--lang', c.lang, ...(c.year ? ['--year', String(c.year)] : [])];
        const r = await runCli(...args);
        expect(r.code, r.err).toBe(0);
        // what `fundcast run` prints as JSON is this result (the run command serialises it)
        const result = runProjection(join(root, c.file));
        const year = c.year ?? result.scenario.baseYear + 1;
        const u = YUAN[result.unit.money];
        const bytes = readFileSync(join(dir, `budget-${year}-${c.lang}.xlsx`));
        const wb = await readBook(bytes);
        expect(wb.worksheets.length).toBe(result.funds.length);
        result.funds.forEach((fund, k) => {
          const budget = draftBudget(result, fund.id, year);
          const principles = budgetPrinciples(budget, result.bands, { basis: result.reserveMonthsBasis });
          const ws = wb.worksheets[k];
          // every formula's stored value is what the formula gives over the cells
          const formulas = formulaCells(ws, zipEntry(bytes, `xl/worksheets/sheet${k + 1}.xml`));
          // at least the totals, the surplus, the closing balance and the two grand totals
          expect(formulas.length, ws.name).toBeGreaterThanOrEqual(7);
          for (const f of formulas) expect(f.result, `${ws.name}!${f.address} =${f.formula}`).toBe(evaluate(ws, f.address));
          // the totals are fundcast run's figures of the year, converted to yuan and rounded once
          const names = c.lang === 'zh'
            ? { income: '本年收入合计', expenditure: '本年支出合计', opening: '上年结余', closing: '年末滚存结余', draft: `${year}年预算数`, unit: '单位：元', executed: `${year - 1}年执行数` }
            : { income: 'Income of the year, total', expenditure: 'Expenditure of the year, total', opening: 'Balance brought forward', closing: 'Balance carried forward at year end', draft: `Draft budget ${year}`, unit: 'Unit: yuan', executed: `Executed ${year - 1}` };
          const draft = colHeaded(ws, names.draft);
          const row = fund.rows.find((x) => x.year === year)!;
          expect(stored(ws, rowNamed(ws, names.income), draft)).toBe(Math.round(row.income * u));
          expect(stored(ws, rowNamed(ws, names.expenditure), draft)).toBe(Math.round(row.expenditure * u));
          expect(stored(ws, rowNamed(ws, names.opening), draft)).toBe(Math.round(row.openingBalance * u));
          // the closing balance chains from the three rounded figures: within 1 yuan of the rounded run balance (documented)
          expect(Math.abs(stored(ws, rowNamed(ws, names.closing), draft)! - Math.round(row.balance * u))).toBeLessThanOrEqual(1);
          expect(ws.getCell(rowNamed(ws, names.income), draft).formula, 'income total is a formula').toBeTruthy();
          // no executed figures given: the executed column is there and empty
          const executed = colHeaded(ws, names.executed);
          for (let r = 4; r <= 3 + budget.lines.length; r++) expect(ws.getCell(r, executed).value).toBeNull();
          // unit stated, sources stated, principle findings on the sheet (the same sentences as the JSON)
          const text = sheetText(ws);
          expect(text).toContain(names.unit);
          expect(text).toContain(c.lang === 'zh' ? '测算项目' : 'engine item');
          for (const p of principles) expect(text).toContain(p[c.lang]);
          if (principles.length === 0) expect(text).toContain(c.lang === 'zh' ? '符合' : 'met.');
          // head rows frozen with the line names; A4 landscape, one page wide, head printed on every page
          expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
          expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('executed figures: shown beside the draft; a subtotal that adds up is a formula, one that does not keeps the figure as given', async () => {
    const result = runProjection(join(root, 'scenarios/china-national-2025.yaml'));
    const year = result.scenario.baseYear + 1;
    // executed (亿元): inpatient 60 + outpatient 40 = benefits 100 adds up; the contributions subtotal 95 ≠ 50 + 40 does not
    const b = draftBudget(result, 'resident', year, { executed: { inpatient: 60, outpatient: 40, benefits: 100, contributions: 95, individual_contributions: 50, fiscal_subsidy_income: 40 } });
    const bytes = await budgetWorkbook([{ budget: b, checks: checkBudget(b), principles: [] }], { lang: 'zh' });
    const wb = await readBook(bytes);
    const ws = wb.worksheets[0];
    const ex = colHeaded(ws, `${year - 1}年执行数`);
    expect(ws.getCell(rowNamed(ws, '基本医疗保险待遇支出'), ex).value).toMatchObject({ result: 100e8 });
    expect(evaluate(ws, ws.getCell(rowNamed(ws, '基本医疗保险待遇支出'), ex).address)).toBe(100e8);
    expect(ws.getCell(rowNamed(ws, '基本医疗保险费收入'), ex).value).toBe(95e8);
    for (const f of formulaCells(ws, zipEntry(bytes, 'xl/worksheets/sheet1.xml'))) expect(f.result, f.address).toBe(evaluate(ws, f.address));
    // the draft's benefits are split by the executed shares 60:40, and the source column says so
    const draft = colHeaded(ws, `${year}年预算数`);
    const inpatient = stored(ws, rowNamed(ws, '住院费用支出'), draft)!;
    const outpatient = stored(ws, rowNamed(ws, '门诊费用支出'), draft)!;
    expect(Math.abs(inpatient / (inpatient + outpatient) - 0.6)).toBeLessThan(1e-9);
    expect(ws.getCell(rowNamed(ws, '住院费用支出'), colHeaded(ws, '预算数来源')).value).toBe('按上年执行结构：待遇支出');
    // the finding for the subtotal that does not add up is on the sheet
    expect(sheetText(ws)).toContain('基本医疗保险费收入 为 9500000000 元，但其组成项');
  });

  it('--out writes the other formats as files too: the csv file is what the command prints', async () => {
    const county = join(root, 'scenarios/examples/county-totals.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-budget-'));
    try {
      const printed = await runCli('budget', county, '--format', 'csv');
      const written = await runCli('budget', county, '--format', 'csv', '--out', dir);
      expect(written.code, written.err).toBe(0);
      expect(written.out).toBe('');
      expect(readFileSync(join(dir, 'budget-2025-en.csv'), 'utf8')).toBe(printed.out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format xlsx without --out is a bilingual error (exit 1) and writes nothing', async () => {
    const r = await runCli('budget', join(root, 'scenarios/examples/county-totals.yaml'), '--format', 'xlsx');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--out');
    expect(r.err).toMatch(/[\u4e00-\u9fff]/);
  });
});
