import { describe, expect, it } from 'vitest';
import { checkIdentities, project, verdict } from '../../src/index';
import { assumptionsWith } from '../helpers/scenarioWith';

// Issue 8, W2: with a treasury top-up to a floor of F months, the years the treasury pays end
// exactly at the floor: months of reserve are F (not F ± rounding), so the band is the one F
// belongs to every such year, and a floor of 0 gives a balance of 0, never −7e-12 and "exhausted".
const S = 'scenarios/examples/small-district.yaml';
const withFloor = (floor: number) => project(assumptionsWith(S, { funds: { employee: { rules: { treasury_top_up: { floor_months: floor, from: 2025 } } } } }));

describe('a balance brought to a floor by the treasury is classified as the floor (issue 8, W2)', () => {
  for (const floor of [3, 6, 0, 1.7, 9]) {
    it(`floor ${floor} months: every topped-up year shows exactly ${floor} months and one band`, () => {
      const result = withFloor(floor);
      expect(checkIdentities(result)).toEqual([]);
      const f = result.funds[0];
      const topped = f.rows.filter((r) => r.incomeItems.treasury_top_up > 0);
      // small-district is in deficit from 2025 and exhausted by 2029 without help: the treasury pays for years
      expect(topped.length).toBeGreaterThan(5);
      for (const r of topped) {
        expect(r.reserveMonths).toBe(floor);
        if (floor === 0) expect(r.balance).toBe(0);
      }
      expect(new Set(topped.map((r) => r.band)).size).toBe(1);
      // no year ends below the floor
      for (const r of f.rows) expect(r.reserveMonths!).toBeGreaterThanOrEqual(floor);
      expect(f.exhaustionYear).toBeNull();
    });
  }

  it('verdict of a 3-month floor: no year below 3 months (3 is the floor, in the 3–6 band)', () => {
    const v = verdict(withFloor(3), 'employee');
    expect(v.belowLow.count).toBe(0);
    expect(v.bands.filter((b) => b.months === 3).every((b) => b.band === 'low')).toBe(true);
  });

  it('verdict of a 0-month floor: never exhausted, and the zero balance is in the 0–3 band', () => {
    const result = withFloor(0);
    const v = verdict(result, 'employee');
    expect(v.exhaustionYear).toBeNull();
    expect(v.status).not.toBe('exhausted');
    expect(v.text).not.toMatch(/exhausted in/);
    expect(result.funds[0].rows.filter((r) => r.balance === 0).every((r) => r.band === 'insufficient')).toBe(true);
  });
});
