import { terminalTable, wrapText } from '../results/terminalTable';
import type { RegionsProjection } from './projectRegions';

const RULE_NAMES: Record<string, { en: string; zh: string }> = {
  separate: { en: 'separate regional funds', zh: '各统筹区独立核算' },
  full: { en: 'full pooling (one provincial fund)', zh: '统收统支（省级统筹基金）' },
  adjustment_fund: { en: 'adjustment fund', zh: '调剂金' },
};

/**
 * A multi-region projection as text: for each pooling rule, the province line (first year the
 * province's balance falls below zero, end balance and months) and the regions ranked by risk
 * (first deficit, exhaustion, probability of exhaustion when simulated, top-up per insured person
 * in yuan), within `width` columns.
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
    if (pooling.rule.id === 'full') continue;
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
  }
  return wrapText(out.join('\n'), width) + '\n';
}
