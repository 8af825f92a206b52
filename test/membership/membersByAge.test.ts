import { describe, expect, it } from 'vitest';
import { MembershipError } from '../../src/membership/membershipError';
import { membersByAge } from '../../src/membership/membersByAge';
import { parseAgeBand } from '../../src/membership/parseAgeBand';

// Exposure of 6 ages (0..4 and the open group 5+), different by sex so that the sexes are kept apart.
const exposure = { male: Float64Array.of(100, 200, 300, 400, 0, 0), female: Float64Array.of(50, 50, 100, 100, 200, 300) };
const population = { male: Float64Array.of(100, 200, 300, 400, 500, 600), female: Float64Array.of(50, 50, 100, 100, 200, 300) };

describe('parseAgeBand', () => {
  it('reads a-b, a+ and a single age', () => {
    expect(parseAgeBand('20-59', 100)).toEqual({ start: 20, end: 59 });
    expect(parseAgeBand('60+', 100)).toEqual({ start: 60, end: 100 });
    expect(parseAgeBand(' 65 ', 100)).toEqual({ start: 65, end: 65 });
  });
  it('rejects other spellings, reversed bands and ages above the open group', () => {
    for (const bad of ['60-20', 'sixty', '20_59', '101', '90-120']) expect(() => parseAgeBand(bad, 100)).toThrow(MembershipError);
  });
});

describe('membersByAge', () => {
  it('participation: the band rate times the exposure of every single age (hand-computed)', () => {
    const n = membersByAge({ participation: [{ ages: '1-2', male: 0.5, female: 0.2 }, { ages: '3+', male: 0.1, female: 1 }] }, exposure);
    expect(Array.from(n.male)).toEqual([0, 100, 150, 40, 0, 0]);
    expect(Array.from(n.female)).toEqual([0, 10, 20, 100, 200, 300]);
  });

  it('counts: each band total is kept and spread in proportion to the exposure', () => {
    const n = membersByAge({ counts: [{ ages: '0-1', male: 30, female: 10 }, { ages: '2-3', male: 70, female: 0 }] }, exposure);
    // male 0-1: 30 × 100/300, 30 × 200/300; 2-3: 70 × 300/700, 70 × 400/700
    expect(n.male[0]).toBeCloseTo(10, 12);
    expect(n.male[1]).toBeCloseTo(20, 12);
    expect(n.male[2]).toBeCloseTo(30, 12);
    expect(n.male[3]).toBeCloseTo(40, 12);
    expect(n.female[0] + n.female[1]).toBeCloseTo(10, 12);
  });

  it('counts on a band without exposure (e.g. early retirees) are spread by the population instead', () => {
    const n = membersByAge({ counts: [{ ages: '4+', male: 11, female: 0 }] }, exposure, population);
    expect(n.male[4]).toBeCloseTo(5, 12); // 11 × 500/1100
    expect(n.male[5]).toBeCloseTo(6, 12);
  });

  it('errors name the row: overlapping bands, bad band, rate above 1', () => {
    const code = (spec: Parameters<typeof membersByAge>[0]) => {
      try {
        membersByAge(spec, exposure);
      } catch (e) {
        return [(e as MembershipError).code, (e as MembershipError).path];
      }
      return null;
    };
    expect(code({ participation: [{ ages: '0-2', male: 1, female: 1 }, { ages: '2-3', male: 1, female: 1 }] })).toEqual(['membership.overlappingBands', ['participation', 1, 'ages']]);
    expect(code({ counts: [{ ages: '3-1', male: 1, female: 1 }] })).toEqual(['membership.invalidAgeBand', ['counts', 0, 'ages']]);
    expect(code({ participation: [{ ages: '1', male: 1.5, female: 1 }] })).toEqual(['membership.invalidInput.membersByAge', ['participation', 0, 'male']]);
  });
});
