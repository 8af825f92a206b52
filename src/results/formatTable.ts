import Table from 'cli-table3';
import { formatNumber, formatYear } from './formatNumber';
import { label, type Lang } from './labels';
import type { FundResult, ProjectionResult } from './types';
import { escapeControls } from './escapeControls';

export interface FormatTableOptions {
  lang?: Lang;
  /** Show every `step` years (plus the first and last projected years). Default 1 (every year). */
  step?: number;
}

/**
 * The projection as text tables for a terminal or a printed page: for each fund a header with
 * the first deficit and exhaustion years and the base year's own months of reserve, then year,
 * income, expenditure, surplus, balance, months of reserve and band — observed (history) years
 * first, marked "(obs.)" / "（实际）", then projected years.
 */
export function formatTable(result: ProjectionResult, options: FormatTableOptions = {}): string {
  const lang = options.lang ?? 'en';
  const out: string[] = [];
  const title = escapeControls(lang === 'zh' ? (result.scenario.nameZh ?? result.scenario.name) : result.scenario.name);
  out.push(`${title}  [${escapeControls(result.scenario.id)}]`);
  out.push(lang === 'zh' ? `金额单位：${label(result.unit.money, 'zh')}；月数 = 累计结余 ÷ (${result.reserveMonthsBasis === 'next_year' ? '下年' : '当年'}支出 / 12)` : `Money in ${result.unit.money}; months of reserve = balance ÷ (${result.reserveMonthsBasis === 'next_year' ? "next year's" : "the year's"} expenditure / 12)`);
  for (const f of result.funds) out.push('', fundTable(f, result, lang, options.step ?? 1));
  return out.join('\n') + '\n';
}

function bandLabel(id: string, result: ProjectionResult, lang: Lang): string {
  const b = result.bands.find((x) => x.id === id);
  return b ? (lang === 'zh' ? b.labelZh : b.labelEn) : label(id, lang);
}

function fundTable(f: FundResult, result: ProjectionResult, lang: Lang, step: number): string {
  const name = escapeControls(lang === 'zh' ? (f.nameZh ?? f.name) : f.name);
  const basis = f.bandBasis === 'extension' ? (lang === 'zh' ? '（预警区间为职工统筹基金标准的延伸应用）' : ' (bands: employee-fund standard applied as an extension)') : '';
  const head = lang === 'zh'
    ? `${name}\n  首个当期赤字年份：${formatYear(f.firstDeficitYear, lang)}；累计结余耗尽年份：${formatYear(f.exhaustionYear, lang)}${basis}`
    : `${name}\n  First current deficit: ${formatYear(f.firstDeficitYear, lang)}; balance exhausted: ${formatYear(f.exhaustionYear, lang)}${basis}`;
  const cols = ['year', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band'];
  const table = new Table({ head: cols.map((c) => label(c, lang)), style: { head: [], border: [], compact: true }, colAligns: ['right', 'right', 'right', 'right', 'right', 'right', 'left'] });
  // observed years first, marked; every one with a money figure is shown (a history is short; a year
  // giving only members or per-head standards is in the CSV and JSON, not here)
  const mark = lang === 'zh' ? '（实际）' : ' (obs.)';
  for (const r of (f.history ?? []).filter((h) => [h.income, h.expenditure, h.surplus, h.balance].some((v) => v !== null))) {
    table.push([`${r.year}${mark}`, formatNumber(r.income), formatNumber(r.expenditure), formatNumber(r.surplus), formatNumber(r.balance), formatNumber(r.reserveMonths), r.band === null ? '—' : bandLabel(r.band, result, lang)]);
  }
  const last = f.rows.length - 1;
  f.rows.forEach((r, i) => {
    if (i !== 0 && i !== last && (r.year - f.rows[0].year) % step !== 0) return;
    table.push([String(r.year), formatNumber(r.income), formatNumber(r.expenditure), formatNumber(r.surplus), formatNumber(r.balance), formatNumber(r.reserveMonths), bandLabel(r.band, result, lang)]);
  });
  const months = formatNumber(f.base.reserveMonths);
  const baseLine = lang === 'zh'
    ? `\n  基期 ${f.base.year} 年：可支付 ${months} 个月（${bandLabel(f.base.band, result, lang)}）${f.history?.length ? `；标注“（实际）”的为观测年份，其余为预测` : ''}`
    : `\n  Base year ${f.base.year}: ${months} months of reserve (${bandLabel(f.base.band, result, lang)})${f.history?.length ? '; rows marked (obs.) are observed, the others projected' : ''}`;
  return `${head}${baseLine}\n${table.toString()}`;
}
