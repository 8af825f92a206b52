import type { Assumptions } from '../assumptions/types';
import { applyLever } from './applyLever';
import { findLever } from '../levers/leverRegistry';
import { SolveError } from './SolveError';
import type { LeverYearValue } from './types';

/**
 * Sets a lever year by year: each entry of `path` is in force from its year until the next
 * entry's year, the last one to the horizon. Pure: built only from `applyLever` calls, in order.
 *
 *   rate, amount, level: applyLever(v_k from year_k) for k = 1 … n — each call overwrites the
 *                        years after it, so year y ends up with the latest v_k whose year_k ≤ y
 *                        (for a level, v_k is the level in year_k, later years keep their growth)
 *   growth:              v_k is the extra growth in force from year_k; applyLever compounds, so
 *                        entry k is applied as the increment (1 + v_k)/(1 + v_{k−1}) − 1, v_0 = 0,
 *                        giving the level in year y the factor Π over years ≤ y of (1 + v in force)
 *
 * Units: those of the lever. Throws a SolveError when the years are not strictly increasing,
 * and the errors of `applyLever` (unknown fund or lever, year outside the projection).
 * @example applyLeverPath(a, { fund: 'employee', lever: 'employer_rate', path: [{ year: 2025, value: 0.075 }, { year: 2026, value: 0.08 }] })
 */
export function applyLeverPath(assumptions: Assumptions, setting: { fund: string; lever: string; path: readonly LeverYearValue[] }): Assumptions {
  const fund = assumptions.funds.find((f) => f.id === setting.fund);
  if (!fund) throw new SolveError('solve.fund.unknown', { fund: setting.fund, id: assumptions.scenario.id });
  const growth = findLever(setting.lever, fund.scheme).kind === 'growth';
  let out = assumptions;
  let previous = 0;
  let lastYear = -Infinity;
  for (const { year, value } of setting.path) {
    if (!(year > lastYear)) throw new SolveError('solve.path.years', { year, lastYear });
    const applied = growth ? (1 + value) / (1 + previous) - 1 : value;
    out = applyLever(out, { fund: setting.fund, lever: setting.lever, value: applied, from: year });
    previous = value;
    lastYear = year;
  }
  return out;
}
