import { resolveNumberSeries, type Assumptions, type NumberSeries, type Scenario } from '../../src/index';

/**
 * The scenario document of one Monte Carlo path written out by hand: every shocked parameter
 * replaced by its per-year values, from the definitions in docs/stochastic.md —
 *   growth: g̃_t = clamp(g_t + s_t, −0.99, 1);  rate: clamp(p_t + s_t, min, max);  amount: p_t·(1 + max(s_t, −1))
 * — and the stochastic block removed. Projecting it with any engine must give that path's numbers.
 * `values` is a ShockDrawer's output. Parameters changed by `adjustments` are not supported.
 */
export function rewriteWithShocks(scenario: Scenario, assumptions: Assumptions, values: Float64Array): Scenario {
  const doc = structuredClone(scenario) as unknown as Record<string, any>;
  delete doc.stochastic;
  const { baseYear, length } = assumptions.timeline;
  assumptions.stochastic!.shocks.forEach((shock, j) => {
    for (const t of shock.targets) {
      const fund = doc.funds[assumptions.funds[t.fund].id];
      const keys = t.parameter.split('.');
      const parent = keys.slice(0, -1).reduce((o, k) => (o[k] ??= {}), fund);
      const last = keys[keys.length - 1];
      const p = parent[last] === undefined ? new Float64Array(length) : resolveNumberSeries(parent[last] as NumberSeries, baseYear, baseYear + length - 1);
      const year: Record<string, number> = {};
      for (let i = 0; i < length; i++) {
        const s = values[j * length + i];
        year[String(baseYear + i)] = t.effect === 'scale' ? p[i] * (1 + Math.max(s, -1)) : Math.min(Math.max(p[i] + s, t.min), t.max);
      }
      parent[last] = year;
    }
  });
  return doc as unknown as Scenario;
}
