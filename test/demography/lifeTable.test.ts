import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { lifeTable } from '../../src/demography/lifeTable';

describe('lifeTable (constant force within each interval)', () => {
  it('matches a hand-computed three-age table', () => {
    // mx = 0.1 (age 0), 0.2 (age 1), 0.5 (open 2+); radix 1.
    const t = lifeTable([0.1, 0.2, 0.5]);
    const q0 = 1 - Math.exp(-0.1); // 0.0951626
    const l1 = Math.exp(-0.1); // 0.9048374
    const q1 = 1 - Math.exp(-0.2); // 0.1812692
    const l2 = Math.exp(-0.3); // 0.7408182 = l1·(1 − q1)
    const L0 = q0 / 0.1; // d0 / m0 = 0.9516258
    const L1 = (l1 - l2) / 0.2; // 0.8200960
    const L2 = l2 / 0.5; // 1.4816364 (open group: l / m)
    expect(Array.from(t.qx)).toEqual([expect.closeTo(q0, 12), expect.closeTo(q1, 12), 1]);
    expect(Array.from(t.lx)).toEqual([1, expect.closeTo(l1, 12), expect.closeTo(l2, 12)]);
    expect(Array.from(t.dx)).toEqual([expect.closeTo(q0, 12), expect.closeTo(l1 - l2, 12), expect.closeTo(l2, 12)]);
    expect(Array.from(t.Lx)).toEqual([expect.closeTo(L0, 12), expect.closeTo(L1, 12), expect.closeTo(L2, 12)]);
    expect(t.Tx[0]).toBeCloseTo(L0 + L1 + L2, 12); // 3.2533582
    expect(t.ex[0]).toBeCloseTo(3.2533582, 6);
    expect(t.ex[1]).toBeCloseTo((L1 + L2) / l1, 12);
    expect(t.ex[2]).toBeCloseTo(2, 12); // 1 / 0.5
  });
  it('handles abridged widths (hand calculation for intervals 0, 1-4, 5+)', () => {
    const t = lifeTable([0.01, 0.002, 0.05], { widths: [1, 4], radix: 100_000 });
    const l1 = 100_000 * Math.exp(-0.01);
    const l5 = l1 * Math.exp(-4 * 0.002);
    expect(t.lx[1]).toBeCloseTo(l1, 8);
    expect(t.lx[2]).toBeCloseTo(l5, 8);
    expect(t.Lx[1]).toBeCloseTo((l1 - l5) / 0.002, 8);
    expect(t.ex[2]).toBeCloseTo(20, 12); // open group: 1 / 0.05
  });
  it('keeps the identities Σdx = l0, Lx·mx = dx, Tx = Σ Ly (random schedule, seeded)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const mx = Array.from({ length: 101 }, (_, x) => 0.0002 * Math.exp(0.09 * x) * (0.8 + 0.4 * random()));
    const t = lifeTable(mx);
    expect(t.dx.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    for (let x = 0; x < 101; x++) expect(t.Lx[x] * mx[x]).toBeCloseTo(t.dx[x], 12);
    expect(t.Tx[0]).toBeCloseTo(t.Lx.reduce((s, v) => s + v, 0), 10);
  });
  it('treats a zero rate as no deaths (Lx = n·lx)', () => {
    const t = lifeTable([0, 0.5]);
    expect(t.Lx[0]).toBe(1);
    expect(t.ex[0]).toBe(3); // 1 year + 1/0.5
  });
  it('throws bilingual errors for bad input', () => {
    expect(() => lifeTable([])).toThrow(DemographyError);
    expect(() => lifeTable([0.1, -0.1, 0.5])).toThrow(/mx\[1\]/);
    expect(() => lifeTable([0.1, NaN, 0.5])).toThrow(/有限非负/);
    expect(() => lifeTable([0.1, 0.2, 0])).toThrow(/open age group/);
    expect(() => lifeTable([0.1, 0.2], { radix: 0 })).toThrow(/radix/);
  });
});
