import { describe, expect, it } from 'vitest';
import { DemographyError } from '../../src/demography/demographyError';
import { minimumContributionMonths } from '../../src/demography/minimumContributionMonths';
import { retirementAge } from '../../src/demography/retirementAge';

/**
 * Expected values follow from the rule in the NPC Standing Committee decision of 2024-09-13
 * (see src/demography/retirementAge.ts); the arithmetic is written next to each case and agrees
 * with the official comparison tables (e.g. men born 1965-01 to 1965-04: 60 years 1 month,
 * retiring 2025-02 to 2025-05).
 */
describe('retirementAge under the 2025 reform', () => {
  it('man born Jan 1965: first affected cohort, 60y1m, retires Feb 2025', () => {
    // k = 0 months after 1965-01 → delay ⌊0/4⌋ + 1 = 1 month; 1965-01 + 721 months = 2025-02.
    expect(retirementAge({ sex: 'male', birthYear: 1965, birthMonth: 1 })).toEqual({ ageMonths: 721, years: 60, months: 1, delayMonths: 1, year: 2025, month: 2 });
  });
  it('man born Apr 1965 is in the same 4-month band; May 1965 gets 2 months', () => {
    // k = 3 → ⌊3/4⌋ + 1 = 1 (retires 1965-04 + 721 = 2025-05); k = 4 → 2 (1965-05 + 722 = 2025-07).
    expect(retirementAge({ sex: 'male', birthYear: 1965, birthMonth: 4 })).toMatchObject({ delayMonths: 1, year: 2025, month: 5 });
    expect(retirementAge({ sex: 'male', birthYear: 1965, birthMonth: 5 })).toMatchObject({ delayMonths: 2, year: 2025, month: 7 });
  });
  it('man born Dec 1964 is unaffected: 60, retires Dec 2024', () => {
    expect(retirementAge({ sex: 'male', birthYear: 1964, birthMonth: 12 })).toMatchObject({ ageMonths: 720, delayMonths: 0, year: 2024, month: 12 });
  });
  it('men reach 63 from birth month Sep 1976 (Aug 1976: 62y11m)', () => {
    // 36 = ⌊k/4⌋ + 1 first at k = 140 = 11 years 8 months after 1965-01 → 1976-09; k = 139 → 35.
    expect(retirementAge({ sex: 'male', birthYear: 1976, birthMonth: 9 })).toMatchObject({ years: 63, months: 0, year: 2039, month: 9 });
    expect(retirementAge({ sex: 'male', birthYear: 1976, birthMonth: 8 })).toMatchObject({ years: 62, months: 11 });
    expect(retirementAge({ sex: 'male', birthYear: 1990, birthMonth: 6 })).toMatchObject({ years: 63, months: 0 });
  });
  it('women of the 55 category reach 58 from birth month Sep 1981', () => {
    // Same rule from 1970-01: k = 140 → 1970-01 + 11y8m = 1981-09 → 36 months; k = 139 → 35.
    expect(retirementAge({ sex: 'female', category: 'female55', birthYear: 1981, birthMonth: 9 })).toMatchObject({ years: 58, months: 0, year: 2039, month: 9 });
    expect(retirementAge({ sex: 'female', category: 'female55', birthYear: 1981, birthMonth: 8 })).toMatchObject({ years: 57, months: 11 });
    expect(retirementAge({ sex: 'female', category: 'female55', birthYear: 1970, birthMonth: 1 })).toMatchObject({ ageMonths: 661, year: 2025, month: 2 });
  });
  it('women of the 50 category reach 55 from birth month Nov 1984 (so also for Dec 1984 and later)', () => {
    // 60 = ⌊k/2⌋ + 1 first at k = 118 = 9 years 10 months after 1975-01 → 1984-11; k = 117 → 59.
    // The 2-month band Nov–Dec 1984 is the last; the brief's "Dec 1984 or later" is inside it.
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1984, birthMonth: 11 })).toMatchObject({ years: 55, months: 0, year: 2039, month: 11 });
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1984, birthMonth: 12 })).toMatchObject({ years: 55, months: 0, year: 2039, month: 12 });
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1984, birthMonth: 10 })).toMatchObject({ years: 54, months: 11 });
  });
  it('women of the 50 category born Jan–Feb 1975 retire at 50y1m in Feb–Mar 2025', () => {
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1975, birthMonth: 1 })).toMatchObject({ ageMonths: 601, year: 2025, month: 2 });
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1975, birthMonth: 2 })).toMatchObject({ ageMonths: 601, year: 2025, month: 3 });
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1975, birthMonth: 3 })).toMatchObject({ ageMonths: 602 });
  });
  it('without the reform the old ages apply to every cohort', () => {
    expect(retirementAge({ sex: 'male', birthYear: 1980, birthMonth: 3, reform: false })).toMatchObject({ ageMonths: 720, year: 2040, month: 3 });
    expect(retirementAge({ sex: 'female', category: 'female50', birthYear: 1990, birthMonth: 7, reform: false })).toMatchObject({ ageMonths: 600, year: 2040, month: 7 });
  });
  it('rejects inconsistent or missing categories and bad months', () => {
    expect(() => retirementAge({ sex: 'female', birthYear: 1980, birthMonth: 1 })).toThrow(DemographyError);
    expect(() => retirementAge({ sex: 'male', category: 'female55', birthYear: 1980, birthMonth: 1 })).toThrow(/与性别相符/);
    expect(() => retirementAge({ sex: 'male', birthYear: 1980, birthMonth: 13 })).toThrow(DemographyError);
    expect(() => retirementAge({ sex: 'male', birthYear: 1980.5, birthMonth: 1 })).toThrow(DemographyError);
  });
});

describe('minimumContributionMonths', () => {
  it('15 years to 2029, +6 months a year from 2030, 20 years from 2039', () => {
    // 2030: 180 + 6 = 186 (15y6m); 2035: 180 + 6·6 = 216 (18y); 2039: 180 + 60 = 240; capped after.
    expect(minimumContributionMonths(2029)).toBe(180);
    expect(minimumContributionMonths(2030)).toBe(186);
    expect(minimumContributionMonths(2035)).toBe(216);
    expect(minimumContributionMonths(2039)).toBe(240);
    expect(minimumContributionMonths(2050)).toBe(240);
    expect(minimumContributionMonths(2035, { reform: false })).toBe(180);
    expect(() => minimumContributionMonths(2030.5)).toThrow(DemographyError);
  });
});
