import { seededNormal, seededRandom } from '../benefits/seededRandom';

/**
 * Test helper: seeded draws of monthly shares from a Dirichlet distribution with mean `weights` and
 * concentration κ (each month a Gamma(κ·w_k, 1) draw, divided by their sum), so the true cumulative
 * share is C_k = Σ_{j≤k} w_j exactly and its sd √(C_k(1 − C_k)/(κ + 1)) — known before any estimate.
 * Gamma draws by Marsaglia & Tsang (2000), with the u^{1/a} boost for shapes below 1.
 */
export function dirichletMonths(seed: number, weights: readonly number[], concentration: number): () => number[] {
  const u = seededRandom(seed);
  const z = seededNormal(seed ^ 0x5bd1e995);
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * u() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = z();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      if (Math.log(u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return () => {
    const g = weights.map((w) => gamma(concentration * w));
    const total = g.reduce((s, x) => s + x, 0);
    return g.map((x) => x / total);
  };
}
