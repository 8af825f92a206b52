import { describe, expect, it } from 'vitest';
import { standardNormalCdf } from '../../src/index';
import { triangularQuantile } from '../../src/stochastic/drawShocks';
import { normalQuantile } from '../../src/stochastic/normalQuantile';
import { fmix32, NormalStream, pathGenerator, streamKey } from '../../src/stochastic/randomStreams';

describe('normalQuantile (AS 241)', () => {
  it('matches published values of Φ⁻¹ to 1e-15 relative (R qnorm, 16 digits; Abramowitz & Stegun 26.2 to their 9–10 digits)', () => {
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.9, 1.2815515655446004],
      [0.5, 0],
      [1e-6, -4.753424308822899],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of cases) expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(z)));
  });
  it('inverts Φ (round trip to 1e-12 where p = Φ(z) keeps the digits: z ≤ 3)', () => {
    for (let z = -8; z <= 3; z += 0.37) expect(Math.abs(normalQuantile(standardNormalCdf(z)) - z)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(z)));
  });
});

describe('triangular quantile', () => {
  it('hand values: on [0, 1] with mode 0.5, F⁻¹(0.125) = √(0.125·0.5) = 0.25, F⁻¹(0.5) = 0.5', () => {
    expect(triangularQuantile(0.125, 0, 0.5, 1)).toBeCloseTo(0.25, 15);
    expect(triangularQuantile(0.5, 0, 0.5, 1)).toBeCloseTo(0.5, 15);
    expect(triangularQuantile(0.3, 2, 2, 2)).toBe(2);
  });
});

describe('random streams', () => {
  const key = streamKey('hash', 'seed', 'fund');

  it('the derivation is a stable format (docs/stochastic.md, version 1): key and first output as computed independently', () => {
    // Worked out apart from this code (Python: hashlib.sha256 of "fundcast-mc/1\0" + 64 zeros + "\0" + "1" + "\0" +
    // "employee", the first 16 bytes as big-endian words; fmix32 by hand; pure-rand's first output is the low 32
    // bits of s00 + s10 with its state order [s01, s00, s11, s10]). Changing the derivation would change every
    // published result for a given seed, so it is pinned here.
    const k = streamKey('0'.repeat(64), '1', 'employee');
    expect(Array.from(k)).toEqual([788806670, 3118546545, 2482597635, 1244415255]);
    expect(pathGenerator(k, 0).next()).toBe(1781420748);
  });

  it('a stream is a function of (key, path) only', () => {
    const a = pathGenerator(key, 12345);
    const b = pathGenerator(key, 12345);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
    expect(pathGenerator(key, 12346).next()).not.toBe(pathGenerator(key, 12345).next());
    expect(pathGenerator(streamKey('hash', 'seed', 'other'), 12345).next()).not.toBe(pathGenerator(key, 12345).next());
  });

  it('fmix32 is a bijection on a sample (no two inputs of 100,000 collide), so path states never repeat', () => {
    const seen = new Set<number>();
    for (let p = 0; p < 100000; p++) seen.add(fmix32(p));
    expect(seen.size).toBe(100000);
  });

  it('128-bit states: the first outputs of 200,000 paths are all distinct in 64 bits', () => {
    const seen = new Set<string>();
    for (let p = 0; p < 200000; p++) {
      const g = pathGenerator(key, p);
      seen.add(`${g.next()}:${g.next()}`);
    }
    // a birthday collision among 2e5 values of 64 bits has probability ≈ 1e-9
    expect(seen.size).toBe(200000);
  });

  it('normal numbers (ziggurat): mean, variance, tail and a quantile within Monte Carlo error', () => {
    const n = 400000;
    const s = new NormalStream(pathGenerator(key, 1));
    let sum = 0;
    let sq = 0;
    let tail = 0;
    let below = 0;
    let fourth = 0;
    for (let i = 0; i < n; i++) {
      const z = s.next();
      sum += z;
      sq += z * z;
      fourth += z ** 4;
      if (Math.abs(z) > 3.442619855899) tail++;
      if (z < -1.2815515655446004) below++;
    }
    // standard errors: mean 1/√n; variance √(2/n); P(|Z| > r) = 2Φ(−r) ≈ 5.762e-4 with se √(p/n); P(Z < z₀.₁) = 0.1, se √(0.09/n); E Z⁴ = 3, se √(96/n)
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sq / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    const pTail = 2 * standardNormalCdf(-3.442619855899);
    expect(Math.abs(tail / n - pTail)).toBeLessThan(4 * Math.sqrt(pTail / n));
    expect(Math.abs(below / n - 0.1)).toBeLessThan(4 * Math.sqrt(0.09 / n));
    expect(Math.abs(fourth / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it('uniforms on [0, 1) with 53 bits: mean ½ and variance 1/12 within Monte Carlo error', () => {
    const n = 200000;
    const s = new NormalStream(pathGenerator(key, 2));
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = s.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sq += (u - 0.5) ** 2;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sq / n - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
  });
});
