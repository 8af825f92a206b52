/// <reference path="./pureRandModules.d.ts" />
import { createHash } from 'node:crypto';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The generator of a stream (pure-rand's xoroshiro128+): `next()` gives a uniform 32-bit integer and
 * advances the state. Declared here by its shape, not as pure-rand's type, so that the published
 * declarations (dist/) need neither the notebook kernel's stand-in (pureRandModules.d.ts) nor
 * pure-rand's internal type paths.
 */
export interface RandomGenerator {
  clone(): RandomGenerator;
  next(): number;
  getState(): readonly number[];
  jump(): void;
}

/**
 * Reproducible random streams keyed by (stochastic-spec hash, seed, fund, path) — never by
 * thread or chunk — so that the same seed gives the same numbers on any number of threads, in any
 * chunking, and on any machine that computes a share of the paths.
 *
 * Derivation (version 1), with fmix32 the MurmurHash3 finaliser (a bijection on 32-bit words):
 *   K = the first 128 bits of SHA-256("fundcast-mc/1" ‖ 0 ‖ spec hash ‖ 0 ‖ seed ‖ 0 ‖ fund id),
 *       read as four big-endian 32-bit words K₀…K₃;
 *   the state of path p (0 ≤ p < 2³²) is s_j = fmix32(K_j ⊕ fmix32(p + (j + 1)·0x9E3779B9 mod 2³²)),
 *   j = 0…3 (an all-zero state, which xoroshiro cannot use, becomes s₀ = 1).
 * Each lane is a bijection of p, so two paths of one key never share a state; different keys
 * differ through SHA-256. The 128-bit state feeds pure-rand's xoroshiro128+ (full width: a 32-bit
 * seed would make streams collide after ~65,000 paths by the birthday bound).
 */
export function streamKey(specHash: string, seed: string, fund: string): Uint32Array {
  const digest = createHash('sha256').update(`fundcast-mc/1\0${specHash}\0${seed}\0${fund}`, 'utf8').digest();
  return Uint32Array.of(digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8), digest.readUInt32BE(12));
}

/** Largest number of paths a stream key can address (path indexes 0 … 2³² − 1). */
export const MAX_PATHS = 2 ** 32;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const state = new Int32Array(4);

/**
 * The generator of one path: pure-rand xoroshiro128+ from the state derived above (the one object
 * made per path and fund: pure-rand's generators cannot be re-seeded in place).
 */
export function pathGenerator(key: Uint32Array, path: number): RandomGenerator {
  for (let j = 0; j < 4; j++) state[j] = fmix32((key[j] ^ fmix32((path + Math.imul(j + 1, 0x9e3779b9)) >>> 0)) >>> 0);
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return xoroshiro128plusFromState(state as unknown as readonly number[]);
}

const TWO_POW_M53 = 2 ** -53;

// Ziggurat tables for the standard normal, 128 layers (Marsaglia & Tsang 2000, "The ziggurat
// method for generating random variables", J. Stat. Softw. 5(8), zigset): layer i has right edge
// x_i; kn = acceptance bounds on a 32-bit signed integer, wn = its scale, fn = exp(−x_i²/2).
const ZIG_R = 3.442619855899;
const kn = new Float64Array(128);
const wn = new Float64Array(128);
const fn = new Float64Array(128);
{
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = ZIG_R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = (dn / q) * m1;
  kn[1] = 0;
  wn[0] = q / m1;
  wn[127] = dn / m1;
  fn[0] = 1;
  fn[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * m1;
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / m1;
  }
}

/**
 * Standard normal numbers from one generator, by the ziggurat method (Marsaglia & Tsang 2000)
 * with 128 layers. One 32-bit output x gives the layer i = its top 7 bits and the signed
 * abscissa h = the other 25 bits shifted up (h = x·2⁷ as a signed 32-bit integer), so layer and
 * position come from different bits (the original's shared bits are a known flaw) and the weaker
 * low bits of xoroshiro128+ only touch the last digits of h. In ~98.8% of calls the value is
 * h·w_i at once; otherwise the wedge or the tail (x > r = 3.4426) is sampled exactly, with 53-bit
 * uniforms from the high bits of two outputs. The sequence depends only on the generator.
 */
export class NormalStream {
  constructor(private gen: RandomGenerator) {}

  /** Continues from another generator (so that one stream object serves every path). */
  use(gen: RandomGenerator): this {
    this.gen = gen;
    return this;
  }

  /** Uniform on [0, 1) with 53 random bits: (⌊x₁/2⁵⌋·2²⁶ + ⌊x₂/2⁶⌋)·2⁻⁵³. */
  uniform(): number {
    const a = this.gen.next() >>> 5;
    const b = this.gen.next() >>> 6;
    return (a * 67108864 + b) * TWO_POW_M53;
  }

  /** The next standard normal draw (ziggurat). */
  next(): number {
    const x = this.gen.next();
    const i = x >>> 25;
    const h = x << 7;
    if (Math.abs(h) < kn[i]) return h * wn[i];
    return this.slow(h, i);
  }

  private slow(h: number, i: number): number {
    for (;;) {
      if (i === 0) {
        // the tail beyond r (Marsaglia 1964): x = −ln(U₁)/r, y = −ln(U₂), accept when 2y > x²
        let t: number;
        let y: number;
        do {
          t = -Math.log(1 - this.uniform()) / ZIG_R;
          y = -Math.log(1 - this.uniform());
        } while (y + y < t * t);
        return h > 0 ? ZIG_R + t : -ZIG_R - t;
      }
      const v = h * wn[i];
      if (fn[i] + this.uniform() * (fn[i - 1] - fn[i]) < Math.exp(-0.5 * v * v)) return v;
      const x = this.gen.next();
      i = x >>> 25;
      h = x << 7;
      if (Math.abs(h) < kn[i]) return h * wn[i];
    }
  }
}
