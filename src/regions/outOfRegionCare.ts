import { OUTSIDE, type OutOfRegionShare } from './readOutOfRegionFlows';
import type { RegionFlows } from './types';

/** Out-of-region care of one year: who pays (residence) and where the care is bought (treatment). */
export interface OutOfRegionYear {
  year: number;
  /** flows[residence][treatment] = share × E_residence (units.money); the residence's own entry is care at home */
  flows: Record<string, Record<string, number>>;
  /** spending at each region's providers: Σ over residences of flows[·][region] */
  byTreatment: Record<string, number>;
  /** spending outside the province */
  outside: number;
}

/**
 * Out-of-region care as flows from the region of residence (whose fund pays) to the region of
 * treatment, year by year: flow_{i→j,t} = share_{ij}·E_{i,t}, care at home = (1 − Σ_j share_{ij})·E_{i,t}.
 * Each residence's flows add up to its expenditure; the treatment view (spending at a region's
 * providers) adds up, with `outside`, to the province's expenditure.
 */
export function outOfRegionCare(flows: readonly RegionFlows[], shares: readonly OutOfRegionShare[], firstYear: number): OutOfRegionYear[] {
  const n = flows.length ? flows[0].expenditure.length : 0;
  const out: OutOfRegionYear[] = [];
  for (let t = 0; t < n; t++) {
    const year: OutOfRegionYear = { year: firstYear + t, flows: {}, byTreatment: Object.fromEntries(flows.map((f) => [f.id, 0])), outside: 0 };
    for (const f of flows) {
      const E = f.expenditure[t];
      const row: Record<string, number> = {};
      let away = 0;
      for (const s of shares) {
        if (s.residence !== f.id) continue;
        const x = s.share * E;
        row[s.treatment] = (row[s.treatment] ?? 0) + x;
        away += x;
      }
      row[f.id] = E - away;
      year.flows[f.id] = row;
      for (const [j, x] of Object.entries(row)) {
        if (j === OUTSIDE) year.outside += x;
        else year.byTreatment[j] += x;
      }
    }
    out.push(year);
  }
  return out;
}
