import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import ExcelJS from 'exceljs';
import { inputWorkbook } from '../../src/excel/inputWorkbook';
import { BUDGET_LINES } from '../../src/money/budgetLines';
import { readInputWorkbook } from '../../src/excel/readInputWorkbook';
import { loadScenario, resolveAssumptions, ScenarioError } from '../../src/index';
import { runProjection } from '../../src/cli/runProjection';
import { draftBudget } from '../../src/budget/draftBudget';

// A history year's budget table by line (`budget_lines`): executed (执行数) and budgeted (预算数)
// columns, inline or in a CSV file (docs/budget.md), and its located checks.
const root = join(__dirname, '..', '..');
const dir = join(__dirname, '..', 'fixtures', 'budget-lines');
const example = join(root, 'scenarios', 'examples', 'county-resident-budget.yaml');
const y = ['funds', 'res', 'history', 'years', '2024', 'budget_lines'];

describe('budget_lines: the same year inline, in a wide CSV and in a long CSV', () => {
  const inline = resolveAssumptions(loadScenario(example)).funds[0].history.at(-1)!;
  for (const form of ['wide', 'long']) {
    it(`${form} CSV: the same figures and the same draft, to the yuan`, () => {
      const file = join(dir, `county-${form}.yaml`);
      const read = resolveAssumptions(loadScenario(file));
      expect(read.warnings).toEqual([]);
      expect(read.funds[0].history.at(-1)!.budgetLines).toEqual(inline.budgetLines);
      const a = draftBudget(runProjection(example), 'resident', 2025);
      const b = draftBudget(runProjection(file), 'resident', 2025);
      expect(b.lines.map((l) => [l.id, l.executed, l.budgetedLastYear, l.draft, l.source])).toEqual(a.lines.map((l) => [l.id, l.executed, l.budgetedLastYear, l.draft, l.source]));
    });
  }
  it('the shipped example raises no warning: its columns add up and agree with the year’s totals', () => {
    expect(resolveAssumptions(loadScenario(example)).warnings).toEqual([]);
  });
});

describe('budget_lines in the input workbook (fundcast template → fundcast import)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'fundcast-budget-lines-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('the history sheet carries the executed and budgeted columns by line, and imports back to the same figures', async () => {
    const loaded = loadScenario(example);
    const content = await readInputWorkbook(await inputWorkbook(loaded), 'book.xlsx');
    expect(content.issues).toEqual([]);
    expect(content.historyCsv!.split('\n')[0]).toContain('executed.inpatient');
    writeFileSync(join(tmp, 'history.csv'), content.historyCsv!);
    const doc = parse(readFileSync(example, 'utf8'));
    doc.funds.resident.history = { file: 'history.csv' };
    writeFileSync(join(tmp, 'from-book.yaml'), stringify(doc));
    const imported = resolveAssumptions(loadScenario(join(tmp, 'from-book.yaml')));
    expect(imported.funds[0].history.map((h) => h.budgetLines)).toEqual(resolveAssumptions(loaded).funds[0].history.map((h) => h.budgetLines));
  });
  it('the budget_lines sheet is the official table: the scheme\'s lines in order, 行次 and names, the executed and budgeted columns prefilled', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await inputWorkbook(loadScenario(example))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('budget_lines')!;
    const rows = ws.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    const resident = BUDGET_LINES.filter((l) => l.schemes.includes('resident'));
    expect(rows.map((r) => r[2])).toEqual(resident.map((l) => l.id));
    const inpatient = rows.find((r) => r[2] === 'inpatient')!;
    expect(inpatient).toEqual(['resident', 2024, 'inpatient', resident.findIndex((l) => l.id === 'inpatient') + 1, '住院费用支出', 'Inpatient care', 27900, 27000]);
    // collective support is not used by this county: both columns empty, not 0
    expect(rows.find((r) => r[2] === 'collective_support')!.slice(6)).toEqual([]);
  });
  it('a figure typed into the budget_lines sheet reaches the draft; a bad cell or a clash with the history sheet is a located error', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await inputWorkbook(loadScenario(example))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('budget_lines')!;
    const rowOf = (id: string) => ws.getSheetValues().findIndex((r) => Array.isArray(r) && r[3] === id);
    ws.getRow(rowOf('collective_support')).getCell(7).value = 15; // 集体扶持收入 executed, 万元
    let content = await readInputWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'book.xlsx');
    expect(content.issues).toEqual([]);
    writeFileSync(join(tmp, 'history.csv'), content.historyCsv!);
    const doc = parse(readFileSync(example, 'utf8'));
    doc.funds.resident.history = { file: 'history.csv' };
    writeFileSync(join(tmp, 'typed.yaml'), stringify(doc));
    expect(resolveAssumptions(loadScenario(join(tmp, 'typed.yaml'))).funds[0].history.at(-1)!.budgetLines!.executed.collective_support).toBe(15);
    const r = rowOf('inpatient');
    ws.getRow(r).getCell(8).value = 'n/a';
    content = await readInputWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'book.xlsx');
    expect(content.issues).toHaveLength(1);
    expect(content.issues[0]).toMatchObject({ file: 'book.xlsx!budget_lines', line: r, column: 8, found: 'n/a' });
    expect(content.issues[0].message.en).toMatch(/budgeted of inpatient is not a number/);
    expect(content.issues[0].message.zh).toMatch(/inpatient 的预算数不是数字/);
    ws.getRow(r).getCell(8).value = 27000;
    ws.getRow(r).getCell(3).value = 'inpatinet';
    content = await readInputWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'book.xlsx');
    expect(content.issues[0]).toMatchObject({ line: r, column: 3, found: 'inpatinet' });
    expect(content.issues[0].message.zh).toMatch(/不是预算表行次编号/);
    ws.getRow(r).getCell(3).value = 'inpatient';
    const hs = wb.getWorksheet('history')!;
    const head = (hs.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    hs.getRow(1).getCell(head.length + 1).value = 'executed.inpatient';
    hs.getRow(3).getCell(head.length + 1).value = 28000;
    content = await readInputWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'book.xlsx');
    expect(content.issues[0]).toMatchObject({ file: 'book.xlsx!budget_lines', line: r, column: 7 });
    expect(content.issues[0].message.en).toMatch(/executed\.inpatient of resident 2024 is 27900 here but 28000 on the history sheet/);
  });
});

// One broken fixture per key of `budget_lines` (and its CSV forms): the first issue's code, path, file, line, column and both sentences.
const cases: { fixture: string; file?: string; code: string; path: (string | number)[]; line: number; column?: number; en: RegExp; zh: RegExp }[] = [
  { fixture: 'executed-unknown-line.yaml', code: 'unknown_key', path: [...y, 'executed', 'inpatinet'], line: 20, en: /unknown key 'inpatinet' — did you mean 'inpatient'\?/, zh: /未知的键 'inpatinet'——是否应为 'inpatient'/ },
  { fixture: 'budgeted-text.yaml', code: 'invalid_type', path: [...y, 'budgeted', 'inpatient'], line: 20, en: /expected a number, found the text "many"/, zh: /应为数字，实际为文本 "many"/ },
  { fixture: 'line-scheme.yaml', code: 'history_line_scheme', path: [...y, 'executed', 'employer_contributions'], line: 20, en: /'employer_contributions' \(Employer contributions\) is not a line of a resident fund's budget table/, zh: /单位缴费收入）不是城乡居民医保基金收支预算表的行次/ },
  { fixture: 'block-unknown-key.yaml', code: 'unknown_key', path: [...y, 'execute'], line: 20, en: /did you mean 'executed'\?/, zh: /是否应为 'executed'/ },
  { fixture: 'budgeted-members-negative.yaml', code: 'too_small', path: [...y, 'budgeted_members', 'insured'], line: 20, en: /≥ 0, found the number -5/, zh: /不小于 0/ },
  { fixture: 'budgeted-members-status.yaml', code: 'unknown_key', path: [...y, 'budgeted_members', 'pensioners'], line: 20, en: /allowed here: actives, retirees, insured/, zh: /此处允许：actives、retirees、insured/ },
  { fixture: 'executed-cases-line.yaml', code: 'unknown_key', path: [...y, 'executed_cases', 'pharmacy'], line: 20, en: /allowed here: inpatient, general_outpatient, chronic_outpatient/, zh: /未知的键 'pharmacy'/ },
  { fixture: 'budgeted-cases-text.yaml', code: 'invalid_type', path: [...y, 'budgeted_cases', 'inpatient'], line: 20, en: /found the text "lots"/, zh: /实际为文本 "lots"/ },
  { fixture: 'wide-unknown-line.yaml', file: 'wide-unknown-line.csv', code: 'unknown_key', path: [...y, 'executed', 'outpatent'], line: 2, column: 7, en: /did you mean 'outpatient'\?/, zh: /是否应为 'outpatient'/ },
  { fixture: 'long-text.yaml', file: 'long-text.csv', code: 'invalid_type', path: ['funds', 'res', 'history', 'file'], line: 5, column: 3, en: /budget_lines\.budgeted\.inpatient of 2024 is not a number: '6OO'/, zh: /不是数字：'6OO'/ },
  { fixture: 'long-scheme.yaml', file: 'long-scheme.csv', code: 'history_line_scheme', path: [...y, 'executed', 'maternity'], line: 5, column: 3, en: /'maternity' \(Maternity benefits\) is not a line of a resident fund's budget table/, zh: /生育待遇支出）不是城乡居民医保基金收支预算表的行次/ },
];

describe('broken budget_lines fixtures: a located error in English and Chinese for every key', () => {
  for (const c of cases) {
    it(c.fixture, () => {
      let error: unknown;
      try {
        resolveAssumptions(loadScenario(join(dir, 'invalid', c.fixture)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const issue = (error as ScenarioError).issues[0]!;
      expect(issue.file.endsWith(c.file ?? c.fixture)).toBe(true);
      expect([issue.code, issue.path, issue.line]).toEqual([c.code, c.path, c.line]);
      if (c.column !== undefined) expect(issue.column).toBe(c.column);
      expect(issue.message.en).toMatch(c.en);
      expect(issue.message.zh).toMatch(c.zh);
    });
  }
});

describe('budget_lines checks: located warnings naming both figures (test/fixtures/budget-lines/warnings.yaml)', () => {
  const warnings = resolveAssumptions(loadScenario(join(dir, 'warnings.yaml'))).warnings;
  const find = (code: string, line: string) => warnings.find((w) => w.code === code && w.path.at(-1) === line)!;
  it('each broken rule once, and nothing else', () => {
    expect(warnings.map((w) => `${w.code} ${w.path.slice(-2).join('.')}`)).toEqual([
      'history_budget_of_which executed.treasury_paid_premiums',
      'history_budget_parts_sum executed.income_subtotal',
      'history_budget_parts_sum executed.income_total',
      'history_budget_parts_sum executed.expenditure_total',
      'history_budget_identity executed.closing_balance',
      'history_budget_identity budgeted.surplus',
      'history_budget_totals executed.expenditure_total',
      'history_budget_totals executed.opening_balance',
    ]);
  });
  it('parts: 个人缴费收入 300 (its parent 基本医疗保险费收入 left empty counts as 300) + 财政补贴收入 700 = 1,000 ≠ 1,010', () => {
    const w = find('history_budget_parts_sum', 'income_subtotal');
    expect([w.line, w.figures.income_subtotal, w.figures.contributions, w.figures.fiscal_subsidy_income, w.figures.expected, w.difference]).toEqual([27, 1010, 300, 700, 1000, 10]);
    expect(w.message.en).toMatch(/Income of the year, subtotal is 1010 but its parts \(Basic medical insurance contributions \+ Fiscal subsidies\) sum to 1000 \(difference 10\)/);
    expect(w.message.zh).toMatch(/本年收入小计 为 1010，但其组成项（基本医疗保险费收入＋财政补贴收入）合计为 1000（差额 10）/);
  });
  it('其中 above its parent: 320 > 300, by 20', () => {
    const w = find('history_budget_of_which', 'treasury_paid_premiums');
    expect([w.line, w.difference]).toEqual([24, 20]);
    expect(w.message.zh).toMatch(/其中项 财政为困难人员代缴收入（320）大于 个人缴费收入（300）/);
  });
  it('chain: 410 + 1,000 − 920 = 490 ≠ 500; budgeted surplus 1,100 − 1,000 = 100 ≠ 90', () => {
    const c = find('history_budget_identity', 'closing_balance');
    expect([c.line, c.figures.expected, c.difference]).toEqual([35, 490, 10]);
    expect(c.message.zh).toMatch(/上年结余 ＋ 本年收入合计 － 本年支出合计 ＝ 490，但年末滚存结余为 500/);
    const s = warnings.find((w) => w.code === 'history_budget_identity' && w.path.at(-2) === 'budgeted')!;
    expect([s.line, s.figures.expected, s.difference]).toEqual([39, 100, -10]);
    expect(s.message.en).toMatch(/budgeted .*Income of the year, total − Expenditure of the year, total = 100, but Surplus of the year is 90/);
  });
  it('executed totals against the year: 本年支出合计 920 ≠ expenditure 900; 上年结余 410 ≠ the 2023 balance 400', () => {
    const e = warnings.filter((w) => w.code === 'history_budget_totals');
    expect(e.map((w) => [w.line, w.figures, w.difference])).toEqual([
      [33, { expenditure_total: 920, expenditure: 900 }, 20],
      [34, { opening_balance: 410, previous_balance: 400 }, 10],
    ]);
    expect(e[0].message.zh).toMatch(/执行数本年支出合计 920 ≠ 该年支出（历史数据 expenditure） 900（差额 20）/);
  });
  it('lines left out of the executed column stay empty in the budget table, never zero', () => {
    const b = draftBudget(runProjection(join(dir, 'warnings.yaml')), 'res', 2025);
    const line = (id: string) => b.lines.find((l) => l.id === id)!;
    for (const id of ['collective_support', 'assistance_paid_premiums', 'critical_illness', 'subsidy_from_upper']) expect(line(id).executed, id).toBeNull();
    expect(line('treasury_paid_premiums').executed).toBe(3_200_000); // 320 万元
  });
});
