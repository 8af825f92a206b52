import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { SPRAGUE_MULTIPLIERS } from '../../src/demography/spragueMultipliers';
import { spragueSplit } from '../../src/demography/spragueSplit';

const groupSums = (single: ArrayLike<number>) =>
  Array.from({ length: single.length / 5 }, (_, g) => Array.from(single).slice(5 * g, 5 * g + 5).reduce((s, v) => s + v, 0));

describe('SPRAGUE_MULTIPLIERS', () => {
  // Identity (Shryock & Siegel Table C-1 construction): in each panel the column of the group
  // being split sums to 1 and every other column to 0, so group totals are preserved.
  const own = { first: 0, second: 1, middle: 2, penultimate: 3, last: 4 } as const;
  for (const [name, column] of Object.entries(own)) {
    it(`${name} panel: column ${column} sums to 1, the others to 0`, () => {
      const panel = SPRAGUE_MULTIPLIERS[name as keyof typeof own];
      for (let j = 0; j < 5; j++) {
        const s = panel.reduce((acc, row) => acc + row[j], 0);
        expect(s).toBeCloseTo(j === column ? 1 : 0, 12);
      }
    });
  }
  it('end panels mirror each other (last = first reversed in both directions)', () => {
    for (let r = 0; r < 5; r++) for (let j = 0; j < 5; j++) {
      expect(SPRAGUE_MULTIPLIERS.last[4 - r][4 - j]).toBe(SPRAGUE_MULTIPLIERS.first[r][j]);
      expect(SPRAGUE_MULTIPLIERS.penultimate[4 - r][4 - j]).toBe(SPRAGUE_MULTIPLIERS.second[r][j]);
    }
  });
});

describe('spragueSplit', () => {
  it('reproduces single-year counts that follow a cubic exactly (fifth-difference formula)', () => {
    // n(x) = 1000 + 10x + 0.5x² + 0.01x³ for x = 0..39, grouped into 8 five-year groups.
    const single = Array.from({ length: 40 }, (_, x) => 1000 + 10 * x + 0.5 * x ** 2 + 0.01 * x ** 3);
    const out = spragueSplit(groupSums(single));
    single.forEach((v, x) => expect(out[x]).toBeCloseTo(v, 9));
  });
  it('keeps every group total and returns no negative count when counts fall steeply', () => {
    const groups = [1000, 10, 1, 0, 0, 0];
    const out = spragueSplit(groups);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    groupSums(out).forEach((s, g) => expect(s).toBeCloseTo(groups[g], 10));
    // Hand calculation, group 10-14 (middle panel on groups 1000, 10, 1, 0, 0):
    // unclipped rows = −0.0128·1000 + 0.0848·10 + 0.1504·1 = −11.8016; −1.2336; 6.3184; 6.2064; 1.5104
    // (sum 1). Negatives → 0, positives scaled by 1 / (6.3184 + 6.2064 + 1.5104 = 14.0352).
    const positive = 6.3184 + 6.2064 + 1.5104;
    expect(out[10]).toBe(0);
    expect(out[11]).toBe(0);
    expect(out[12]).toBeCloseTo(6.3184 / positive, 12);
    expect(out[13]).toBeCloseTo(6.2064 / positive, 12);
    expect(out[14]).toBeCloseTo(1.5104 / positive, 12);
  });
  it('does not modify its input', () => {
    const groups = Object.freeze([5, 6, 7, 8, 9]);
    spragueSplit(groups);
    expect(groups).toEqual([5, 6, 7, 8, 9]);
  });
  it('throws bilingually for fewer than 5 groups or a negative count', () => {
    expect(() => spragueSplit([1, 2, 3, 4])).toThrow(DemographyError);
    expect(() => spragueSplit([1, 2, 3, 4])).toThrow(/至少需要 5 个年龄组/);
    expect(() => spragueSplit([1, 2, -3, 4, 5])).toThrow(/not a finite non-negative/);
    expect(() => spragueSplit([1, 2, NaN, 4, 5])).toThrow(DemographyError);
  });
});
