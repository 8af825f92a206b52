import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { projectionWorkbook } from '../../src/excel/projectionWorkbook';
import { loadScenario } from '../../src/scenario/loadScenario';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';

const loaded = loadScenario('scenarios/china-national-2025.yaml');
const result = project(resolveAssumptions(loaded));

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A cell's number, whether stored as a value or as a formula with its result. */
const num = (v: ExcelJS.CellValue): number | null => {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v) return (v as { result: number }).result;
  return null;
};

describe('projectionWorkbook', () => {
  it('round-trips every projected number exactly (numbers stored as doubles, formulas with their values)', async () => {
    const wb = await read(await projectionWorkbook(result, { lang: 'en', scenario: loaded.scenario }));
    for (const f of result.funds) {
      const ws = wb.getWorksheet(`${f.id} projection`)!;
      const header = (ws.getRow(1).values as string[]).slice(1);
      const col = (name: string) => header.indexOf(name) + 1;
      const history = f.history.length;
      f.rows.forEach((r, i) => {
        const row = ws.getRow(2 + history + i);
        expect(row.getCell(col('Year')).value).toBe(r.year);
        expect(num(row.getCell(col('Income')).value)).toBe(r.income);
        expect(num(row.getCell(col('Expenditure')).value)).toBe(r.expenditure);
        expect(num(row.getCell(col('Current surplus')).value)).toBe(r.surplus);
        expect(num(row.getCell(col('Cumulative balance')).value)).toBe(r.balance);
        expect(num(row.getCell(col('Months of reserve')).value)).toBe(r.reserveMonths);
      });
      // observed years first, marked
      for (let i = 0; i < history; i++) expect(ws.getRow(2 + i).getCell(col('Observed')).value).toBe('observed');
    }
  });

  it('stores the identities as formulas: surplus = income − expenditure, balance = opening + surplus, months = 12·B/E', async () => {
    const wb = await read(await projectionWorkbook(result, { lang: 'en' }));
    const ws = wb.getWorksheet('employee projection')!;
    const line = 2 + result.funds[0].history.length; // first projected year
    expect((ws.getCell(`F${line}`).value as ExcelJS.CellFormulaValue).formula).toBe(`D${line}-E${line}`);
    expect((ws.getCell(`G${line}`).value as ExcelJS.CellFormulaValue).formula).toBe(`C${line}+F${line}`);
    expect((ws.getCell(`H${line}`).value as ExcelJS.CellFormulaValue).formula).toBe(`IF(E${line}>0,12*G${line}/E${line},"")`);
    // the stored values satisfy the formulas (an independent check of the engine's rows, to rounding)
    const r = result.funds[0].rows[0];
    expect(r.openingBalance + r.income - r.expenditure).toBeCloseTo(r.balance, 6);
  });

  it('item sheets total by SUM formula to the fund\'s income and expenditure', async () => {
    const wb = await read(await projectionWorkbook(result, { lang: 'en' }));
    for (const f of result.funds) {
      for (const [sheet, key] of [['income', 'income'], ['expenditure', 'expenditure']] as const) {
        const ws = wb.getWorksheet(`${f.id} ${sheet}`)!;
        const last = ws.getRow(1).cellCount;
        f.rows.forEach((r, i) => {
          const row = ws.getRow(2 + i);
          let sum = 0;
          for (let c = 2; c < last; c++) sum += num(row.getCell(c).value) ?? 0;
          const total = row.getCell(last).value as ExcelJS.CellFormulaValue;
          expect(total.formula).toMatch(/^SUM\(B\d+:[A-Z]+\d+\)$/);
          expect(total.result as number).toBe(r[key]);
          expect(sum).toBeCloseTo(r[key], 6); // the parts add up to the stored total (floating-point rounding only)
        });
      }
    }
  });

  it('has number formats, frozen headers, and Chinese sheet names and headers under zh', async () => {
    const wb = await read(await projectionWorkbook(result, { lang: 'zh', scenario: loaded.scenario }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概要', 'employee 预测', 'employee 收入明细', 'employee 支出明细', 'resident 预测', 'resident 收入明细', 'resident 支出明细', '假设']);
    const ws = wb.getWorksheet('employee 预测')!;
    expect((ws.getRow(1).values as string[]).slice(1, 6)).toEqual(['年份', '实际值', '年初累计结余', '基金收入', '基金支出']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('D5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('J10').numFmt).toBe('0.00%');
    const assumptions = wb.getWorksheet('假设')!;
    expect(assumptions.rowCount).toBeGreaterThan(20);
  });

  it('the same projection gives the same cells (the zip container itself stamps its entries with the time written)', async () => {
    const cells = async () => {
      const wb = await read(await projectionWorkbook(result, { lang: 'en' }));
      return wb.worksheets.map((w) => w.getSheetValues());
    };
    expect(await cells()).toEqual(await cells());
  });
});
