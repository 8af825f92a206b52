import { budgetLine } from '../money/budgetLines';
import type { PoolingResult } from './types';

/** The ids of the budget-table lines (money/budgetLines) that carry money between levels. */
type TransferLineId = 'remittance_to_upper' | 'subsidy_from_upper' | 'remittance_from_lower' | 'subsidy_to_lower';

/** A transfer line: its budget-table line (id, zh and en names from money/budgetLines), the side of the account it is on, and whose account it is in. */
export interface TransferLineSpec {
  id: TransferLineId;
  zh: string;
  en: string;
  side: 'income' | 'expenditure';
  /** `region`: a pooling region's fund; `upper`: the provincial fund or the adjustment fund */
  of: 'region' | 'upper';
}

const spec = (id: TransferLineId, of: 'region' | 'upper'): TransferLineSpec => {
  const line = budgetLine(id)!;
  return { id, zh: line.zh, en: line.en, side: line.kind as 'income' | 'expenditure', of };
};

/**
 * The budget lines that carry money between levels, as the fund budget table names them
 * (money/budgetLines, one place): a region's 上解上级支出 (`remittance_to_upper`) and
 * 上级补助收入 (`subsidy_from_upper`); the upper fund's 下级上解收入 (`remittance_from_lower`)
 * and 补助下级支出 (`subsidy_to_lower`).
 */
export const TRANSFER_LINES: readonly TransferLineSpec[] = [spec('remittance_to_upper', 'region'), spec('subsidy_from_upper', 'region'), spec('remittance_from_lower', 'upper'), spec('subsidy_to_lower', 'upper')];

/** One transfer budget line of one account (a region or the upper fund) in one year, units.money. */
export interface TransferLine {
  rule: string;
  year: number;
  /** region id, or the upper fund's id (province_fund, adjustment_fund) */
  account: string;
  /** the budget-table line id (money/budgetLines) */
  line: TransferLineId;
  amount: number;
}

/**
 * The transfers of a pooling result as budget lines: for each year, each region's
 * remittance_to_upper (上解上级支出, PooledRegion.paidUp) and subsidy_from_upper (上级补助收入,
 * PooledRegion.received), then the upper fund's remittance_from_lower (下级上解收入,
 * PooledUpperFund.received) and subsidy_to_lower (补助下级支出, PooledUpperFund.paid). Lines of
 * zero are kept, so every account has its two lines in every year. Empty for separate funds.
 * Σ over the regions of 上解上级支出 = the upper fund's 下级上解收入, and Σ 上级补助收入 = its
 * 补助下级支出, in every year (rollUp checks that the transfers net to zero).
 */
export function transferLines(p: PoolingResult): TransferLine[] {
  const out: TransferLine[] = [];
  const upper = p.upper;
  if (!upper) return out;
  const rule = p.rule.id;
  p.years.forEach((year, t) => {
    for (const r of p.regions) {
      out.push({ rule, year, account: r.id, line: 'remittance_to_upper', amount: r.paidUp[t] });
      out.push({ rule, year, account: r.id, line: 'subsidy_from_upper', amount: r.received[t] });
    }
    out.push({ rule, year, account: upper.id, line: 'remittance_from_lower', amount: upper.received[t] });
    out.push({ rule, year, account: upper.id, line: 'subsidy_to_lower', amount: upper.paid[t] });
  });
  return out;
}
