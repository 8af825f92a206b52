import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { fundDemography } from '../../src/membership/fundDemography';
import { loadAgeCostCurve } from '../../src/membership/loadAgeCostCurve';
import { MembershipError } from '../../src/membership/membershipError';
import { loadScenario } from '../../src/scenario/loadScenario';

const root = join(__dirname, '..', '..');
const detailed = resolveAssumptions(loadScenario(join(root, 'scenarios', 'examples', 'national-age-detailed.yaml')));
const employee = detailed.funds[0];
const demo = fundDemography(employee, detailed.timeline, { pyramidYears: [2024, 2050] });

describe('fundDemography: members, dependency ratios, pyramid', () => {
  it('one row per year, base year to end year; members equal the fund engine\'s counts; statuses add up to the population', () => {
    expect(demo.members.map((r) => r.year)).toEqual(Array.from({ length: 2060 - 2024 + 1 }, (_, i) => 2024 + i));
    demo.members.forEach((r, i) => {
      expect(r.actives).toBeCloseTo((employee as { actives: Float64Array }).actives[i], 9);
      expect(r.population).toBeCloseTo(r.actives + r.retirees + r.residents + r.others, 9);
    });
  });

  it('dependency ratios: actives per retiree = actives ÷ retirees; old-age ratio = P(65+)/P(15–64) of the projected population', () => {
    const p = employee.membership!.projection;
    const n = p.ages;
    demo.dependency.forEach((r, i) => {
      expect(r.activesPerRetiree!).toBeCloseTo(demo.members[i].actives / demo.members[i].retirees, 12);
      let old = 0;
      let working = 0;
      for (const sex of ['male', 'female'] as const) {
        for (let x = 0; x < n; x++) {
          const v = p.population[sex][i * n + x];
          if (x >= 65) old += v;
          else if (x >= 15) working += v;
        }
      }
      expect(r.oldAge).toBeCloseTo(old / working, 12);
    });
    // 2024 support ratio 27,490.84 / 10,457.50 = 2.6288 (the bulletin's 2.63), falling as the population ages
    expect(demo.dependency[0].activesPerRetiree!).toBeCloseTo(27490.84 / 10457.5, 10);
    expect(demo.dependency[26].activesPerRetiree!).toBeLessThan(demo.dependency[0].activesPerRetiree!);
  });

  it('pyramid: each year\'s rows sum to that year\'s population (persons = members × 10⁴)', () => {
    for (const year of [2024, 2050]) {
      const sum = demo.pyramid.filter((r) => r.year === year).reduce((s, r) => s + r.count, 0);
      expect(sum / 1e4).toBeCloseTo(demo.members[year - 2024].population, 6);
    }
    expect(new Set(demo.pyramid.map((r) => r.ageGroup)).size).toBe(21); // 0-4 … 95-99 and 100+
  });

  it('an aggregate-mode fund has no demography to report', () => {
    const aggregate = resolveAssumptions(loadScenario(join(root, 'scenarios', 'china-national-2024.yaml')));
    expect(() => fundDemography(aggregate.funds[0], aggregate.timeline)).toThrow(MembershipError);
  });
});

describe('loadAgeCostCurve: the shipped illustrative curve', () => {
  const curve = loadAgeCostCurve();
  it('covers ages 0–100+ for both sexes, 1 below 40, the CSV band values above (data/age-cost/SOURCES.md)', () => {
    expect(curve.male.length).toBe(101);
    for (let x = 0; x < 40; x++) expect(curve.male[x]).toBe(1);
    // 60-64 band: exp(0.0503 × (62 − 40)) = 3.024 (SOURCES.md formula, 3 decimals in the CSV)
    for (let x = 60; x <= 64; x++) expect(curve.female[x]).toBeCloseTo(Math.exp(0.0503 * 22), 3);
    expect(Array.from(curve.male)).toEqual(Array.from(curve.female));
  });
});
