/**
 * The plausibility bound on compounded growth: a path grown from its base year by annual rates g,
 *   F(i) = Π_{j=1..i} (1 + g_j),
 * must stay within [MIN_GROWTH_FACTOR, MAX_GROWTH_FACTOR] = [10⁻⁶, 10⁶] over the whole horizon
 * (up to 150 years). 10⁶ is 9.7% a year for 150 years or 100% a year for 20 — beyond any health
 * fund's history; 10⁻⁶ is a fund losing 99.9999% of its members or spending. Inside the bound, and
 * with the schema's level bounds, every output is a finite double; outside it, growth compounds
 * to values like 8e50, or spending decays to a denormal and months of reserve to Infinity.
 */
export const MAX_GROWTH_FACTOR = 1e6;
export const MIN_GROWTH_FACTOR = 1e-6;

/**
 * The first index i ≥ 1 where the compounded factor Π_{j ≤ i}(1 + g_j) leaves
 * [MIN_GROWTH_FACTOR, MAX_GROWTH_FACTOR], with the factor there; null when it never does.
 * @example compoundedGrowthOutside(Float64Array.of(0, 1, 1)) // null
 */
export function compoundedGrowthOutside(g: ArrayLike<number>): { index: number; factor: number } | null {
  let f = 1;
  for (let i = 1; i < g.length; i++) {
    f *= 1 + g[i];
    if (!(f >= MIN_GROWTH_FACTOR && f <= MAX_GROWTH_FACTOR)) return { index: i, factor: f };
  }
  return null;
}
