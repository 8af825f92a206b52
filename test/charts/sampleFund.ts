import type { FundLike } from '../../src/charts/types';

/**
 * A five-year fund worked by hand (money in 亿元), frozen so that a chart that mutates its
 * input fails. Surplus S = I − E, balance B_t = B_{t−1} + S_t from B_2023 = 90, reserve
 * months M = B / (E / 12):
 *
 *   year  I    E    S     B     M
 *   2024  130  120   10   100   100 / 10 = 10
 *   2025  130  120   10   110   110 / 10 = 11
 *   2026   20    0   20   130   null (no expenditure)
 *   2027  100  120  −20   110   110 / 10 = 11      first deficit (S < 0)
 *   2028  100  240 −140   −30   −30 / 20 = −1.5    exhaustion (B < 0)
 */
export function sampleFund(): FundLike {
  const rows = [
    { year: 2024, income: 130, expenditure: 120, surplus: 10, balance: 100, reserveMonths: 10, band: 'high' },
    { year: 2025, income: 130, expenditure: 120, surplus: 10, balance: 110, reserveMonths: 11, band: 'high' },
    { year: 2026, income: 20, expenditure: 0, surplus: 20, balance: 130, reserveMonths: null, band: 'no_expenditure' },
    { year: 2027, income: 100, expenditure: 120, surplus: -20, balance: 110, reserveMonths: 11, band: 'high' },
    { year: 2028, income: 100, expenditure: 240, surplus: -140, balance: -30, reserveMonths: -1.5, band: 'exhausted' },
  ].map((r) => Object.freeze(r));
  return Object.freeze({
    id: 'sample',
    name: '样例基金',
    rows: Object.freeze(rows) as FundLike['rows'],
    firstDeficitYear: 2027,
    exhaustionYear: 2028,
  });
}

/** The layers of a layered spec, typed loosely for inspection in tests. */
export type Layer = { mark: { type: string; [k: string]: unknown }; data?: { values: Record<string, unknown>[] };
  encoding: Record<string, Record<string, unknown>>; transform?: unknown[] };

export function layersOf(spec: Record<string, unknown>): Layer[] {
  return spec.layer as Layer[];
}
