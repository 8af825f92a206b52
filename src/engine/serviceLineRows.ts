import type { ServiceLineAssumptions } from '../assumptions/types';
import type { CareIndicators, ServiceLineRow } from '../results/types';
import { logMeanDecomposition } from './logMeanDecomposition';
import type { YearFlows } from './YearFlows';

/** One year of a fund's service lines before the comparison with the year before (serviceLineState). */
export interface ServiceLineState {
  /** per line: spending, units.money */
  spending: number[];
  /** per line: cases, units.persons (null: no `use`) */
  cases: (number | null)[];
  /** per line and status: the factors [members, aging, use, price, policy] whose product is the status's part of the line */
  factors: number[][][];
  /** members of the fund, units.persons */
  members: number;
  /** benefit spending of the fund, units.money */
  benefits: number;
}

const BENEFIT_ITEM: Record<string, string> = { actives: 'benefits_actives', retirees: 'benefits_retirees', insured: 'benefits' };

/**
 * A fund's service lines in year i, from that year's flows: each status's benefit item B_s split
 * over its lines in proportion to their per-head spending, so that the lines always sum to the
 * benefit items (whatever cost control or a lever did to the total):
 *
 *   T_{s,l} = B_s · c_{s,l}(i) / Σ_l c_{s,l}(i),   line spending = Σ_s T_{s,l}
 *   cases_l = Σ_s N_s · u_{s,l}(0) · U_l(i) · A_s(i)       (null when the line has no `use`)
 *   T_{s,l} = N_s · A_s · U_l · P_{s,l} · policy,   policy = T_{s,l} / (N_s · A_s · U_l · P_{s,l})
 *
 * (the last line defines the policy factor — cost control, line savings, lever moves — as what
 * members, aging, use and price leave, so that the factors' product is the line exactly).
 */
export function serviceLineState(lines: ServiceLineAssumptions, i: number, flows: YearFlows): ServiceLineState {
  const statuses = Object.keys(lines.statuses);
  const spending = lines.ids.map(() => 0);
  const cases: (number | null)[] = lines.ids.map(() => 0);
  const factors: number[][][] = lines.ids.map(() => []);
  let members = 0;
  let benefits = 0;
  for (const status of statuses) {
    const st = lines.statuses[status];
    const n = flows.members[status];
    const b = flows.expenditure[BENEFIT_ITEM[status]];
    members += n;
    benefits += b;
    let perHead = 0;
    for (const c of st.perHead) perHead += c[i];
    const ageMix = st.ageMix ? st.ageMix[i] : 1;
    lines.ids.forEach((_, l) => {
      const part = perHead > 0 ? (b * st.perHead[l][i]) / perHead : 0;
      spending[l] += part;
      const use0 = st.use0[l];
      const c = cases[l];
      cases[l] = use0 === null || c === null ? null : c + n * use0 * lines.useIndex[l][i] * ageMix;
      const known = n * ageMix * lines.useIndex[l][i] * st.priceIndex[l][i];
      factors[l].push([n, ageMix, lines.useIndex[l][i], st.priceIndex[l][i], known > 0 ? part / known : 0]);
    });
  }
  return { spending, cases, factors, members, benefits };
}

/**
 * The result fields of a year's service lines (ServiceLineRow per line, CareIndicators), given
 * that year's state and the year before's: shares of benefit spending, growth, cost per case
 * = spending ÷ (cases · k) in yuan, and the change split into members, aging, use, price and policy
 * by logMeanDecomposition per status (the statuses' parts added).
 */
export function serviceLineRows(lines: ServiceLineAssumptions, k: number, now: ServiceLineState, before: ServiceLineState): { serviceLines: Record<string, ServiceLineRow>; care: CareIndicators } {
  const serviceLines: Record<string, ServiceLineRow> = {};
  const costPerCase = (s: ServiceLineState, l: number) => {
    const c = s.cases[l];
    return c !== null && c > 0 ? s.spending[l] / (c * k) : null;
  };
  lines.ids.forEach((id, l) => {
    const change = { members: 0, aging: 0, use: 0, price: 0, policy: 0 };
    now.factors[l].forEach((f, s) => {
      const [members, aging, use, price, policy] = logMeanDecomposition(before.factors[l][s], f);
      change.members += members;
      change.aging += aging;
      change.use += use;
      change.price += price;
      change.policy += policy;
    });
    serviceLines[id] = {
      spending: now.spending[l],
      share: now.benefits > 0 ? now.spending[l] / now.benefits : 0,
      growth: before.spending[l] > 0 ? now.spending[l] / before.spending[l] - 1 : null,
      cases: now.cases[l],
      costPerCase: costPerCase(now, l),
      change,
    };
  });
  const at = (id: string) => lines.ids.indexOf(id as ServiceLineAssumptions['ids'][number]);
  const inpatient = at('inpatient');
  const cpa = inpatient >= 0 ? costPerCase(now, inpatient) : null;
  const cpaBefore = inpatient >= 0 ? costPerCase(before, inpatient) : null;
  const shareOf = (l: number) => (l >= 0 && now.benefits > 0 ? now.spending[l] / now.benefits : null);
  const admissions = inpatient >= 0 ? now.cases[inpatient] : null;
  return {
    serviceLines,
    care: {
      costPerAdmission: cpa,
      costPerAdmissionGrowth: cpa !== null && cpaBefore !== null && cpaBefore > 0 ? cpa / cpaBefore - 1 : null,
      admissionRate: admissions !== null && now.members > 0 ? admissions / now.members : null,
      drugShare: shareOf(at('pharmacy')),
      outOfRegionShare: shareOf(at('out_of_region')),
    },
  };
}
