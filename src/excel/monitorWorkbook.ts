import { message } from '../messages/message';
import type { FundMonitor } from '../monthly/monitorFund';
import type { Lang } from '../results/labels';
import { EXCEL_FORMATS } from './excelFormats';
import { freezeHeader } from './freezeHeader';
import { newWorkbook } from './newWorkbook';
import { sheetName } from './projectionWorkbook';

/**
 * The monthly analysis (`fundcast monitor`) as a workbook: one sheet per fund, named by the fund and
 * the month analysed — a frozen header and one row per line (year to date, the share its profile
 * expects, the full-year re-estimate with its range, the naive A × 12 / m, the budget it is measured
 * against and where that comes from, the execution rate and how far ahead of the profile it runs),
 * then the expected surplus, year-end balance and months of reserve with their ranges, then the
 * warnings — numbers stored as numbers (money, shares as percentages), text in `lang`.
 */
export async function monitorWorkbook(monitors: readonly FundMonitor[], lang: Lang): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const L = (key: Parameters<typeof message>[0], params: Record<string, unknown> = {}) => message(key, params as never, lang);
  for (const m of monitors) {
    const r = m.reEstimate;
    const ws = wb.addWorksheet(sheetName(`${m.fund} ${r.year}-${String(r.month).padStart(2, '0')}`));
    const pct = Math.round(100 * r.coverage);
    const columns: { header: string; width: number; format?: string }[] = [
      { header: L('monthly.label.line'), width: 26 },
      { header: L('monthly.label.ytd'), width: 14, format: EXCEL_FORMATS.money },
      { header: L('monthly.label.share'), width: 12, format: EXCEL_FORMATS.rate },
      { header: L('monthly.label.estimate'), width: 14, format: EXCEL_FORMATS.money },
      { header: `${L('monthly.label.range', { pct })} ${L('monthly.label.low')}`, width: 14, format: EXCEL_FORMATS.money },
      { header: `${L('monthly.label.range', { pct })} ${L('monthly.label.high')}`, width: 14, format: EXCEL_FORMATS.money },
      { header: L('monthly.label.naive'), width: 14, format: EXCEL_FORMATS.money },
      { header: L('monthly.label.budget'), width: 14, format: EXCEL_FORMATS.money },
      { header: L('monthly.label.budgetSource'), width: 16 },
      { header: L('monthly.label.execution'), width: 12, format: EXCEL_FORMATS.rate },
      { header: L('monthly.label.ahead'), width: 12, format: EXCEL_FORMATS.rate },
    ];
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
    freezeHeader(ws, { firstColumn: true, wrap: true });
    for (const x of m.rows)
      ws.addRow([x.line, x.yearToDate, x.expectedShare, x.estimate, x.low, x.high, x.naive, x.reference, x.referenceSource ?? null, x.execution, x.aheadOfProfile]);
    ws.addRow([]);
    const ranged = (label: string, f: { estimate: number; low: number | null; high: number | null } | null, format: string) => {
      const row = ws.addRow([label, f?.estimate ?? null, null, null, f?.low ?? null, f?.high ?? null]);
      for (const c of [2, 5, 6]) row.getCell(c).numFmt = format;
    };
    ranged(L('monthly.label.surplus', { year: r.year }), r.surplus, EXCEL_FORMATS.money);
    ranged(L('monthly.label.balance', { year: r.year }), r.balance, EXCEL_FORMATS.money);
    ranged(L('monthly.label.months', { year: r.year }), r.reserveMonths, EXCEL_FORMATS.months);
    ws.addRow([]);
    ws.addRow([m.warnings.length === 0 ? L('monthly.label.noWarnings') : L('monthly.label.warnings', { n: m.warnings.length })]).font = { bold: true };
    for (const w of m.warnings) ws.addRow([w.message[lang]]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
