import { message } from '../messages/message';
import type { Lang } from '../messages/template';
import { displayWidth, padToWidth } from '../results/displayWidth';
import { formatNumber, formatPercent } from '../results/formatNumber';
import type { FundAllocation } from './allocateBudget';
import { PROVIDER_LEVELS } from '../scenario/allocationSchema';
import type { AllocationSettlement } from './settleAllocation';
import { csvField } from '../general/csvField';

/** Lays out rows as a text table: columns padded to their widest cell, numbers (from column `firstNumber`) right-aligned. */
function table(header: string[], rows: string[][], firstNumber: number): string[] {
  const widths = header.map((t, c) => Math.max(displayWidth(t), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((s, c) => padToWidth(s, widths[c], c >= firstNumber)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

const yuan = (v: number) => formatNumber(v, 0);
const levelName = (l: string | null, lang: Lang) => (l === null ? '' : (PROVIDER_LEVELS.find((x) => x.id === l)?.[lang] ?? l));

/**
 * A fund's allocation as text: the items (basis, share, amount, reserve, held by the fund, to
 * providers, split rule), the providers by item with their totals, the sum check, and — when
 * given — the year-end settlement of each provider with the totals. Whole yuan.
 */
export function formatAllocation(a: FundAllocation, lang: Lang, settlement: AllocationSettlement | null, settlementRule: boolean): string {
  const name = lang === 'zh' ? (a.nameZh ?? a.name) : a.name;
  const out = [message('budget.allocation.title', { name, year: a.year }, lang)];
  const itemRows = a.items.map((i) => [
    lang === 'zh' ? i.zh : i.en,
    message('budget.allocation.basis', { basis: i.basis }, lang),
    formatPercent(i.share, 2),
    yuan(i.amount),
    yuan(i.reserve),
    yuan(i.held),
    yuan(i.toProviders),
    message('budget.allocation.split', { split: i.split, weighted: i.levelWeighted }, lang),
  ]);
  const total = message('budget.allocation.total', {}, lang);
  itemRows.push([total, '', formatPercent(1, 2), yuan(a.benefits), yuan(a.totals.reserve), yuan(a.totals.held), yuan(a.totals.toProviders), '']);
  out.push(...table(message('budget.allocation.itemsHead', {}, lang).split('|'), itemRows, 2), '');
  const shared = a.items.filter((i) => i.split !== 'fund_held');
  const [pName, pLevel, pTotal] = message('budget.allocation.providersHead', {}, lang).split('|');
  const providerRows = a.providers.map((p) => [lang === 'zh' ? (p.nameZh ?? p.name) : p.name, levelName(p.level, lang), ...shared.map((i) => yuan(p.byItem[i.id] ?? 0)), yuan(p.total)]);
  providerRows.push([total, '', ...shared.map((i) => yuan(i.toProviders)), yuan(a.totals.toProviders)]);
  out.push(...table([pName, pLevel, ...shared.map((i) => (lang === 'zh' ? i.zh : i.en)), pTotal], providerRows, 2), '');
  out.push(message('budget.allocation.check', { benefits: yuan(a.benefits), reserve: yuan(a.totals.reserve), held: yuan(a.totals.held), toProviders: yuan(a.totals.toProviders) }, lang));
  if (settlement) {
    const whatIf = settlement.whatIf === null ? '' : `${settlement.whatIf >= 0 ? '+' : ''}${formatNumber(settlement.whatIf * 100, 1)}%`;
    out.push('', message('budget.allocation.settlementTitle', { basis: settlement.basis, whatIf }, lang));
    const rows = settlement.rows.map((r, k) => {
      const p = a.providers[k];
      return [lang === 'zh' ? (p.nameZh ?? p.name) : p.name, ...[r.allocation, r.actual, r.saving, r.keptByProvider, r.overrun, r.borneByFund, r.paid, r.providerResult, r.fundResult].map(yuan)];
    });
    const t = settlement.totals;
    rows.push([total, ...[t.allocation, t.actual, t.saving, t.keptByProvider, t.overrun, t.borneByFund, t.paid, t.providerResult, t.fundResult].map(yuan)]);
    out.push(...table(message('budget.allocation.settlementHead', {}, lang).split('|'), rows, 1));
    const short = t.borneByFund - a.totals.reserve;
    out.push(message('budget.allocation.reserveCover', { fund: yuan(t.borneByFund), reserve: yuan(a.totals.reserve), short: short > 0 ? yuan(short) : null }, lang));
  } else {
    out.push(message('budget.allocation.noSettlement', { rule: settlementRule }, lang));
  }
  return out.join('\n') + '\n';
}

const SETTLEMENT_FIGURES = ['allocation', 'actual', 'saving', 'overrun', 'keptByProvider', 'keptByFund', 'borneByFund', 'borneByProvider', 'paid', 'providerResult', 'fundResult'] as const;
const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Allocations (and settlements) as one long CSV table (UTF-8), whole yuan, columns
 * fund, year, table, item, recipient, recipient_name, level, figure, yuan:
 *   table `allocation` — one row per item and recipient; recipient a provider id, `reserve`
 *   (风险调剂金) or `fund` (held by the fund); figure `allocation`;
 *   table `settlement` — one row per provider and figure of settleProvider (allocation, actual,
 *   saving, overrun, kept_by_provider, kept_by_fund, borne_by_fund, borne_by_provider, paid,
 *   provider_result, fund_result); item empty.
 */
export function allocationCsv(allocations: readonly { allocation: FundAllocation; settlement: AllocationSettlement | null }[]): string {
  const head = ['fund', 'year', 'table', 'item', 'recipient', 'recipient_name', 'level', 'figure', 'yuan'];
  const rows: (string | number | null)[][] = [];
  for (const { allocation: a, settlement } of allocations) {
    for (const i of a.items) {
      if (i.reserve) rows.push([a.fund, a.year, 'allocation', i.id, 'reserve', '风险调剂金', null, 'allocation', i.reserve]);
      if (i.held) rows.push([a.fund, a.year, 'allocation', i.id, 'fund', '基金统一支付', null, 'allocation', i.held]);
      if (i.split !== 'fund_held') a.providers.forEach((p, k) => rows.push([a.fund, a.year, 'allocation', i.id, p.id, p.nameZh ?? p.name, p.level, 'allocation', i.byProvider[k]]));
    }
    settlement?.rows.forEach((r, k) => {
      const p = a.providers[k];
      for (const f of SETTLEMENT_FIGURES) rows.push([a.fund, a.year, 'settlement', null, p.id, p.nameZh ?? p.name, p.level, snake(f), r[f]]);
    });
  }
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
