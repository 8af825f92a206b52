import type ExcelJS from 'exceljs';
import { assumptionRows } from '../report/assumptionRows';
import { label, type Lang } from '../results/labels';
import type { FundResult, ProjectionResult } from '../results/types';
import type { Scenario } from '../scenario/scenarioSchema';
import { EXCEL_FORMATS } from './excelFormats';
import { freezeHeader } from './freezeHeader';
import { newWorkbook } from './newWorkbook';

type Column = { key: string; header: string; width: number; format?: string };

const T = {
  summary: { en: 'Summary', zh: '概要' },
  projection: { en: 'projection', zh: '预测' },
  incomeItems: { en: 'income', zh: '收入明细' },
  expenditureItems: { en: 'expenditure', zh: '支出明细' },
  assumptions: { en: 'Assumptions', zh: '假设' },
  observed: { en: 'Observed', zh: '实际值' },
  yes: { en: 'observed', zh: '实际' },
  no: { en: 'projected', zh: '预测' },
  total: { en: 'Total', zh: '合计' },
  scenario: { en: 'Scenario', zh: '情景' },
  baseYear: { en: 'Base year', zh: '基期年' },
  endYear: { en: 'Last year', zh: '预测末年' },
  money: { en: 'Money unit', zh: '金额单位' },
  fund: { en: 'Fund', zh: '基金' },
  firstDeficit: { en: 'First current deficit', zh: '首次当期赤字年份' },
  exhaustion: { en: 'Balance exhausted', zh: '累计结余耗尽年份' },
  none: { en: 'not within the horizon', zh: '预测期内未出现' },
  parameter: { en: 'Parameter', zh: '参数' },
  value: { en: 'Value', zh: '取值' },
  unit: { en: 'Unit', zh: '单位' },
  description: { en: 'Description', zh: '说明' },
  source: { en: 'Source', zh: '来源' },
  version: { en: 'fundcast version', zh: 'fundcast 版本' },
  hash: { en: 'Scenario hash', zh: '情景哈希' },
} as const;

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function header(ws: ExcelJS.Worksheet, columns: Column[]): void {
  ws.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  freezeHeader(ws, { firstColumn: true, wrap: true });
}

/** Column letter of a 1-based index (1 → A, 27 → AA). */
function letter(i: number): string {
  let s = '';
  for (let n = i; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function fundName(f: FundResult, lang: Lang): string {
  return lang === 'zh' ? (f.nameZh ?? f.name) : f.name;
}

/**
 * The projection sheet of one fund: one line per year (observed years first, marked), with the
 * current surplus, the balance and the months of reserve as formulas stored with their values:
 * surplus = income − expenditure; balance = opening balance + surplus (projected years; an observed
 * year keeps its reported balance); months = 12 × balance ÷ expenditure (blank when expenditure ≤ 0).
 */
function projectionSheet(wb: ExcelJS.Workbook, f: FundResult, lang: Lang): void {
  const ws = wb.addWorksheet(sheetName(`${f.id} ${T.projection[lang]}`));
  const L = (k: string) => label(k, lang);
  header(ws, [
    { key: 'year', header: L('year'), width: 8, format: EXCEL_FORMATS.year },
    { key: 'observed', header: T.observed[lang], width: 10 },
    { key: 'openingBalance', header: L('openingBalance'), width: 16, format: EXCEL_FORMATS.money },
    { key: 'income', header: L('income'), width: 14, format: EXCEL_FORMATS.money },
    { key: 'expenditure', header: L('expenditure'), width: 14, format: EXCEL_FORMATS.money },
    { key: 'surplus', header: L('surplus'), width: 14, format: EXCEL_FORMATS.money },
    { key: 'balance', header: L('balance'), width: 16, format: EXCEL_FORMATS.money },
    { key: 'reserveMonths', header: L('reserveMonths'), width: 12, format: EXCEL_FORMATS.months },
    { key: 'band', header: L('band'), width: 22 },
    { key: 'gapRate', header: L('gapRate'), width: 10, format: EXCEL_FORMATS.rate },
    { key: 'balanceRate', header: L('balanceRate'), width: 12, format: EXCEL_FORMATS.rate },
    { key: 'dependencyRatio', header: L('dependencyRatio'), width: 12, format: EXCEL_FORMATS.ratio },
  ]);
  const bandLabel = (id: string | null) => (id === null ? null : label(id, lang));
  let line = 2;
  for (const h of f.history ?? []) {
    const surplus = h.income !== null && h.expenditure !== null ? { formula: `D${line}-E${line}`, result: h.income - h.expenditure } : h.surplus;
    ws.addRow({
      year: h.year, observed: T.yes[lang], openingBalance: h.openingBalance, income: h.income, expenditure: h.expenditure, surplus, balance: h.balance,
      reserveMonths: h.reserveMonths, band: bandLabel(h.band), gapRate: h.gapRate, balanceRate: h.balanceRate, dependencyRatio: h.dependencyRatio,
    });
    line++;
  }
  for (const r of f.rows) {
    ws.addRow({
      year: r.year,
      observed: T.no[lang],
      openingBalance: r.openingBalance,
      income: r.income,
      expenditure: r.expenditure,
      surplus: { formula: `D${line}-E${line}`, result: r.surplus },
      balance: { formula: `C${line}+F${line}`, result: r.balance },
      reserveMonths: r.reserveMonths === null ? null : { formula: `IF(E${line}>0,12*G${line}/E${line},"")`, result: r.reserveMonths },
      band: bandLabel(r.band),
      gapRate: r.gapRate,
      balanceRate: r.balanceRate,
      dependencyRatio: r.dependencyRatio,
    });
    line++;
  }
}

/** Income or expenditure by item, one line per projected year, with a Total column = SUM of the items (formula and value). */
function itemsSheet(wb: ExcelJS.Workbook, f: FundResult, lang: Lang, which: 'incomeItems' | 'expenditureItems'): void {
  const ws = wb.addWorksheet(sheetName(`${f.id} ${T[which][lang]}`));
  const items = [...new Set(f.rows.flatMap((r) => Object.keys(r[which])))];
  header(ws, [
    { key: 'year', header: label('year', lang), width: 8, format: EXCEL_FORMATS.year },
    ...items.map((k) => ({ key: k, header: label(k, lang), width: 18, format: EXCEL_FORMATS.money })),
    { key: 'total', header: `${T.total[lang]} (${label(which === 'incomeItems' ? 'income' : 'expenditure', lang)})`, width: 18, format: EXCEL_FORMATS.money },
  ]);
  f.rows.forEach((r, i) => {
    const line = i + 2;
    const values: Record<string, unknown> = { year: r.year };
    for (const k of items) values[k] = r[which][k] ?? 0;
    values.total = { formula: `SUM(B${line}:${letter(items.length + 1)}${line})`, result: which === 'incomeItems' ? r.income : r.expenditure };
    ws.addRow(values);
  });
}

/**
 * A formatted Excel workbook of a projection (exceljs): a summary sheet (scenario, units, each fund's
 * first-deficit and exhaustion years, version and scenario hash), per fund the projection by year and
 * its income and expenditure by item, and — given the scenario — the assumptions with units and
 * sources. Numbers are stored as numbers with number formats; headers are frozen; sheet names and
 * headers are in `lang`; totals, surpluses, balances and months are formulas stored with their values
 * (Excel shows the values without recalculating, and recalculates them the same).
 * Returns the .xlsx bytes.
 */
export async function projectionWorkbook(result: ProjectionResult, options: { lang?: Lang; scenario?: Scenario } = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'en';
  const wb = await newWorkbook();
  const summary = wb.addWorksheet(sheetName(T.summary[lang]));
  summary.columns = [{ width: 26 }, { width: 60 }];
  const r = result as ProjectionResult & { fundcastVersion?: string; scenario: { hash?: string } };
  summary.addRow([T.scenario[lang], lang === 'zh' ? (result.scenario.nameZh ?? result.scenario.name) : result.scenario.name]);
  summary.addRow([T.baseYear[lang], result.scenario.baseYear]);
  summary.addRow([T.endYear[lang], result.scenario.endYear]);
  summary.addRow([T.money[lang], label(result.unit.money, lang)]);
  if (r.fundcastVersion) summary.addRow([T.version[lang], r.fundcastVersion]);
  if (r.scenario.hash) summary.addRow([T.hash[lang], r.scenario.hash]);
  summary.addRow([]);
  summary.addRow([T.fund[lang], T.firstDeficit[lang], T.exhaustion[lang]]).font = { bold: true };
  summary.getColumn(3).width = 22;
  for (const f of result.funds) summary.addRow([fundName(f, lang), f.firstDeficitYear ?? T.none[lang], f.exhaustionYear ?? T.none[lang]]);
  for (const f of result.funds) {
    projectionSheet(wb, f, lang);
    itemsSheet(wb, f, lang, 'incomeItems');
    itemsSheet(wb, f, lang, 'expenditureItems');
  }
  if (options.scenario) {
    const ws = wb.addWorksheet(sheetName(T.assumptions[lang]));
    header(ws, [
      { key: 'fund', header: T.fund[lang], width: 12 },
      { key: 'path', header: T.parameter[lang], width: 34 },
      { key: 'value', header: T.value[lang], width: 40 },
      { key: 'unit', header: T.unit[lang], width: 18 },
      { key: 'description', header: T.description[lang], width: 50 },
      { key: 'source', header: T.source[lang], width: 40 },
    ]);
    for (const a of assumptionRows(options.scenario, lang)) ws.addRow(a);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
