import { lookupLever } from '../levers/leverRegistry';
import type { FundSpec } from '../scenario/scenarioSchema';
import type { FundRules, Timeline } from './types';

/**
 * The rules evaluated inside the projection loop, with years turned into array indexes
 * (fromIndex = max(1, from − base year): a rule never acts in the base year). A rate rule on a
 * lever the fund's scheme lacks is dropped here (checkScenarioSemantics reports it).
 */
export function fundRules(spec: FundSpec, timeline: Timeline): FundRules {
  const { baseYear } = timeline;
  const r = spec.rules;
  const topUp = r?.treasury_top_up ? { floorMonths: r.treasury_top_up.floor_months, fromIndex: Math.max(1, r.treasury_top_up.from - baseYear) } : null;
  const ra = r?.rate_adjustment;
  const lever = ra ? lookupLever(ra.lever, spec.scheme) : undefined;
  const rateAdjustment =
    ra && lever
      ? { lever: lever.name, belowMonths: ra.below_months, years: ra.years, step: ra.step, cap: ra.cap, fromIndex: Math.max(1, ra.from - baseYear) }
      : null;
  return { topUp, rateAdjustment };
}
