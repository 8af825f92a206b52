import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { inputWorkbook, parameterRows } from '../../src/excel/inputWorkbook';
import { importedOverlay, readInputWorkbook } from '../../src/excel/readInputWorkbook';
import { combineScenario } from '../../src/scenario/combineScenario';
import { loadScenario } from '../../src/scenario/loadScenario';
import { resolveHistories } from '../../src/history/resolveHistory';

const dir = mkdtempSync(join(tmpdir(), 'fundcast-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const source = 'scenarios/china-national-2025.yaml';
const loaded = loadScenario(source);

/** Every number in the fund parameters halved: a valid scenario whose parameters all differ from the original. */
function halved(doc: Record<string, any>): Record<string, any> {
  const half = (v: unknown, key = ''): unknown => {
    if (typeof v === 'number') return v / 2;
    if (Array.isArray(v) || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, ['history', 'scheme', 'name', 'name_zh'].includes(k) || key === 'history' ? x : half(x, k)]));
  };
  const out = structuredClone(doc);
  for (const id of Object.keys(out.funds)) out.funds[id] = half(out.funds[id]);
  return out;
}

describe('input workbook (template → import) round-trips losslessly', () => {
  it('parameters: importing the template\'s parameters sheet onto a scenario whose every parameter differs restores the original exactly', async () => {
    const book = await inputWorkbook(loaded);
    const content = await readInputWorkbook(book, 'book.xlsx');
    expect(content.issues).toEqual([]);
    const doc = parse(readFileSync(source, 'utf8'));
    const changedFile = join(dir, 'halved.yaml');
    const changedDoc = halved(doc);
    for (const id of Object.keys(changedDoc.funds)) delete changedDoc.funds[id].history; // keep it valid without the history's base-year rule
    for (const id of Object.keys(changedDoc.funds)) changedDoc.funds[id].opening = { balance: 1 };
    writeFileSync(changedFile, stringify(changedDoc));
    const changed = loadScenario(changedFile);
    expect(parameterRows(changed)).not.toEqual(parameterRows(loaded));
    const overlayFile = join(dir, 'parameters.yaml');
    writeFileSync(overlayFile, importedOverlay(content.changes!, 'book.xlsx'));
    const restored = combineScenario(changedFile, [overlayFile]);
    const withoutOpening = (rows: ReturnType<typeof parameterRows>) => rows.filter((r) => !r.parameter.startsWith('opening.'));
    expect(withoutOpening(parameterRows(restored))).toEqual(withoutOpening(parameterRows(loaded)));
  });

  it('history: the sheet, imported as a CSV, gives every fund the same observed years, figure for figure', async () => {
    const content = await readInputWorkbook(await inputWorkbook(loaded), 'book.xlsx');
    const csv = join(dir, 'history.csv');
    writeFileSync(csv, content.historyCsv!);
    const doc = parse(readFileSync(source, 'utf8'));
    for (const id of Object.keys(doc.funds)) doc.funds[id].history = { file: 'history.csv' };
    const file = join(dir, 'from-csv.yaml');
    writeFileSync(file, stringify(doc));
    const fromCsv = resolveHistories(loadScenario(file));
    expect(fromCsv.issues).toEqual([]);
    const original = resolveHistories(loaded);
    for (const id of Object.keys(doc.funds)) {
      const strip = (ys: any[]) => ys.map(({ year, income, expenditure, surplus, balance, members, perHead, incomeItems, expenditureItems, basis }) => ({ year, income, expenditure, surplus, balance, members, perHead, incomeItems, expenditureItems, basis }));
      expect(strip(fromCsv.histories.get(id)!.years)).toEqual(strip(original.histories.get(id)!.years));
    }
  });

  it('a bad cell is a located error naming sheet, row and column, in both languages', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await inputWorkbook(loaded)) as unknown as ExcelJS.Buffer);
    const ps = wb.getWorksheet('parameters')!;
    ps.getRow(3).getCell(3).value = 'next year';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { issues } = await readInputWorkbook(bytes, 'book.xlsx');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'book.xlsx!parameters', line: 3, column: 3, found: 'next year' });
    expect(issues[0].message.zh).toMatch(/第3行/);
  });

  it('a file that is not a workbook is an error, not a crash', async () => {
    const { issues } = await readInputWorkbook(new TextEncoder().encode('year,income\n2024,1\n'), 'notes.xlsx');
    expect(issues[0].message.en).toMatch(/not a readable \.xlsx/);
  });
});
