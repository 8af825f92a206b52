import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftBudget } from '../../src/budget/draftBudget';
import { runProjection } from '../../src/cli/runProjection';
import { runCli } from '../helpers/runCli';
import { evaluate, formulaCells, readBook, sheetText, stored } from '../helpers/xlsxCells';
import { zipEntry } from '../helpers/zipEntry';

const file = join(__dirname, '..', '..', 'scenarios', 'examples', 'county-resident-allocation.yaml');
// the figures of a settlement row, in the order of the settlement table's columns B… (by hand, from the heads)
const FIGURES = ['allocation', 'actual', 'saving', 'keptByProvider', 'overrun', 'borneByFund', 'paid', 'providerResult', 'fundResult'];

const CASES = [
  { lang: 'en' as const, extra: [] as string[], total: 'Total', provider: 'Provider', amount: 'Amount' },
  { lang: 'zh' as const, extra: ['--what-if', '+12%'], total: '合计', provider: '医疗机构/医共体', amount: '预算额' },
];

describe('fundcast budget --allocate --format xlsx: the allocation workbook read back', () => {
  for (const c of CASES) {
    it(`${c.lang} ${c.extra.join(' ')}: formulas equal their stored values, items sum to the benefit line to the yuan, settlement equals the json output`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fundcast-allocation-xlsx-'));
      try {
        const args = ['budget', file, '--year', '2026', '--allocate', '--lang', c.lang, ...c.extra];
        const w = await runCli(...args, '--format', 'xlsx', '--out', dir);
        expect(w.code, w.err).toBe(0);
        const json = JSON.parse((await runCli(...args, '--format', 'json')).out) as { allocations: { allocation: { fund: string; providers: unknown[]; items: { toProviders: number; split: string }[] }; settlement: { rows: Record<string, number>[]; totals: Record<string, number> } | null }[] };
        const bytes = readFileSync(join(dir, `allocation-2026-${c.lang}.xlsx`));
        const wb = await readBook(bytes);
        expect(wb.worksheets.length).toBe(json.allocations.length);
        const result = runProjection(file);
        json.allocations.forEach((a, k) => {
          const ws = wb.worksheets[k];
          const xml = zipEntry(bytes, `xl/worksheets/sheet${k + 1}.xml`);
          const formulas = formulaCells(ws, xml);
          // at least the item totals (5), each provider's total, the provider totals (2 per shared item + 1) and, settled, the 9 settlement totals
          const shared0 = a.allocation.items.filter((i) => i.split !== 'fund_held').length;
          expect(formulas.length).toBe(5 + a.allocation.providers.length + 2 * shared0 + 1 + (a.settlement ? 9 : 0));
          for (const f of formulas) expect(f.result, `${ws.name}!${f.address} =${f.formula}`).toBe(evaluate(ws, f.address));
          const num = (r: number, col: number) => stored(ws, r, col, xml) ?? 0;
          // the items: amount = reserve + held + to providers per item; the amounts sum to the draft's benefit line
          const amountCol = 4;
          expect(ws.getCell(3, amountCol).value).toBe(c.amount);
          const itemsTotal = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => r > 3 && ws.getCell(r, 1).value === c.total)!;
          let amounts = 0;
          for (let r = 4; r < itemsTotal; r++) {
            expect(num(r, 4)).toBe(num(r, 5) + num(r, 6) + num(r, 7));
            amounts += num(r, 4);
          }
          const benefit = draftBudget(result, a.allocation.fund, 2026).lines.find((l) => l.id === 'benefits')!.draft!;
          expect(amounts).toBe(benefit);
          expect(num(itemsTotal, 4)).toBe(benefit);
          expect(ws.getCell(itemsTotal, 4).formula).toBeTruthy();
          // the providers: each allocated column sums to the item's "to providers"; a provider's total is its item cells
          const heads = [...Array(ws.rowCount).keys()].map((i) => i + 1).filter((r) => ws.getCell(r, 1).value === c.provider);
          const pHead = heads[0];
          const n = a.allocation.providers.length;
          const shared = a.allocation.items.filter((i) => i.split !== 'fund_held');
          shared.forEach((item, j) => {
            let s = 0;
            for (let r = pHead + 1; r <= pHead + n; r++) s += num(r, 4 + 2 * j);
            expect(s).toBe(item.toProviders);
          });
          expect(ws.getCell(pHead + n + 1, 1).value).toBe(c.total);
          // the settlement: every figure is the json's
          if (a.settlement) {
            const sHead = heads[1];
            a.settlement.rows.forEach((row, i) => FIGURES.forEach((f, j) => expect(num(sHead + 1 + i, 2 + j), `${f} of ${i}`).toBe(row[f])));
            FIGURES.forEach((f, j) => expect(num(sHead + n + 1, 2 + j), `total ${f}`).toBe(a.settlement!.totals[f]));
          }
          expect(sheetText(ws)).toContain(c.lang === 'zh' ? '单位：元' : 'Unit: yuan');
          expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
          expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
        });
        expect(json.allocations.some((a) => a.settlement !== null)).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
