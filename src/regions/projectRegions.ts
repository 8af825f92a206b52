import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import type { Assumptions, TotalsAssumptions } from '../assumptions/types';
import { unitFactor } from '../assumptions/unitFactor';
import { project } from '../engine/project';
import { FundcastError } from '../errors/FundcastError';
import { checkIdentities } from '../results/checkIdentities';
import type { ProjectionResult } from '../results/types';
import type { RegionSet } from './loadRegions';
import { outOfRegionCare, type OutOfRegionYear } from './outOfRegionCare';
import { poolingRules } from './poolingRules';
import { poolRegions } from './poolRegions';
import { rankRegions, type RankedRegion } from './rankRegions';
import { regionFlows } from './regionFlows';
import { regionRisk } from './regionRisk';
import { rollUp, type ProvinceYear } from './rollUp';
import type { PoolingResult, RegionFlows } from './types';

/** One pooling rule's outcome: the pooled rows, the province roll-up and the ranking of regions. */
export interface RuleOutcome {
  pooling: PoolingResult;
  province: ProvinceYear[];
  ranking: RankedRegion[];
}

/** A multi-region projection: each region's own projection, its flows, and every pooling rule compared. */
export interface RegionsProjection {
  id: string;
  name: string;
  nameZh: string | null;
  baseYear: number;
  endYear: number;
  units: { money: string; persons: string };
  assumptions: Assumptions[];
  results: ProjectionResult[];
  flows: RegionFlows[];
  rules: RuleOutcome[];
  outOfRegion: OutOfRegionYear[];
}

/** Options of projectRegions: which pooling rules (default every configured one). */
export interface ProjectRegionsOptions {
  rules?: readonly string[];
}

/**
 * Projects every region of a region set on its own (resolveAssumptions → project, identities
 * checked), then runs the regions' flows through each pooling rule (poolRegions), rolls each up to
 * the province (rollUp: province = Σ regions, transfers net to zero, B = B₋₁ + I − E) and ranks
 * the regions by risk (rankRegions: exhaustion, first deficit, required top-up per insured person;
 * the least top-up keeps each balance at `risk.top_up_floor_months`, default 0). Out-of-region
 * care, where given, is split into flows from residence to treatment region (outOfRegionCare).
 */
export function projectRegions(set: RegionSet, options: ProjectRegionsOptions = {}): RegionsProjection {
  const { doc } = set;
  const assumptions = set.scenarios.map((s) => resolveAssumptions(s));
  const results = assumptions.map((a) => {
    const r = project(a, { demography: false });
    const broken = checkIdentities(r);
    if (broken.length) throw new FundcastError('regions.identity', { what: a.scenario.id, year: a.timeline.baseYear, detail: broken[0] });
    return r;
  });
  const flows = assumptions.map((a, i) => regionFlows(a.funds[0] as TotalsAssumptions, results[i].funds[0], set.rows[i].insured));
  const k = unitFactor(doc.units);
  const firstYear = doc.base_year + 1;
  const floor = doc.risk?.top_up_floor_months ?? 0;
  const rules = poolingRules(doc, flows, set.file, options.rules).map((rule) => {
    const pooling = poolRegions(flows, rule, { firstYear, topUpFloorMonths: floor });
    const province = rollUp(pooling);
    const ranking = rankRegions(
      pooling.regions.map((r, i) => {
        const risk = regionRisk(r, pooling.years);
        return { id: r.id, name: set.rows[i].name, nameZh: set.rows[i].nameZh ?? null, firstDeficitYear: risk.firstDeficitYear, exhaustionYear: risk.exhaustionYear, probabilityOfExhaustion: null, topUpPerInsured: r.insured > 0 ? risk.topUp / (r.insured * k) : 0 };
      }),
    );
    return { pooling, province, ranking };
  });
  return {
    id: doc.id,
    name: doc.name,
    nameZh: doc.name_zh ?? null,
    baseYear: doc.base_year,
    endYear: doc.end_year,
    units: doc.units,
    assumptions,
    results,
    flows,
    rules,
    outOfRegion: set.outOfRegion.length ? outOfRegionCare(flows, set.outOfRegion, firstYear) : [],
  };
}
