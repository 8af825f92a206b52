import { escapeHtml } from './escapeHtml';
import { FundcastError } from '../errors/FundcastError';
import { formatNumber } from '../results/formatNumber';
import { label, type Lang } from '../results/labels';
import type { FundResult, ProjectionResult } from '../results/types';

/** Options of resultTableHtml: language, one fund only, every N-th projected year. */
export interface ResultTableHtmlOptions {
  lang?: Lang;
  /** only this fund (default: every fund, one table each) */
  fund?: string;
  /** show every `step` projected years, plus the first and the last (default 1) */
  step?: number;
}

/** The columns a reader needs first, in order; money to 1 decimal, months to 1 decimal. */
const COLUMNS = ['year', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band'] as const;

/**
 * The projection as HTML tables for a notebook (`tslab.display.html(resultTableHtml(result))`) or a
 * page: per fund a caption with its name and the money unit, then year, income, expenditure,
 * current surplus, balance, months of reserve and band — numbers rounded to one decimal with
 * thousands separators and right-aligned, observed (history) years first and marked, labels in
 * `lang`. Every text is HTML-escaped; the markup is self-contained (inline styles only).
 * @example tslab.display.html(resultTableHtml(result, { lang: 'zh', fund: 'employee', step: 5 }))
 */
export function resultTableHtml(result: ProjectionResult, options: ResultTableHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const funds = options.fund === undefined ? result.funds : result.funds.filter((f) => f.id === options.fund);
  if (funds.length === 0) throw new FundcastError('results.noRows', { fundId: options.fund });
  return funds.map((f) => fundTableHtml(f, result, lang, options.step ?? 1)).join('\n');
}

function fundTableHtml(f: FundResult, result: ProjectionResult, lang: Lang, step: number): string {
  const zh = lang === 'zh';
  const band = (id: string | null) => {
    if (id === null) return '—';
    const b = result.bands.find((x) => x.id === id);
    return b ? (zh ? b.labelZh : b.labelEn) : label(id, lang);
  };
  const mark = zh ? '（实际）' : ' (obs.)';
  const rows: string[][] = [];
  for (const r of (f.history ?? []).filter((h) => [h.income, h.expenditure, h.surplus, h.balance].some((v) => v !== null))) {
    rows.push([`${r.year}${mark}`, formatNumber(r.income), formatNumber(r.expenditure), formatNumber(r.surplus), formatNumber(r.balance), formatNumber(r.reserveMonths), band(r.band)]);
  }
  const last = f.rows.length - 1;
  f.rows.forEach((r, i) => {
    if (i !== 0 && i !== last && (r.year - f.rows[0].year) % step !== 0) return;
    rows.push([String(r.year), formatNumber(r.income), formatNumber(r.expenditure), formatNumber(r.surplus), formatNumber(r.balance), formatNumber(r.reserveMonths), band(r.band)]);
  });
  const cell = (tag: 'th' | 'td', text: string, k: number) => `<${tag} style="text-align:${k === COLUMNS.length - 1 ? 'left' : 'right'};padding:2px 8px">${escapeHtml(text)}</${tag}>`;
  const name = zh ? (f.nameZh ?? f.name) : f.name;
  const unit = zh ? `金额单位：${label(result.unit.money, 'zh')}` : `money in ${result.unit.money}`;
  return [
    '<table style="border-collapse:collapse;font-variant-numeric:tabular-nums">',
    `<caption style="text-align:left;font-weight:bold">${escapeHtml(zh ? `${name}（${unit}）` : `${name} (${unit})`)}</caption>`,
    `<thead><tr>${COLUMNS.map((c, k) => cell('th', label(c, lang), k)).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((v, k) => cell('td', v, k)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('\n');
}
