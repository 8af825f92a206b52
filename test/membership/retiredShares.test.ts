import { describe, expect, it } from 'vitest';
import { MembershipError } from '../../src/membership/membershipError';
import { retiredShares } from '../../src/membership/retiredShares';

/**
 * Retired shares q(x, Y) on 1 November Y against the legislated schedule: 国务院关于渐进式延迟法定
 * 退休年龄的办法 (attached to the NPC Standing Committee decision of 2024-09-13), 附件1–3 对照表:
 * men (old age 60) born Jan–Apr 1965 retire at 60y1m, May–Aug 1965 at 60y2m, Sep–Dec 1965 at
 * 60y3m, one more month every 4 birth months, 63 from Sep 1976 on; women whose old age was 50
 * born Jan–Feb 1975 retire at 50y1m, one more month every 2 birth months, 55 from Nov 1984 on;
 * women whose old age was 55: as men, from Jan 1970, 58 from Sep 1981 on.
 * A cell (x, Y) holds the people born from November Y−x−1 to October Y−x (12 birth months);
 * a person has retired by 1 November Y when the retirement month is October Y or earlier.
 * Every expected value below is counted by hand from those tables (tolerance 1e-12, float sums).
 */
const ages = 101;
const at = (q: Float64Array, firstYear: number, year: number, age: number) => q[(year - firstYear) * ages + age];

describe('retiredShares: active → retired at the legislated ages', () => {
  const reform = retiredShares({ firstYear: 2024, years: 37, ages, reform: true, female55Share: 0 });
  const cadres = retiredShares({ firstYear: 2024, years: 37, ages, reform: true, female55Share: 1 });
  const old = retiredShares({ firstYear: 2024, years: 37, ages, reform: false, female55Share: 0.3 });

  it('men aged 60 on 1 Nov 2025 (born Nov 1964–Oct 1965): 10 of 12 birth months have retired', () => {
    // Nov, Dec 1964: 60 → Nov, Dec 2024; Jan–Apr 1965: 60y1m → Feb–May 2025; May–Aug: 60y2m → Jul–Oct 2025;
    // Sep, Oct 1965: 60y3m → Dec 2025, Jan 2026 (not yet)
    expect(at(reform.male, 2024, 2025, 60)).toBeCloseTo(10 / 12, 12);
    expect(at(reform.male, 2024, 2025, 59)).toBe(0);
    expect(at(reform.male, 2024, 2026, 61)).toBe(1);
  });

  it('men aged 60 on 1 Nov 2026 (born Nov 1965–Oct 1966): 7 of 12', () => {
    // Nov, Dec 1965: 60y3m → Feb, Mar 2026; Jan–Apr 1966: 60y4m → May–Aug 2026; May 1966: 60y5m → Oct 2026;
    // Jun–Aug 1966: 60y5m → Nov 2026–Jan 2027; Sep, Oct 1966: 60y6m → Mar, Apr 2027
    expect(at(reform.male, 2024, 2026, 60)).toBeCloseTo(7 / 12, 12);
  });

  it('women whose old age was 50, aged 50 on 1 Nov 2025 (born Nov 1974–Oct 1975): 8 of 12', () => {
    // Nov, Dec 1974: 50 → Nov, Dec 2024; Jan, Feb 1975: 50y1m → Feb, Mar 2025; Mar, Apr: 50y2m → May, Jun;
    // May, Jun: 50y3m → Aug, Sep 2025; Jul, Aug: 50y4m → Nov, Dec 2025; Sep, Oct: 50y5m → Feb, Mar 2026
    expect(at(reform.female, 2024, 2025, 50)).toBeCloseTo(8 / 12, 12);
  });

  it('late cohorts retire at the final ages: men 63, women 55 (old age 50) and 58 (old age 55)', () => {
    // 1 Nov 2045: age 63 = born Nov 1981–Oct 1982 (after Sep 1976: 63); age 55 = born Nov 1989–Oct 1990
    // (after Nov 1984: 55); age 58 = born Nov 1986–Oct 1987 (after Sep 1981: 58)
    expect([at(reform.male, 2024, 2045, 62), at(reform.male, 2024, 2045, 63)]).toEqual([0, 1]);
    expect([at(reform.female, 2024, 2045, 54), at(reform.female, 2024, 2045, 55)]).toEqual([0, 1]);
    expect([at(cadres.female, 2024, 2045, 57), at(cadres.female, 2024, 2045, 58)]).toEqual([0, 1]);
  });

  it('without the reform: men at 60; women at 50 (share 0.7) or 55 (share 0.3), in every year', () => {
    for (let year = 2024; year <= 2060; year++) {
      expect([at(old.male, 2024, year, 59), at(old.male, 2024, year, 60)]).toEqual([0, 1]);
      expect(at(old.female, 2024, year, 49)).toBe(0);
      for (let x = 50; x <= 54; x++) expect(at(old.female, 2024, year, x)).toBeCloseTo(0.7, 12);
      expect(at(old.female, 2024, year, 55)).toBe(1);
    }
  });

  it('members short of the minimum contribution years retire extra_years later', () => {
    // σ = 0.1, d = 5, pre-reform men: q = 0.9 from 60 to 64 (the short 10% pay until 65), 1 from 65
    const q = retiredShares({ firstYear: 2024, years: 3, ages, reform: false, female55Share: 0, shortShare: 0.1, extraYears: 5 });
    expect(at(q.male, 2024, 2025, 59)).toBe(0);
    for (let x = 60; x <= 64; x++) expect(at(q.male, 2024, 2025, x)).toBeCloseTo(0.9, 12);
    expect(at(q.male, 2024, 2025, 65)).toBeCloseTo(1, 12);
  });

  it('q never decreases along a cohort and stays in [0, 1]', () => {
    const bad: string[] = [];
    for (const q of [reform.male, reform.female, cadres.female, old.female]) {
      for (let i = 1; i < 37; i++) {
        for (let x = 1; x < ages; x++) {
          const v = q[i * ages + x];
          if (v < q[(i - 1) * ages + x - 1] - 1e-15 || v > 1 || v < 0) bad.push(`${2024 + i}/${x}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('rejects a share outside [0, 1] and a short share without extra years', () => {
    expect(() => retiredShares({ firstYear: 2024, years: 2, ages, reform: true, female55Share: 1.2 })).toThrow(MembershipError);
    expect(() => retiredShares({ firstYear: 2024, years: 2, ages, reform: true, female55Share: 0.5, shortShare: 0.1 })).toThrow(/extraYears/);
  });
});
