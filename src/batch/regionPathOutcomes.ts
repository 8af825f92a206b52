import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import type { TotalsAssumptions } from '../assumptions/types';
import { unitFactor } from '../assumptions/unitFactor';
import { project } from '../engine/project';
import { kernelModel } from '../montecarlo/kernelModel';
import { runPaths } from '../montecarlo/runPaths';
import type { PathBlock } from '../montecarlo/types';
import type { RegionSet } from '../regions/loadRegions';
import { poolingRules } from '../regions/poolingRules';
import { poolRegions } from '../regions/poolRegions';
import { regionFlows } from '../regions/regionFlows';
import { regionRisk } from '../regions/regionRisk';
import { rollUp } from '../regions/rollUp';
import type { PoolingRule, RegionFlows } from '../regions/types';
import type { OutcomeColumns } from './partialFormat';

/** A region set made ready for paths: each region's kernel model and deterministic flows, and the rules. */
export interface PreparedRegions {
  set: RegionSet;
  models: ReturnType<typeof kernelModel>[];
  base: RegionFlows[];
  rules: PoolingRule[];
  /** money per person → yuan per person: 1 / unitFactor */
  toYuanPerPerson: number;
}

/** Resolves every region of a set once (assumptions, kernel model, deterministic flows) and its pooling rules. */
export function prepareRegions(set: RegionSet, rules?: readonly string[]): PreparedRegions {
  const assumptions = set.scenarios.map((s) => resolveAssumptions(s));
  const base = assumptions.map((a, i) => regionFlows(a.funds[0] as TotalsAssumptions, project(a, { demography: false }).funds[0], set.rows[i].insured));
  const usable = rules ? rules.filter((r) => r !== 'adjustment_fund' || set.doc.pooling?.adjustment_fund) : undefined;
  return { set, models: assumptions.map(kernelModel), base, rules: poolingRules(set.doc, base, set.file, usable), toYuanPerPerson: 1 / unitFactor(set.doc.units) };
}

/**
 * The stream seed of one scenario: the job's seed and the scenario's id joined by a NUL (which
 * neither may contain), so that with the region (the fund id of the stream key, randomStreams)
 * and the path every random stream is keyed by (seed, scenario, region, path) — never by shard.
 */
export function scenarioSeed(seed: string, scenarioId: string): string {
  return `${seed}\0${scenarioId}`;
}

/**
 * Appends to `out` the outcomes of paths [from, to) of a prepared region set: per path, every
 * region's path from the batch kernel (runPaths with the scenario's seed; identical to the
 * deterministic projection when the file has no stochastic block), its own income before
 * interest recovered as I_t = income_t − r_t·B_{t−1}, then each pooling rule (poolRegions),
 * rolled up (rollUp, identities checked) — one row per rule and entity: the regions in table
 * order, `province`, and `adjustment_fund` under that rule.
 */
export function regionPathOutcomes(p: PreparedRegions, seed: string, from: number, to: number, out: OutcomeColumns): void {
  if (to <= from) return;
  const { set, models, base } = p;
  const id = set.doc.id;
  const firstYear = set.doc.base_year + 1;
  const floor = set.doc.risk?.top_up_floor_months ?? 0;
  const blocks: PathBlock[] = models.map((m) => runPaths(m, { seed: scenarioSeed(seed, id), from, to, floorMonths: floor }));
  const n = set.doc.end_year - set.doc.base_year;
  const insuredTotal = base.reduce((s, f) => s + f.insured, 0);
  for (let path = from; path < to; path++) {
    const c = path - from;
    const flows: RegionFlows[] = base.map((f, r) => {
      const b = blocks[r].funds[0];
      const income = new Float64Array(n);
      let opening = f.openingBalance;
      for (let t = 0; t < n; t++) {
        income[t] = b.income[c * n + t] - f.interestRate[t] * opening;
        opening = b.balance[c * n + t];
      }
      return { ...f, income, expenditure: b.expenditure.slice(c * n, c * n + n) };
    });
    for (const rule of p.rules) {
      const pooled = poolRegions(flows, rule, { firstYear, topUpFloorMonths: floor });
      const province = rollUp(pooled);
      const push = (entity: string, firstDeficit: number | null, exhaustion: number | null, topUp: number, insured: number, end: number) => {
        out.scenario.push(id);
        out.rule.push(rule.id);
        out.entity.push(entity);
        out.path.push(path);
        out.first_deficit_year.push(firstDeficit);
        out.exhaustion_year.push(exhaustion);
        out.top_up.push(topUp);
        out.top_up_per_insured.push(insured > 0 ? (topUp / insured) * p.toYuanPerPerson : 0);
        out.end_balance.push(end);
      };
      for (const r of pooled.regions) {
        const risk = regionRisk(r, pooled.years);
        push(r.id, risk.firstDeficitYear, risk.exhaustionYear, risk.topUp, r.insured, risk.endBalance);
      }
      const deficit = province.find((y) => y.surplus < 0)?.year ?? null;
      const exhausted = province.find((y) => y.balance < 0)?.year ?? null;
      push('province', deficit, exhausted, province.reduce((s, y) => s + y.topUp, 0), insuredTotal, province.at(-1)?.balance ?? 0);
      const u = pooled.upper;
      if (u && u.id === 'adjustment_fund') {
        const t = u.balance.findIndex((b, i) => b <= 0 && u.paid[i] > 0);
        const short = u.received.findIndex((x, i) => u.paid[i] > x);
        push('adjustment_fund', short < 0 ? null : pooled.years[short], t < 0 ? null : pooled.years[t], 0, insuredTotal, u.balance[n - 1] ?? 0);
      }
    }
  }
}
