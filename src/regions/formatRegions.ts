import { terminalTable, wrapText } from '../results/terminalTable';
import type { RegionsProjection } from './projectRegions';
import { TRANSFER_LINES } from './transferLines';
import type { RankedRegion } from './rankRegions';
import type { PoolingResult } from './types';

const RULE_NAMES: Record<string, { en: string; zh: string }> = {
  separate: { en: 'separate regional funds', zh: '各统筹区独立核算' },
  full: { en: 'full pooling (one provincial fund)', zh: '统收统支（省级统筹基金）' },
  adjustment_fund: { en: 'adjustment fund', zh: '调剂金' },
};

/**
 * A multi-region projection as text: for each pooling rule, the province line (first year the
 * province's balance falls below zero, end balance and months) and the regions ranked by risk
 * (first deficit, exhaustion, probability of exhaustion when simulated, top-up per insured person
 * in yuan), within `width` columns. Under a rule with an upper fund, who pays and who receives
 * over the horizon: each region's Σ 上解上级支出 and Σ 上级补助收入 and the net (received − paid),
 * receivers first, then the upper fund's Σ 下级上解收入 and Σ 补助下级支出 (transferLines' lines).
 */
export function formatRegions(p: RegionsProjection, lang: 'en' | 'zh' = 'en', width?: number): string {
  const zh = lang === 'zh';
  const out: string[] = [`${zh && p.nameZh ? p.nameZh : p.name} — ${p.flows.length} ${zh ? '个统筹区' : 'regions'}, ${p.baseYear + 1}–${p.endYear}, ${zh ? '金额单位' : 'money in'} ${p.units.money}`];
  for (const { pooling, province, ranking } of p.rules) {
    const name = RULE_NAMES[pooling.rule.id][lang];
    const last = province.at(-1);
    const exhausted = province.find((r) => r.balance < 0)?.year ?? null;
    out.push('');
    out.push(`${name}: ${zh ? '全省结余' : 'province balance'} ${last ? Math.round(last.balance) : '-'} (${last?.reserveMonths?.toFixed(1) ?? '-'} ${zh ? '个月' : 'months'}) ${zh ? '于' : 'in'} ${last?.year ?? '-'}; ${zh ? '全省穿底' : 'province exhausted'}: ${exhausted ?? (zh ? '否' : 'never')}`);
    const upper = pooling.upper;
    if (upper && pooling.rule.id === 'adjustment_fund') {
      const t = upper.balance.findIndex((b, i) => b <= 0 && upper.paid[i] > 0);
      out.push(`${zh ? '调剂金首次用尽' : 'adjustment fund first used up'}: ${t < 0 ? (zh ? '否' : 'never') : pooling.years[t]}`);
    }
    const transfers = transfersTable(pooling, ranking, p.units.money, zh, width);
    if (pooling.rule.id === 'full') {
      out.push(...transfers);
      continue;
    }
    const year = (y: number | null) => (y === null ? '-' : String(y));
    out.push(
      terminalTable(
        [
          { head: '#', cells: ranking.map((r) => String(r.rank)) },
          { head: zh ? '统筹区' : 'region', align: 'left', cells: ranking.map((r) => (zh && r.nameZh ? r.nameZh : r.name)) },
          { head: zh ? '首次当期赤字' : 'first deficit', cells: ranking.map((r) => year(r.firstDeficitYear)) },
          { head: zh ? '穿底' : 'exhausted', cells: ranking.map((r) => year(r.exhaustionYear)) },
          { head: zh ? '穿底概率' : 'P(exhausted)', cells: ranking.map((r) => (r.probabilityOfExhaustion === null ? '-' : r.probabilityOfExhaustion.toFixed(3))), drop: 1 },
          { head: zh ? '人均兜底（元）' : 'top-up/insured (yuan)', cells: ranking.map((r) => r.topUpPerInsured.toFixed(0)) },
        ],
        width,
      ),
    );
    out.push(...transfers);
  }
  return wrapText(out.join('\n'), width) + '\n';
}

const SHORT_EN: Record<string, string> = { remittance_to_upper: 'paid up', subsidy_from_upper: 'received', remittance_from_lower: 'received from regions', subsidy_to_lower: 'paid to regions' };

/** Who pays and who receives under one rule, over the horizon (money rounded to units.money); empty for separate funds. */
function transfersTable(pooling: PoolingResult, names: readonly RankedRegion[], unit: string, zh: boolean, width?: number): string[] {
  const u = pooling.upper;
  if (!u) return [];
  // the budget lines' Chinese names; short English heads (the lines' full names are in TRANSFER_LINES)
  const name = (id: string) => (zh ? TRANSFER_LINES.find((l) => l.id === id)!.zh : SHORT_EN[id]);
  const total = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
  const label = (id: string) => {
    const r = names.find((n) => n.id === id);
    return r ? (zh && r.nameZh ? r.nameZh : r.name) : id;
  };
  const rows = pooling.regions.map((r) => ({ name: label(r.id), up: total(r.paidUp), down: total(r.received) })).sort((a, b) => b.down - b.up - (a.down - a.up));
  const money = (x: number) => Math.round(x).toString();
  const years = `${pooling.years[0]}–${pooling.years.at(-1)}`;
  return [
    zh ? `调剂资金（${years}合计，${unit}）：净额 = 上级补助收入 − 上解上级支出` : `transfers (Σ ${years}, ${unit}): net = received − paid`,
    terminalTable(
      [
        { head: zh ? '统筹区' : 'region', align: 'left', cells: rows.map((r) => r.name) },
        { head: name('remittance_to_upper'), cells: rows.map((r) => money(r.up)) },
        { head: name('subsidy_from_upper'), cells: rows.map((r) => money(r.down)) },
        { head: zh ? '净额' : 'net', cells: rows.map((r) => money(r.down - r.up)) },
      ],
      width,
    ),
    `${u.id === 'adjustment_fund' ? (zh ? '调剂金' : 'adjustment fund') : zh ? '省级统筹基金' : 'provincial fund'}: ${name('remittance_from_lower')} ${money(total(u.received))}, ${name('subsidy_to_lower')} ${money(total(u.paid))}`,
  ];
}
