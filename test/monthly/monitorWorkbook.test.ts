import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const fixture = join(__dirname, '..', 'fixtures', 'monthly', 'execution.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-monitor-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fundcast monitor --format xlsx --out', () => {
  it('needs --out; writes one sheet per fund with numbers stored as numbers and the warnings', async () => {
    expect((await runCli('monitor', fixture, '--format', 'xlsx')).code).toBe(1);
    const out = join(work, 'x');
    const r = await runCli('monitor', fixture, '--format', 'xlsx', '--out', out, '--lang', 'zh');
    expect(r.code).toBe(0);
    const file = join(out, 'monitor-2025-03-zh.xlsx');
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('emp 2025-03')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    expect(head[0]).toBe('项目');
    let inpatient: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'expenditure.inpatient') inpatient = (row.values as unknown[]).slice(1);
    });
    // execution.yaml: 175 spent of a budget of 600 by March, 25 % expected (even profile)
    expect(inpatient.slice(0, 3)).toEqual(['expenditure.inpatient', 175, 0.25]);
    expect([inpatient[7], inpatient[8]]).toEqual([600, 'budget']);
    expect(inpatient[9] as number).toBeCloseTo(175 / 600, 12);
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.some((t) => t.includes('expenditure.inpatient 执行进度 29.2%'))).toBe(true);
  });

  it('the table written with --out is what the command prints', async () => {
    const out = join(work, 't');
    expect((await runCli('monitor', fixture, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'monitor-2025-03-en.txt'), 'utf8')).toBe((await runCli('monitor', fixture)).out);
  });
});
