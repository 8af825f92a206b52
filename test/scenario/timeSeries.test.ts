import { describe, expect, it } from 'vitest';
import { resolveEnumSeries, resolveNumberSeries } from '../../src/index';

describe('time-indexed parameters', () => {
  it('a constant fills every year', () => {
    expect([...resolveNumberSeries(0.06, 2024, 2027)]).toEqual([0.06, 0.06, 0.06, 0.06]);
  });

  it('a year map steps: each value is in force from its year until the next key', () => {
    expect([...resolveNumberSeries({ 2024: 0.06, 2026: 0.05 }, 2024, 2028)]).toEqual([0.06, 0.06, 0.05, 0.05, 0.05]);
  });

  it('linear interpolation between keys, flat after the last', () => {
    // hand calculation: 0.06 + (0.05 − 0.06)·(y − 2024)/4 → 2025: 0.0575, 2026: 0.055, 2027: 0.0525, 2028: 0.05, 2029: 0.05
    const v = resolveNumberSeries({ interpolate: 'linear', values: { 2024: 0.06, 2028: 0.05 } }, 2024, 2029);
    const expected = [0.06, 0.0575, 0.055, 0.0525, 0.05, 0.05];
    v.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 15));
  });

  it("'interpolate: step' is the same as a plain year map", () => {
    expect([...resolveNumberSeries({ interpolate: 'step', values: { 2020: 1, 2022: 2 } }, 2020, 2023)]).toEqual([...resolveNumberSeries({ 2020: 1, 2022: 2 }, 2020, 2023)]);
  });

  it('a key before the base year sets the value in force at the base year', () => {
    expect([...resolveNumberSeries({ 2015: 0.08, 2025: 0.07 }, 2024, 2026)]).toEqual([0.08, 0.07, 0.07]);
  });

  it('a series that starts after the base year is refused', () => {
    expect(() => resolveNumberSeries({ 2026: 0.05 }, 2024, 2030)).toThrow(/first year key \(2026\) must be at or before the base year 2024/);
  });

  it('labels step by year', () => {
    expect(resolveEnumSeries({ 2020: 'pre2021', 2021: 'post2021' }, 2019 + 1, 2022)).toEqual(['pre2021', 'post2021', 'post2021']);
  });
});
