import { resolveHistories } from '../history/resolveHistory';
import type { HistoryYear } from '../history/types';
import type { LoadedScenario } from '../scenario/loadScenario';
import { addBudgetLinesSheet } from './budgetLinesSheet';
import { freezeHeader } from './freezeHeader';
import { newWorkbook } from './newWorkbook';

/** Sheet names of the input workbook (the documented layout: docs/excel.md). */
export const INPUT_SHEETS = { history: 'history', budgetLines: 'budget_lines', parameters: 'parameters', readme: 'README' } as const;

/** Columns of the `parameters` sheet. */
export const PARAMETER_COLUMNS = ['fund', 'parameter', 'year', 'value', 'interpolate'] as const;

/** A fund's keys that are not parameters a workbook carries (names, scheme, history, lists of changes). */
const NOT_PARAMETERS = new Set(['scheme', 'name', 'name_zh', 'history', 'monthly', 'shocks', 'cost_control', 'rules', 'stochastic', 'age_detailed']);

/** One row of the parameters sheet of an input workbook: fund, parameter path, year and value. */
export interface ParameterRow {
  fund: string;
  /** path below the fund, dot-separated, e.g. `members.active_growth` */
  parameter: string;
  /** the year a step or linear key takes effect; null for a constant */
  year: number | null;
  value: number | string;
  /** `linear` for a linearly interpolated series, else null (step) */
  interpolate: 'linear' | null;
}

const isYearMap = (v: Record<string, unknown>) => Object.keys(v).length > 0 && Object.keys(v).every((k) => /^\d{4}$/.test(k));

/**
 * Every time-indexed parameter of a scenario's funds as rows (fund, parameter path, year, value,
 * interpolate): a constant is one row with no year; a year map one row per key; `{interpolate:
 * linear, values}` one row per key marked linear. Names, the scheme, histories and lists of changes
 * (shocks, savings, rules …) are not parameters of this sheet and stay in the scenario file.
 */
export function parameterRows(loaded: LoadedScenario): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const walk = (fund: string, path: string[], v: unknown) => {
    if (typeof v === 'number' || typeof v === 'string') {
      rows.push({ fund, parameter: path.join('.'), year: null, value: v, interpolate: null });
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (isYearMap(o)) {
        for (const [y, x] of Object.entries(o)) if (typeof x === 'number' || typeof x === 'string') rows.push({ fund, parameter: path.join('.'), year: Number(y), value: x, interpolate: null });
      } else if ('interpolate' in o && 'values' in o && typeof o.values === 'object') {
        const linear = o.interpolate === 'linear' ? 'linear' : null;
        for (const [y, x] of Object.entries(o.values as Record<string, number>)) rows.push({ fund, parameter: path.join('.'), year: Number(y), value: x, interpolate: linear });
      } else {
        for (const [k, x] of Object.entries(o)) walk(fund, [...path, k], x);
      }
    }
  };
  for (const [id, spec] of Object.entries(loaded.scenario.funds)) {
    for (const [k, v] of Object.entries(spec as Record<string, unknown>)) if (!NOT_PARAMETERS.has(k)) walk(id, [k], v);
  }
  return rows;
}

/** Columns of the history sheet: the wide CSV layout of docs/history.md, with a fund column. */
function historyColumns(years: HistoryYear[]): string[] {
  const cols = ['fund', 'year', 'income', 'expenditure', 'surplus', 'balance'];
  const add = (c: string) => {
    if (!cols.includes(c)) cols.push(c);
  };
  for (const y of years) {
    for (const k of Object.keys(y.incomeItems)) add(`income.${k}`);
    for (const k of Object.keys(y.expenditureItems)) add(`expenditure.${k}`);
    for (const k of Object.keys(y.members)) add(`members.${k}`);
    for (const k of Object.keys(y.perHead)) add(`per_head.${k}`);
    for (const [group, values] of budgetLineVolumes(y)) for (const k of Object.keys(values)) add(`${group}.${k}`);
  }
  for (const c of ['report', 'scope', 'maternity', 'source']) add(c);
  return cols;
}

/** The volumes of a year's budget table as wide columns' groups (budgeted_members.<status>, executed_cases.<line>, budgeted_cases.<line>); the figures by line are on the budget_lines sheet. */
function budgetLineVolumes(y: HistoryYear): [string, Record<string, number>][] {
  const b = y.budgetLines;
  if (!b) return [];
  return [['budgeted_members', b.budgetedMembers], ['executed_cases', b.executedCases], ['budgeted_cases', b.budgetedCases]];
}

function historyCells(fund: string, y: HistoryYear): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = { fund, year: y.year, income: y.income, expenditure: y.expenditure, surplus: y.surplus, balance: y.balance };
  for (const [k, v] of Object.entries(y.incomeItems)) out[`income.${k}`] = v;
  for (const [k, v] of Object.entries(y.expenditureItems)) out[`expenditure.${k}`] = v;
  for (const [k, v] of Object.entries(y.members)) out[`members.${k}`] = v ?? null;
  for (const [k, v] of Object.entries(y.perHead)) out[`per_head.${k}`] = v ?? null;
  for (const [group, values] of budgetLineVolumes(y)) for (const [k, v] of Object.entries(values)) out[`${group}.${k}`] = v;
  out.report = y.basis.report;
  out.scope = y.basis.scope;
  out.maternity = y.basis.maternity;
  out.source = y.source;
  return out;
}

const README: readonly [string, string][] = [
  ['fundcast input workbook · fundcast 数据录入工作簿', ''],
  ['history', 'One line per fund and year: totals, items (income.<item>, expenditure.<item>), members.<status>, per_head.<standard>, the volumes of the budget table (budgeted_members.<status>, executed_cases.<line>, budgeted_cases.<line>; docs/budget.md), basis (report, scope, maternity), source. An empty cell is a figure not given. The same columns as a wide history CSV (docs/history.md). · 每行一个基金一年；空单元格表示未提供。'],
  ['budget_lines', 'The budget table (社会保险基金收支预算表) of each fund in the official order of lines: fill the executed (执行数) and budgeted (预算数) columns for the year shown, in the scenario\'s money unit; leave a line the region does not use empty (not 0). Imported into history.csv as executed.<line> / budgeted.<line> (docs/budget.md). · 按官方表式逐行填写执行数和预算数；不用的行留空。'],
  ['parameters', 'One line per value: fund, parameter (path below the fund, e.g. members.active_growth), year (empty for a constant; the year a value takes effect), value, interpolate (linear, or empty for steps). · 每行一个取值：基金、参数路径、生效年份（常数留空）、取值、插值方式。'],
  ['import', '`fundcast import <book.xlsx> --out DIR` writes history.csv (point each fund\'s `history: {file: history.csv}` at it) and parameters.yaml (an overlay: apply with --with). · 导入后生成 history.csv 与 parameters.yaml。'],
];

/**
 * The input workbook of a scenario (the template `fundcast template` writes): a `history` sheet in the
 * wide layout, prefilled with every fund's history; a `budget_lines` sheet, each fund's budget table
 * by line with its executed and budgeted columns (addBudgetLinesSheet); a `parameters` sheet with every time-indexed
 * parameter (parameterRows); a README sheet. Numbers are stored as numbers. Returns the .xlsx bytes.
 */
export async function inputWorkbook(loaded: LoadedScenario): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const readme = wb.addWorksheet(INPUT_SHEETS.readme);
  readme.columns = [{ width: 14 }, { width: 120 }];
  for (const line of README) readme.addRow([...line]);
  readme.getRow(1).font = { bold: true };

  const { histories } = resolveHistories(loaded);
  const all = [...histories.values()].flatMap((h) => h.years);
  const cols = historyColumns(all);
  const hs = wb.addWorksheet(INPUT_SHEETS.history);
  hs.columns = cols.map((c) => ({ key: c, header: c, width: Math.max(10, c.length + 2) }));
  for (const [fund, h] of histories) for (const y of h.years) hs.addRow(historyCells(fund, y));
  freezeHeader(hs);
  addBudgetLinesSheet(wb, loaded, histories);

  const ps = wb.addWorksheet(INPUT_SHEETS.parameters);
  ps.columns = PARAMETER_COLUMNS.map((c) => ({ key: c, header: c, width: c === 'parameter' ? 44 : 12 }));
  for (const r of parameterRows(loaded)) ps.addRow(r);
  freezeHeader(ps);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
