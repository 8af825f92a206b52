/**
 * An axis range [lo, hi] that contains [min, max] and ends on round steps, about `count` ticks
 * apart: step = 1, 2 or 5 × 10^k, the smallest such step ≥ (max − min) / count; lo = ⌊min/step⌋·step,
 * hi = ⌈max/step⌉·step. Known ends let chart code place labels where the data is not.
 * A zero-width range becomes [min − 1, max + 1]. Never throws (callers pass finite numbers).
 *
 * @example
 * niceDomain(-1.5, 130); // => [-50, 150]  (step 50)
 */
export function niceDomain(min: number, max: number, count = 6): [number, number] {
  if (!(max > min)) return [min - 1, max + 1];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12)) ?? 10 * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  // drop binary noise such as 0.30000000000000004
  const clean = (v: number) => Number(v.toPrecision(12));
  return [clean(lo), clean(hi)];
}
