import { parseBenefitSchedule } from '../benefits/parseBenefitSchedule';
import { parseClaimSizeDistribution } from '../benefits/parseClaimSizeDistribution';
import { scheduleCostRatio } from '../benefits/scheduleCostRatio';
import { FundcastError } from '../errors/FundcastError';
import type { BenefitChangeSpec, CostControlSpec } from '../scenario/policySchema';
import { MAX_GROWTH_FACTOR } from '../levers/growthFactorBounds';
import { savingFactor } from './savingFactor';
import type { Timeline } from './types';

/**
 * Multiplier on benefit spending per head for each year (index i = year − base year), the
 * product of the cost-control levers:
 *
 *   excess cost growth   Π_{j=1..i} (1 + g_j)                       (compounds from the first projected year)
 *   each saving s        savingFactor(s, year) = 1 − affected_s · rate_s · phase_s · part_s   (DRG/DIP, procurement;
 *                        a saving on a service line acts on that line instead: serviceLineAssumptions)
 *   out-of-region care   (1 + share_i · p) / (1 + share_0 · p)       (p = cost premium of out-of-region care)
 *   each benefit change  1 + affected · (R − 1) from its year,       R = E[fund pays | new rules] / E[… | old rules]
 *                        over the claim-size distribution (benefits/scheduleCostRatio), with utilization elasticity
 * The base year's multiplier is 1 unless out-of-region share or a change already applies then.
 */
export function costMultiplier(spec: CostControlSpec | undefined, timeline: Timeline, resolve: (series: unknown, path: string[]) => Float64Array): Float64Array {
  const m = new Float64Array(timeline.length).fill(1);
  if (!spec) return m;
  const benefitChanges = (spec.benefit_changes ?? []).filter((c) => (c.applies_to ?? 'benefits') === 'benefits');
  const yearOf = (i: number) => timeline.baseYear + i;
  if (spec.excess_cost_growth !== undefined) {
    const g = resolve(spec.excess_cost_growth, ['cost_control', 'excess_cost_growth']);
    let f = 1;
    for (let i = 1; i < m.length; i++) {
      f *= 1 + g[i];
      m[i] *= f;
    }
  }
  for (const s of spec.savings ?? []) {
    if (s.line !== undefined) continue; // acts on its service line (serviceLineAssumptions)
    for (let i = 0; i < m.length; i++) m[i] *= savingFactor(s, yearOf(i));
  }
  if (spec.out_of_region) {
    const share = resolve(spec.out_of_region.share, ['cost_control', 'out_of_region', 'share']);
    const p = spec.out_of_region.cost_premium;
    for (let i = 0; i < m.length; i++) m[i] *= (1 + share[i] * p) / (1 + share[0] * p);
  }
  applyBenefitChanges(m, benefitChanges, timeline);
  return m;
}

/**
 * Multiplier on the critical-illness (大病) purchase per head from benefit changes with
 * `applies_to: critical_illness`: 1 + affected · (R − 1) from each change's year.
 */
export function criticalIllnessMultiplier(spec: CostControlSpec | undefined, timeline: Timeline): Float64Array {
  const m = new Float64Array(timeline.length).fill(1);
  applyBenefitChanges(m, (spec?.benefit_changes ?? []).filter((c) => c.applies_to === 'critical_illness'), timeline);
  return m;
}

function applyBenefitChanges(m: Float64Array, changes: NonNullable<CostControlSpec['benefit_changes']>, timeline: Timeline): void {
  for (const c of changes) {
    const ratio = benefitChangeRatio(c);
    if (typeof ratio !== 'number') continue; // reported by checkScenarioSemantics
    for (let i = 0; i < m.length; i++) if (timeline.baseYear + i >= c.from) m[i] *= 1 + c.affected_share * (ratio - 1);
  }
}

/**
 * A benefit change's cost ratio R = E[fund pays | new] / E[… | old] (scheduleCostRatio), or why
 * there is none (English and Chinese): the old schedule pays nothing on the claim sizes, or R is
 * not a finite number within [0, MAX_GROWTH_FACTOR].
 */
export function benefitChangeRatio(c: BenefitChangeSpec): number | { en: string; zh: string } {
  let ratio: number;
  try {
    ratio = scheduleCostRatio(parseBenefitSchedule(c.old), parseBenefitSchedule(c.new), parseClaimSizeDistribution(c.claims), { elasticity: c.elasticity ?? 0 });
  } catch (e) {
    if (e instanceof FundcastError) return { en: e.en, zh: e.zh };
    throw e;
  }
  if (!(ratio >= 0 && ratio <= MAX_GROWTH_FACTOR)) {
    return { en: `the change multiplies the fund's payments by ${ratio}, outside 0–${MAX_GROWTH_FACTOR}`, zh: `该调整使基金支付变为原来的 ${ratio} 倍，超出 0–${MAX_GROWTH_FACTOR}` };
  }
  return ratio;
}
