import { FundcastError } from '../errors/FundcastError';
import type { Assumptions } from '../assumptions/types';
import { findLever, leverArrays } from '../levers/leverRegistry';

/**
 * The value of a lever in force in the year before `from` — the point a phase-in starts from.
 *
 *   rate, amount, level:  a[from − 1 − baseYear] of the lever's array
 *   growth:               0 (the lever is an extra growth added on top of the scenario's)
 *
 * Units: those of the lever. Throws (from the lever registry) for an unknown lever, and an Error
 * for an unknown fund or a year outside base year + 1 … end year.
 * @example currentLeverValue(assumptions, 'employee', 'employer_rate', 2025) // 0.07 in small-district
 */
export function currentLeverValue(assumptions: Assumptions, fundId: string, leverName: string, from: number): number {
  const fund = assumptions.funds.find((f) => f.id === fundId);
  if (!fund) throw new FundcastError('solve.current.unknownFund', { fundId });
  const lever = findLever(leverName, fund.scheme);
  const { baseYear, endYear } = assumptions.timeline;
  if (!Number.isInteger(from) || from <= baseYear || from > endYear) {
    throw new FundcastError('solve.current.fromOutside', { first: baseYear + 1, endYear, from });
  }
  if (lever.kind === 'growth') return 0;
  return leverArrays(fund, lever)[0][from - 1 - baseYear];
}
