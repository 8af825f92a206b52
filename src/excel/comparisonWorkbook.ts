import type ExcelJS from 'exceljs';
import type { Comparison } from '../results/compareResults';
import { label, type Lang } from '../results/labels';
import { EXCEL_FORMATS } from './excelFormats';
import { freezeHeader } from './freezeHeader';
import { newWorkbook } from './newWorkbook';
import { sheetName } from './projectionWorkbook';

const T = {
  compare: { en: 'comparison', zh: '对比' },
  diff: { en: 'B − A', zh: 'B − A' },
  summary: { en: 'Summary', zh: '概要' },
  firstDeficit: { en: 'First current deficit', zh: '首次当期赤字年份' },
  exhaustion: { en: 'Balance exhausted', zh: '累计结余耗尽年份' },
  none: { en: 'not within the horizon', zh: '预测期内未出现' },
} as const;

/**
 * A workbook comparing two projections (B against A): per fund and year, balance, months of reserve,
 * income and expenditure for A and B, and the difference B − A as a formula stored with its value;
 * a summary sheet with both scenarios' first-deficit and exhaustion years. Headers frozen, numbers
 * formatted, sheet names and headers in `lang`. Returns the .xlsx bytes.
 */
export async function comparisonWorkbook(c: Comparison, options: { lang?: Lang } = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'en';
  const wb = await newWorkbook();
  const s = wb.addWorksheet(sheetName(T.summary[lang]));
  s.columns = [{ width: 30 }, { width: 40 }, { width: 40 }];
  s.addRow(['', `A: ${c.a.name}`, `B: ${c.b.name}`]).font = { bold: true };
  for (const f of c.funds) {
    s.addRow([`${f.name} — ${T.firstDeficit[lang]}`, f.firstDeficitYear.a ?? T.none[lang], f.firstDeficitYear.b ?? T.none[lang]]);
    s.addRow([`${f.name} — ${T.exhaustion[lang]}`, f.exhaustionYear.a ?? T.none[lang], f.exhaustionYear.b ?? T.none[lang]]);
  }
  const items = ['balance', 'reserveMonths', 'income', 'expenditure'] as const;
  for (const f of c.funds) {
    const ws = wb.addWorksheet(sheetName(`${f.id} ${T.compare[lang]}`));
    const cols: Partial<ExcelJS.Column>[] = [{ key: 'year', header: label('year', lang), width: 8, style: { numFmt: EXCEL_FORMATS.year } }];
    for (const item of items) {
      const numFmt = item === 'reserveMonths' ? EXCEL_FORMATS.months : EXCEL_FORMATS.money;
      for (const part of ['a', 'b', 'diff'] as const) {
        cols.push({ key: `${item}.${part}`, header: `${label(item, lang)} ${part === 'diff' ? T.diff[lang] : part.toUpperCase()}`, width: 15, style: { numFmt } });
      }
    }
    ws.columns = cols;
    freezeHeader(ws, { firstColumn: true, wrap: true });
    f.years.forEach((y, i) => {
      const line = i + 2;
      const values: Record<string, unknown> = { year: y.year };
      items.forEach((item, k) => {
        const colA = String.fromCharCode(66 + 3 * k);
        const colB = String.fromCharCode(67 + 3 * k);
        values[`${item}.a`] = y[item].a;
        values[`${item}.b`] = y[item].b;
        values[`${item}.diff`] = y[item].diff === null ? null : { formula: `${colB}${line}-${colA}${line}`, result: y[item].diff };
      });
      ws.addRow(values);
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
