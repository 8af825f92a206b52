import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMonthlyCsv } from '../../src/index';
import { runCli } from '../helpers/runCli';

const fixture = join(__dirname, '..', 'fixtures', 'monthly', 'files', 'county-by-month.csv');
const work = mkdtempSync(join(tmpdir(), 'fundcast-monthly-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('monthly figures from a workbook: fundcast import turns a `monthly` sheet into monthly.csv', () => {
  it('a workbook with only a monthly sheet (numbers as numbers) imports to the same months as the CSV fixture', async () => {
    const rows = readFileSync(fixture, 'utf8').trim().split('\n').map((l) => l.split(','));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('monthly');
    ws.addRow(rows[0]);
    for (const r of rows.slice(1)) ws.addRow(r.map((c, k) => (k === 0 || c === '' ? (c === '' ? null : c) : Number(c))));
    const book = join(work, 'monthly.xlsx');
    writeFileSync(book, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(work, 'out');
    const r = await runCli('import', book, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/monthly\.csv/);
    const imported = readMonthlyCsv(join(out, 'monthly.csv'), 'monthly.csv', 'emp', 'year_to_date');
    const original = readMonthlyCsv(fixture, 'county-by-month.csv', 'emp', 'year_to_date');
    expect(imported.issues).toEqual([]);
    expect(imported.months).toEqual(original.months);
    // the same cell is on the same line and column (the header row is line 1 in both)
    expect(imported.positions.get('2021-02/income')).toEqual(original.positions.get('2021-02/income'));
  });
});
