import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetWorkbook } from '../../src/excel/budgetWorkbook';
import { runProjection } from '../../src/cli/runProjection';
import { draftBudget } from '../../src/budget/draftBudget';
import { checkBudget } from '../../src/budget/checkBudget';
import { budgetPrinciples } from '../../src/budget/budgetPrinciples';
import { budgetVariance } from '../../src/budget/budgetVariance';
import { runCli } from '../helpers/runCli';
import { colHeaded, evaluate, formulaCells, readBook, rowNamed, sheetText, stored } from '../helpers/xlsxCells';
import { zipEntry } from '../helpers/zipEntry';

const root = join(__dirname, '..', '..');
// yuan per unit of `units.money`, by hand (not the library's table)
const YUAN = { yuan: 1, '10k yuan': 1e4, '100m yuan': 1e8 } as Record<string, number>;

const CASES = [
  { file: 'scenarios/china-national-2025.yaml', lang: 'zh' as const, year: undefined },
  { file: 'scenarios/examples/county-totals.yaml', lang: 'en' as const, year: 2026 },
  // a county resident fund whose history gives its 2024 budget table (executed and budgeted columns)
  { file: 'scenarios/examples/county-resident-budget.yaml', lang: 'zh' as const, year: undefined },
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
          // the executed column shows the history's executed figures (in yuan), empty cells where none are given
          const executed = colHeaded(ws, names.executed);
          budget.lines.forEach((l, i) => expect(stored(ws, 4 + i, executed), l.id).toBe(l.executed));
          if (c.file.includes('county-resident')) {
            // the executed subtotals add up there, so they are formulas too
            expect(budget.lines.filter((l) => l.executed !== null).length).toBeGreaterThan(10);
            expect(ws.getCell(rowNamed(ws, names.income), executed).formula).toBeTruthy();
            expect(stored(ws, rowNamed(ws, names.income), executed)).toBe(43700 * 1e4);
          }
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

  it('--variance adds a variance sheet per fund: changes are formulas of the two columns, volume + per-head = change to the yuan', async () => {
    const file = join(root, 'scenarios/examples/county-resident-budget.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-budget-'));
    try {
      const r = await runCli('budget', file, '--format', 'xlsx', '--variance', '--out', dir, '--lang', 'zh');
      expect(r.code, r.err).toBe(0);
      const result = runProjection(file);
      const year = result.scenario.baseYear + 1;
      const bytes = readFileSync(join(dir, `budget-${year}-zh.xlsx`));
      const wb = await readBook(bytes);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['resident 预算表', 'resident 差异分析']);
      const ws = wb.worksheets[1];
      const xml = zipEntry(bytes, 'xl/worksheets/sheet2.xml');
      const formulas = formulaCells(ws, xml);
      expect(formulas.length).toBeGreaterThan(20);
      for (const f of formulas) expect(f.result, `${f.address} =${f.formula}`).toBe(evaluate(ws, f.address));
      const variance = budgetVariance(draftBudget(result, 'resident', year));
      const change = colHeaded(ws, '执行数较预算数增减额');
      const draftChange = colHeaded(ws, '本年预算数较执行数增减额');
      let split = 0;
      variance.lines.forEach((l, i) => {
        const r = 4 + i;
        for (const [col, v] of [[change, l.executionVsBudget], [draftChange, l.draftVsExecution]] as const) {
          expect(stored(ws, r, col, xml) ?? null, `${l.line}`).toBe(v?.change ?? null);
          const volume = stored(ws, r, col + 1, xml);
          const perHead = stored(ws, r, col + 2, xml);
          if (volume === null) continue;
          split++;
          // the two effects add up to the stored change exactly
          expect(volume! + perHead!, l.line).toBe(stored(ws, r, col, xml));
        }
      });
      expect(split).toBeGreaterThan(5);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

// the monthly workbook is read here too: one exceljs load for both
describe('fundcast budget --monthly --format xlsx: the budget year by month, read back', () => {
  it('every month formula equals its stored value; months sum to the year; the year equals fundcast run; balances chain month to month', async () => {
    const file = join(root, 'scenarios/china-national-2025.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-budget-monthly-'));
    try {
      const r = await runCli('budget', file, '--monthly', '--format', 'xlsx', '--out', dir, '--lang', 'zh');
      expect(r.code, r.err).toBe(0);
      const result = runProjection(file);
      const year = result.scenario.baseYear + 1;
      const u = YUAN[result.unit.money];
      const bytes = readFileSync(join(dir, `budget-${year}-monthly-zh.xlsx`));
      const wb = await readBook(bytes);
      expect(wb.worksheets.length).toBe(result.funds.length);
      result.funds.forEach((fund, k) => {
        const ws = wb.worksheets[k];
        const xml = zipEntry(bytes, `xl/worksheets/sheet${k + 1}.xml`);
        const formulas = formulaCells(ws, xml);
        expect(formulas.length).toBeGreaterThan(12 * 6);
        for (const f of formulas) expect(f.result, `${ws.name}!${f.address} =${f.formula}`).toBe(evaluate(ws, f.address));
        const yearCol = colHeaded(ws, '全年');
        const jan = colHeaded(ws, '1月');
        const dec = colHeaded(ws, '12月');
        const row = fund.rows.find((x) => x.year === year)!;
        const income = rowNamed(ws, '本年收入合计');
        const spending = rowNamed(ws, '本年支出合计');
        const opening = rowNamed(ws, '上年结余');
        const closing = rowNamed(ws, '年末滚存结余');
        expect(stored(ws, income, yearCol)).toBe(Math.round(row.income * u));
        expect(stored(ws, spending, yearCol)).toBe(Math.round(row.expenditure * u));
        expect(stored(ws, opening, jan)).toBe(Math.round(row.openingBalance * u));
        // the twelve stored months of every line add up to its year exactly
        for (let r = 4; r <= closing; r++) {
          const y = stored(ws, r, yearCol, xml);
          if (y === null || r === opening || r === closing || r > closing) continue;
          let sum = 0;
          for (let c = jan; c <= dec; c++) sum += stored(ws, r, c, xml) ?? 0;
          expect(sum, `row ${r}`).toBe(y);
        }
        // each month opens with the balance the month before closed with; December closes the year
        for (let c = jan + 1; c <= dec; c++) expect(stored(ws, opening, c)).toBe(stored(ws, closing, c - 1));
        expect(stored(ws, closing, dec)).toBe(stored(ws, opening, jan)! + stored(ws, income, yearCol)! - stored(ws, spending, yearCol)!);
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:3' });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
