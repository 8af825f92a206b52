/**
 * A level grown year by year: x[0] = x0, x[i] = x[i−1] · (1 + g[i]) for i ≥ 1.
 * `g[0]` (the base year's growth) is not used. Cost O(n).
 * @example growthPath(100, Float64Array.of(0, 0.1, 0.1)) // [100, 110, 121]
 */
export function growthPath(x0: number, g: Float64Array): Float64Array {
  const x = new Float64Array(g.length);
  x[0] = x0;
  for (let i = 1; i < g.length; i++) x[i] = x[i - 1] * (1 + g[i]);
  return x;
}
