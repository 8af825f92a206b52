import { standardNormalCdf } from '../benefits/standardNormalCdf';
import { normalQuantile } from './normalQuantile';
import { NormalStream, pathGenerator, streamKey, type RandomGenerator } from './randomStreams';
import type { ResolvedShock, StochasticModel } from './types';

/**
 * Draws the shock paths s_{j,t} of one Monte Carlo path (j = shock, t = year − base year).
 *
 * 1. Each fund's stream (randomStreams: key = spec hash, seed, fund; then the path) gives, for the
 *    shocks drawn from it in declaration order: first one N(0,1) per shock with parameter
 *    uncertainty, then for t = 1 … T, for each shock, one N(0,1) innovation ε_{j,t}.
 * 2. Correlation (Gaussian copula): z_t = L·ε_t with L the Cholesky factor of the correlation matrix.
 * 3. Marginal: u_{j,t} = F_j⁻¹(Φ(z_{j,t})) — for the normal directly mean + sd·z, for the lognormal
 *    exp(sd·z − sd²/2) − 1; truncated normal, uniform, triangular and bootstrap through Φ.
 * 4. Persistence and parameter uncertainty: x_{j,t} = φ_j·x_{j,t−1} + u_{j,t}, x_{j,0} = 0, and
 *    s_{j,t} = δ_j + x_{j,t} with δ_j = parameter_sd_j · (its normal from step 1); s_{j,0} = 0.
 * The result depends only on (model, seed, fund ids, path) — never on threads or chunks.
 */
export class ShockDrawer {
  /** K × length, row j = shock j: s_{j,t} after `draw(path)` */
  readonly values: Float64Array;
  private readonly eps: Float64Array;
  private readonly delta: Float64Array;
  private readonly keys: (Uint32Array | null)[];
  private readonly homed: number[][];
  private readonly truncation: Float64Array;
  private readonly stream = new NormalStream(null as unknown as RandomGenerator);

  constructor(
    readonly model: StochasticModel,
    fundIds: readonly string[],
    seed: string,
    readonly length: number,
  ) {
    const K = model.shocks.length;
    this.values = new Float64Array(K * length);
    this.eps = new Float64Array(K * length);
    this.delta = new Float64Array(K);
    this.homed = fundIds.map((_, f) => model.shocks.map((s, j) => (s.home === f ? j : -1)).filter((j) => j >= 0));
    this.keys = fundIds.map((id, f) => (this.homed[f].length ? streamKey(model.hash, seed, id) : null));
    // Φ at the truncation points of truncated normals: [Φ(α_j), Φ(β_j)]
    this.truncation = new Float64Array(2 * K);
    model.shocks.forEach((s, j) => {
      const d = s.distribution;
      if (d.kind === 'truncated_normal' && d.sd > 0) {
        this.truncation[2 * j] = standardNormalCdf((d.lower - d.mean) / d.sd);
        this.truncation[2 * j + 1] = standardNormalCdf((d.upper - d.mean) / d.sd);
      }
    });
  }

  /** Fills `values` for path `path` (an integer 0 ≤ path < 2³²). */
  draw(path: number): Float64Array {
    const { model, length: L, eps, delta, values } = this;
    const K = model.shocks.length;
    for (let f = 0; f < this.keys.length; f++) {
      const key = this.keys[f];
      if (!key) continue;
      const stream = this.stream.use(pathGenerator(key, path));
      const homed = this.homed[f];
      for (let h = 0; h < homed.length; h++) {
        const j = homed[h];
        const sd = model.shocks[j].parameterSd;
        delta[j] = sd > 0 ? sd * stream.next() : 0;
      }
      for (let t = 1; t < L; t++) for (let h = 0; h < homed.length; h++) eps[homed[h] * L + t] = stream.next();
    }
    const C = model.cholesky;
    if (C) {
      for (let t = 1; t < L; t++) {
        for (let i = K - 1; i >= 0; i--) {
          let z = 0;
          for (let k = 0; k <= i; k++) z += C[i * K + k] * eps[k * L + t];
          values[i * L + t] = z;
        }
      }
    } else {
      values.set(eps);
    }
    for (let j = 0; j < K; j++) this.finish(model.shocks[j], j, delta[j]);
    return values;
  }

  /** Steps 3–4 for shock j, in place on row j of `values` (which holds z). */
  private finish(s: ResolvedShock, j: number, d: number): void {
    const L = this.length;
    const v = this.values;
    const o = j * L;
    const dist = s.distribution;
    // step 3: u_t = F⁻¹(Φ(z_t)), one loop per kind
    if (dist.kind === 'normal') {
      const { mean, sd } = dist;
      for (let t = o + 1; t < o + L; t++) v[t] = mean + sd * v[t];
    } else if (dist.kind === 'lognormal') {
      const sd = dist.sd;
      const shift = (sd * sd) / 2;
      for (let t = o + 1; t < o + L; t++) v[t] = Math.exp(sd * v[t] - shift) - 1;
    } else if (dist.kind === 'truncated_normal') {
      const { mean, sd, lower, upper } = dist;
      const a = this.truncation[2 * j];
      const b = this.truncation[2 * j + 1];
      for (let t = o + 1; t < o + L; t++) {
        // the min/max only guards rounding at the ends (and gives the clamped mean when sd = 0)
        const u = sd > 0 ? mean + sd * normalQuantile(a + standardNormalCdf(v[t]) * (b - a)) : mean;
        v[t] = Math.min(Math.max(u, lower), upper);
      }
    } else if (dist.kind === 'uniform') {
      const { lower, upper } = dist;
      for (let t = o + 1; t < o + L; t++) v[t] = lower + (upper - lower) * standardNormalCdf(v[t]);
    } else if (dist.kind === 'triangular') {
      const { lower, mode, upper } = dist;
      for (let t = o + 1; t < o + L; t++) v[t] = triangularQuantile(standardNormalCdf(v[t]), lower, mode, upper);
    } else {
      const r = dist.residuals;
      for (let t = o + 1; t < o + L; t++) v[t] = r[Math.min(r.length - 1, Math.floor(standardNormalCdf(v[t]) * r.length))];
    }
    // step 4: x_t = φ·x_{t−1} + u_t,  s_t = δ + x_t
    const phi = s.ar1;
    v[o] = 0;
    let x = 0;
    for (let t = o + 1; t < o + L; t++) {
      x = phi * x + v[t];
      v[t] = d + x;
    }
  }
}

/**
 * Inverse distribution function of the triangular distribution on [a, b] with mode c:
 *   F⁻¹(p) = a + √(p·(b − a)·(c − a)) for p < (c − a)/(b − a), else b − √((1 − p)·(b − a)·(b − c)).
 * A zero-width distribution gives a.
 * @example triangularQuantile(0.5, 0, 0.5, 1) // 0.5
 */
export function triangularQuantile(p: number, a: number, c: number, b: number): number {
  const w = b - a;
  if (!(w > 0)) return a;
  return p < (c - a) / w ? a + Math.sqrt(p * w * (c - a)) : b - Math.sqrt((1 - p) * w * (b - c));
}
