import type { PoolingResult } from './types';

/**
 * The budget lines that carry money between levels (the fund reports' 上解上级支出, 补助下级支出,
 * 上级补助收入, 下级上解收入), by id: which side of which account each is on. One entry per line.
 */
export const TRANSFER_LINES = [
  { id: 'paid_to_upper', zh: '上解上级支出', en: 'remitted to the upper level', side: 'expenditure', of: 'region' },
  { id: 'subsidy_from_upper', zh: '上级补助收入', en: 'subsidy from the upper level', side: 'income', of: 'region' },
  { id: 'remitted_by_lower', zh: '下级上解收入', en: 'remitted by lower levels', side: 'income', of: 'upper' },
  { id: 'subsidy_to_lower', zh: '补助下级支出', en: 'subsidy to lower levels', side: 'expenditure', of: 'upper' },
] as const;

/** One transfer budget line of one account (a region or the upper fund) in one year, units.money. */
export interface TransferLine {
  rule: string;
  year: number;
  /** region id, or the upper fund's id (province_fund, adjustment_fund) */
  account: string;
  line: (typeof TRANSFER_LINES)[number]['id'];
  amount: number;
}

/**
 * The transfers of a pooling result as budget lines: for each year, each region's
 * paid_to_upper (上解上级支出) and subsidy_from_upper (上级补助收入), then the upper fund's
 * remitted_by_lower (下级上解收入) and subsidy_to_lower (补助下级支出). Lines of zero are kept, so
 * every account has every line in every year. Empty for separate funds.
 */
export function transferLines(p: PoolingResult): TransferLine[] {
  const out: TransferLine[] = [];
  if (!p.upper) return out;
  const rule = p.rule.id;
  p.years.forEach((year, t) => {
    for (const r of p.regions) {
      out.push({ rule, year, account: r.id, line: 'paid_to_upper', amount: r.paidUp[t] });
      out.push({ rule, year, account: r.id, line: 'subsidy_from_upper', amount: r.received[t] });
    }
    out.push({ rule, year, account: p.upper!.id, line: 'remitted_by_lower', amount: p.upper!.received[t] });
    out.push({ rule, year, account: p.upper!.id, line: 'subsidy_to_lower', amount: p.upper!.paid[t] });
  });
  return out;
}
