import ExcelJS from 'exceljs';
import { crc32 } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';

const national = 'scenarios/china-national-2025.yaml';
const work = mkdtempSync(join(tmpdir(), 'fundcast-xlsx-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe('Excel through the CLI', () => {
  it('run --format xlsx needs --out, then writes results.xlsx beside the other results', async () => {
    expect((await run('run', national, '--format', 'xlsx')).code).toBe(EXIT.invalidInput);
    const dir = join(work, 'run');
    expect((await run('run', national, '--format', 'xlsx', '--out', dir, '--lang', 'zh')).code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'results.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('概要')).toBeDefined();
    expect(existsSync(join(dir, 'results.json'))).toBe(true);
  });

  it('compare --format xlsx writes B − A as formulas with their values', async () => {
    const dir = join(work, 'compare');
    const { code } = await run('compare', national, 'scenarios/reforms/employer-rate-cut.yaml', '--format', 'xlsx', '--out', dir);
    expect(code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'comparison.xlsx')) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('employee comparison')!;
    const diff = ws.getCell('D2').value as ExcelJS.CellFormulaValue;
    expect(diff.formula).toBe('C2-B2');
    expect(diff.result).toBeCloseTo((ws.getCell('C2').value as number) - (ws.getCell('B2').value as number), 9);
    // the employer-rate cut starts in 2026: the 2026 balance is lower under B
    expect(diff.result as number).toBeLessThan(0);
  });

  it('template then import gives history.csv and parameters.yaml; a bad cell writes nothing and exits 1', async () => {
    const book = join(work, 'book.xlsx');
    expect((await run('template', national, '--out', book)).code).toBe(EXIT.ok);
    const dir = join(work, 'imported');
    expect((await run('import', book, '--out', dir)).code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'history.csv'), 'utf8')).toMatch(/^fund,year,income,expenditure/);
    expect(readFileSync(join(dir, 'parameters.yaml'), 'utf8')).toMatch(/fundcast_overlay: 1/);
    // the imported overlay applies cleanly and changes nothing
    const same = await run('compare', national, join(dir, 'parameters.yaml'), '--format', 'json');
    const c = JSON.parse(same.out);
    for (const f of c.funds) for (const y of f.years) expect(y.balance.diff).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(book) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('parameters')!.getRow(2).getCell(4).value = null;
    const bad = join(work, 'bad.xlsx');
    writeFileSync(bad, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(work, 'never');
    const r = await run('import', bad, '--out', out);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/bad\.xlsx!parameters:2/);
    expect(existsSync(out)).toBe(false);
  });

  it('a zip without workbook parts, or a workbook without the two sheets: exit 1, a bilingual error, nothing written', async () => {
    const zip = join(work, 'notes.xlsx');
    writeFileSync(zip, storedZip('readme.txt', 'not a workbook'));
    const out = join(work, 'from-zip');
    const r = await run('import', zip, '--out', out);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/notes\.xlsx.*nothing to import: the workbook has no 'history' or 'parameters' sheet with rows/s);
    expect(r.err).toMatch(/没有可导入的内容/);
    expect(r.err).not.toMatch(/wrote/);
    expect(existsSync(out)).toBe(false);

    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['a', 1]);
    const book = join(work, 'other.xlsx');
    writeFileSync(book, new Uint8Array(await other.xlsx.writeBuffer()));
    const r2 = await run('import', book, '--out', out);
    expect(r2.code).toBe(EXIT.invalidInput);
    expect(r2.err).toMatch(/found: Sheet1/);
    expect(existsSync(out)).toBe(false);
  });
});

/** A zip archive of one file, stored (no compression): local header, data, central directory, end record (APPNOTE 4.3). */
function storedZip(name: string, text: string): Uint8Array {
  const data = Buffer.from(text);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(fileName.length, 28);
  const centralStart = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12); end.writeUInt32LE(centralStart, 16);
  return new Uint8Array(Buffer.concat([local, fileName, data, central, fileName, end]));
}
