import type { ResolvedTarget } from './types';

/**
 * Writes into `out` the array `base` moved by the shock path s (s[o + t], t = 0 … n − 1, s at
 * t = 0 is 0) as the target's effect says (see shockTargets):
 *   growth: f_0 = 1, f_t = f_{t−1}·(1 + g̃_t)/(1 + g_t), g̃_t = clamp(g_t + s_t, min, max);  out_t = base_t·f_t
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
    let f = 1;
    for (let t = 1; t < n; t++) {
      let gt = g[t] + s[o + t];
      gt = gt < min ? min : gt > max ? max : gt;
      f = (f * (1 + gt)) / (1 + g[t]);
      out[t] = base[t] * f;
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
