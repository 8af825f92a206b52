import type { SavingSpec } from '../scenario/policySchema';
import { SERVICE_LINE_IDS, type EmployeeServiceLinesSpec, type ResidentServiceLinesSpec } from '../scenario/serviceLinesSchema';
import { growthPath } from './growthPath';
import type { Path, ResolutionContext } from './resolutionContext';
import { savingFactor } from './savingFactor';
import type { ServiceLineAssumptions, ServiceLineStatus } from './types';

/** What a status (actives, retirees, insured) brings to its lines: base-year spending per head, its spending growth and age-mix index. */
export interface StatusSpending {
  perHead0: number;
  growth: Float64Array;
  ageMix: Float64Array | undefined;
}

/**
 * The service lines of a fund (utilisation × cost per case, the ILO health-budget form), per
 * status s and line l, index i = year − base year:
 *
 *   use per member   u_{s,l}(i) = u_{s,l}(0) · U_l(i) · A_s(i)          U_l = Π (1 + use_growth)   (default growth 0)
 *   cost per case    p_{s,l}(i) = (σ_{s,l} · c_s(0) / u_{s,l}(0)) · P_{s,l}(i) · M_l(i)
 *                                                                     P = Π (1 + price_growth)  (default: the status's spending growth)
 *   per head         c_{s,l}(i) = σ_{s,l} · c_s(0) · U_l(i) · P_{s,l}(i) · A_s(i) · M_l(i)
 *
 * σ the line's base-year share (Σ_l σ_{s,l} = 1, checked in checkScenarioSemantics), c_s(0) the
 * status's base-year spending per head (splitBaseYearSpending), A_s the age-mix index (aging raises
 * use, not the price of a case), M_l = Π savingFactor over the savings naming the line. The
 * fund's per head spending is Σ_l c_{s,l}: with every line at its default growth and no line
 * saving it equals the one-line form c_s(0) · Π (1 + g_s) · A_s (to rounding).
 */
export function serviceLineAssumptions(
  spec: EmployeeServiceLinesSpec | ResidentServiceLinesSpec,
  statuses: Record<string, StatusSpending>,
  savings: readonly SavingSpec[],
  ctx: ResolutionContext,
  path: Path,
): { lines: ServiceLineAssumptions; perHead: Record<string, Float64Array> } {
  const n = ctx.timeline.length;
  const ids = SERVICE_LINE_IDS.filter((id) => spec.lines[id] !== undefined);
  const lineMultiplier = ids.map((id) => {
    const m = new Float64Array(n).fill(1);
    for (const s of savings) if (s.line === id) for (let i = 0; i < n; i++) m[i] *= savingFactor(s, ctx.timeline.baseYear + i);
    return m;
  });
  const useIndex = ids.map((id) => {
    const g = spec.lines[id]!.use_growth;
    return g === undefined ? new Float64Array(n).fill(1) : growthPath(1, ctx.num(g, [...path, 'lines', id, 'use_growth']));
  });
  const priceGrowth = ids.map((id) => {
    const g = spec.lines[id]!.price_growth;
    return g === undefined ? null : ctx.num(g, [...path, 'lines', id, 'price_growth']);
  });
  const out: Record<string, ServiceLineStatus> = {};
  const perHead: Record<string, Float64Array> = {};
  for (const [status, st] of Object.entries(statuses)) {
    const base = ids.map((id) => valueFor(spec.lines[id]!.share, status) * st.perHead0);
    const priceIndex = ids.map((_, l) => growthPath(1, priceGrowth[l] ?? st.growth));
    const use0 = ids.map((id) => {
      const u = spec.lines[id]!.use;
      return u === undefined ? null : valueFor(u, status);
    });
    const lines = ids.map((_, l) => {
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) c[i] = base[l] * useIndex[l][i] * priceIndex[l][i] * (st.ageMix ? st.ageMix[i] : 1) * lineMultiplier[l][i];
      return c;
    });
    const total = new Float64Array(n);
    for (const c of lines) for (let i = 0; i < n; i++) total[i] += c[i];
    out[status] = { base, use0, priceIndex, ageMix: st.ageMix ?? null, perHead: lines };
    perHead[status] = total;
  }
  return { lines: { ids, useIndex, lineMultiplier, statuses: out }, perHead };
}

function valueFor(v: number | { actives: number; retirees: number }, status: string): number {
  return typeof v === 'number' ? v : v[status as 'actives' | 'retirees'];
}
