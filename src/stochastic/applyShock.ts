import type { ResolvedTarget } from './types';

/**
 * Writes into `out` the array `base` moved by the shock path s (s[o + t], t = 0 … n − 1, s at
 * t = 0 is 0) as the target's effect says (see shockTargets):
 *   growth: out_t = base_t·C̃_t/C_t,  C̃_t = C̃_{t−1}·(1 + g̃_t), g̃_t = clamp(g_t + s_t, min, max), C_t = Π_{u≤t}(1 + g_u)
 *           (C̃ repeats C's multiplications when s ≡ 0, so the ratio is exactly 1; the division is
 *           outside the chain of products, which keeps the loop fast)
 *   add:    out_t = clamp(base_t + s_t, min, max)
 *   scale:  out_t = base_t·(1 + max(s_t, −1))
 * With s ≡ 0 every effect returns `base` bit for bit. No allocation; `out` may not alias `base`.
 */
export function applyShock(target: ResolvedTarget, base: Float64Array, s: Float64Array, o: number, out: Float64Array): void {
  const n = base.length;
  const { min, max } = target;
  out[0] = base[0];
  if (target.effect === 'growth') {
    const g = target.growth!;
    const c = target.compounded!;
    let shocked = 1;
    for (let t = 1; t < n; t++) {
      let gt = g[t] + s[o + t];
      gt = gt < min ? min : gt > max ? max : gt;
      shocked *= 1 + gt;
      out[t] = base[t] * (shocked / c[t]);
    }
  } else if (target.effect === 'add') {
    for (let t = 1; t < n; t++) {
      const v = base[t] + s[o + t];
      out[t] = v < min ? min : v > max ? max : v;
    }
  } else {
    for (let t = 1; t < n; t++) {
      const x = s[o + t];
      out[t] = base[t] * (1 + (x < -1 ? -1 : x));
    }
  }
}
