import type { PooledRegion } from './types';

/** A region's risk under one pooling rule, read off its path (deterministic, or one Monte Carlo path). */
export interface RegionRisk {
  id: string;
  /** first year with a current deficit after transfers: income − paidUp + received − expenditure < 0; null: none */
  firstDeficitYear: number | null;
  /** first year whose balance is below zero (基金穿底); null: never */
  exhaustionYear: number | null;
  /** Σ least treasury top-up over the horizon, units.money */
  topUp: number;
  /** balance at the end of the horizon, units.money */
  endBalance: number;
}

/**
 * The risk figures of one pooled region (see RegionRisk), from its yearly rows; `years[t]` is the
 * calendar year of index t.
 */
export function regionRisk(r: PooledRegion, years: readonly number[]): RegionRisk {
  let firstDeficitYear: number | null = null;
  let exhaustionYear: number | null = null;
  let topUp = 0;
  for (let t = 0; t < years.length; t++) {
    if (firstDeficitYear === null && r.income[t] - r.paidUp[t] + r.received[t] - r.expenditure[t] < 0) firstDeficitYear = years[t];
    if (exhaustionYear === null && r.balance[t] < 0) exhaustionYear = years[t];
    topUp += r.topUp[t];
  }
  return { id: r.id, firstDeficitYear, exhaustionYear, topUp, endBalance: years.length ? r.balance[years.length - 1] : r.openingBalance };
}
