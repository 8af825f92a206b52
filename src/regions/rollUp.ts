import { FundcastError } from '../errors/FundcastError';
import type { PoolingResult } from './types';

/** One year of the province under a pooling rule: Σ regions plus the upper fund. */
export interface ProvinceYear {
  year: number;
  /** Σ own income of the regions (interest included) + the upper fund's interest */
  income: number;
  /** Σ expenditure of the regions */
  expenditure: number;
  surplus: number;
  /** Σ regional balances + the upper fund's balance */
  balance: number;
  /** 12·B/E, null when E = 0 */
  reserveMonths: number | null;
  /** Σ regions (上级补助收入 − 上解上级支出) + upper fund (下级上解收入 − 补助下级支出): zero when money is only moved */
  transfersNet: number;
  /** Σ least top-ups (regions, and the provincial fund under full pooling) */
  topUp: number;
}

/**
 * Rolls a pooling result up to the province: province = Σ regions (+ the upper fund), and checks
 * the identities in every year, to relTol of the year's largest flow:
 *   transfers net to zero: Σ_r (received_r − paidUp_r) + (upper received − upper paid) = 0;
 *   balance: B_t = B_{t−1} + I_t − E_t for the province (B₀ = Σ base-year balances + the fund's).
 * Throws FundcastError `regions.identity` naming the year when one fails (a pooling rule that
 * creates or loses money).
 */
export function rollUp(p: PoolingResult, relTol = 1e-9): ProvinceYear[] {
  const n = p.years.length;
  const out: ProvinceYear[] = [];
  let previous = p.regions.reduce((s, r) => s + r.openingBalance, 0) + (p.upper?.openingBalance ?? 0);
  for (let t = 0; t < n; t++) {
    let income = p.upper ? p.upper.interest[t] : 0;
    let expenditure = 0;
    let balance = p.upper ? p.upper.balance[t] : 0;
    let net = p.upper ? p.upper.received[t] - p.upper.paid[t] : 0;
    let topUp = p.upper ? p.upper.topUp[t] : 0;
    let scale = Math.abs(balance) + (p.upper ? p.upper.received[t] + p.upper.paid[t] : 0);
    for (const r of p.regions) {
      income += r.income[t];
      expenditure += r.expenditure[t];
      balance += r.balance[t];
      net += r.received[t] - r.paidUp[t];
      topUp += r.topUp[t];
      scale += Math.abs(r.income[t]) + Math.abs(r.expenditure[t]) + Math.abs(r.balance[t]);
    }
    const year = p.years[t];
    const tol = relTol * Math.max(1, scale);
    if (!(Math.abs(net) <= tol)) throw new FundcastError('regions.identity', { what: `${p.rule.id}: transfers net to zero`, year, detail: `net ${net}` });
    const gap = balance - (previous + income - expenditure);
    if (!(Math.abs(gap) <= tol)) throw new FundcastError('regions.identity', { what: `${p.rule.id}: B = B₋₁ + I − E`, year, detail: `off by ${gap}` });
    out.push({ year, income, expenditure, surplus: income - expenditure, balance, reserveMonths: expenditure > 0 ? (12 * balance) / expenditure : null, transfersNet: net, topUp });
    previous = balance;
  }
  return out;
}

