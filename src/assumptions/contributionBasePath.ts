import type { EmployeeFundSpec } from '../scenario/scenarioSchema';
import { cappedBaseFactor } from './cappedBaseFactor';
import { growthPath } from './growthPath';
import type { Path, ResolutionContext } from './resolutionContext';

/**
 * Contribution base per active by year: B(t) = B₀·Π_{s ≤ t}(1 + g_s) (growthPath), and with
 * `base_limits` B(t)·cappedBaseFactor(floor_t, cap_t, cv) — the mean of wages clamped to
 * [floor·w̄, cap·w̄] under a lognormal wage distribution. A cap below its floor is reported by
 * checkScenarioSemantics; the path is then left uncapped.
 */
export function contributionBasePath(c: EmployeeFundSpec['contributions'], ctx: ResolutionContext, p: Path): Float64Array {
  const path = growthPath(c.base_per_active, ctx.num(c.base_growth, [...p, 'contributions', 'base_growth']));
  const limits = c.base_limits;
  if (!limits) return path;
  const floor = ctx.num(limits.floor_share, [...p, 'contributions', 'base_limits', 'floor_share']);
  const cap = ctx.num(limits.cap_share, [...p, 'contributions', 'base_limits', 'cap_share']);
  if (cap.some((x, i) => x < floor[i])) return path;
  for (let i = 0; i < path.length; i++) path[i] *= cappedBaseFactor(floor[i], cap[i], limits.wage_cv);
  return path;
}
