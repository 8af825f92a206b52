import { describe, expect, it } from 'vitest';
import { ageMixIndex } from '../../src/membership/ageMixIndex';
import { MembershipError } from '../../src/membership/membershipError';

describe('ageMixIndex', () => {
  it('hand case: the average relative cost of the members, divided by its base-year value', () => {
    // two ages, cost 1 and 3 (men), 2 and 2 (women); 3 years, flat years × ages
    const curve = { male: Float64Array.of(1, 3), female: Float64Array.of(2, 2) };
    const members = { male: Float64Array.of(1, 1, 1, 3, 0, 0), female: Float64Array.of(0, 0, 2, 0, 0, 0) };
    // year 0: (1·1 + 1·3)/2 = 2; year 1: (1 + 9 + 2·2)/6 = 14/6; year 2: nobody → 1
    const index = ageMixIndex(members, curve);
    expect(index[0]).toBe(1);
    expect(index[1]).toBeCloseTo(14 / 6 / 2, 14);
    expect(index[2]).toBe(1);
  });

  it('is unchanged by the scale of the curve and by the size of the membership', () => {
    const curve = { male: Float64Array.of(1, 2, 5), female: Float64Array.of(1, 3, 4) };
    const members = { male: Float64Array.of(5, 4, 3, 1, 2, 6), female: Float64Array.of(2, 2, 2, 3, 1, 1) };
    const scaled = { male: curve.male.map((v) => v * 7), female: curve.female.map((v) => v * 7) };
    const doubled = { male: members.male.map((v) => v * 2), female: members.female.map((v) => v * 2) };
    const a = ageMixIndex(members, curve);
    expect(Array.from(ageMixIndex(members, scaled)).map((v, i) => v - a[i]).every((d) => Math.abs(d) < 1e-14)).toBe(true);
    expect(Array.from(ageMixIndex(doubled, curve)).map((v, i) => v - a[i]).every((d) => Math.abs(d) < 1e-14)).toBe(true);
  });

  it('rejects a curve with a value that is not > 0', () => {
    expect(() => ageMixIndex({ male: new Float64Array(2), female: new Float64Array(2) }, { male: Float64Array.of(1, 0), female: Float64Array.of(1, 1) })).toThrow(MembershipError);
  });
});
