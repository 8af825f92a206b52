import { DemographyError } from './demographyError';
import type { Sex } from './types';

/** Pre-reform statutory retirement category: men at 60, women at 55 (cadres) or 50 (workers). */
export type RetirementCategory = 'male60' | 'female55' | 'female50';

/** Phasing of one category under the 2025 reform. */
export interface RetirementPhasing {
  /** Statutory retirement age before the reform, in months. */
  baseAgeMonths: number;
  /** First birth cohort (year, month) affected: the one reaching the old age in January 2025. */
  firstCohortYear: number;
  firstCohortMonth: number;
  /** Months of birth dates per one-month rise of the retirement age. */
  birthMonthsPerStep: number;
  /** Final delay in months (36 = 3 years, 60 = 5 years). */
  maxDelayMonths: number;
}

/**
 * The 2025 retirement-age reform. Source: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定
 * (decided 2024-09-13, effective 2025-01-01) and its attached 国务院关于渐进式延迟法定退休年龄的办法,
 * Article 1: men and women whose retirement age was 55 — one month later for every 4 months of
 * birth date, to 63 and 58; women whose age was 50 — one month later every 2 months, to 55.
 */
export const RETIREMENT_REFORM_2025: Readonly<Record<RetirementCategory, RetirementPhasing>> = {
  male60: { baseAgeMonths: 60 * 12, firstCohortYear: 1965, firstCohortMonth: 1, birthMonthsPerStep: 4, maxDelayMonths: 36 },
  female55: { baseAgeMonths: 55 * 12, firstCohortYear: 1970, firstCohortMonth: 1, birthMonthsPerStep: 4, maxDelayMonths: 36 },
  female50: { baseAgeMonths: 50 * 12, firstCohortYear: 1975, firstCohortMonth: 1, birthMonthsPerStep: 2, maxDelayMonths: 60 },
};

/** Statutory retirement age and date of one birth cohort. */
export interface RetirementAge {
  /** Retirement age in months (e.g. 721 = 60 years 1 month). */
  ageMonths: number;
  /** Whole years and remaining months of `ageMonths`. */
  years: number;
  months: number;
  /** Months added by the reform (0 without it). */
  delayMonths: number;
  /** Calendar month of retirement: the month the age is reached (birth month + ageMonths). */
  year: number;
  month: number;
}

/**
 * Statutory retirement age and retirement month of a person, with or without the 2025 reform.
 *
 * Formula: k = 12·(birthYear − firstCohortYear) + (birthMonth − firstCohortMonth) months of birth
 * after the first affected cohort; delay = 0 if k < 0, else min(maxDelay, ⌊k / step⌋ + 1);
 * age = base + delay months; retirement month = birth month + age months.
 * E.g. a man born January 1965: k = 0, delay 1, age 60 years 1 month, retiring February 2025.
 *
 * Source: `RETIREMENT_REFORM_2025` (NPC Standing Committee decision of 2024-09-13).
 * Flexible early/late retirement (up to 3 years, by choice) is not modelled.
 *
 * @param person `sex`; `category` (default `male60` for men; required for women: `female55` or
 *   `female50`); `birthYear`, `birthMonth` (1–12); `reform` (default true)
 * @returns retirement age (months, and years + months) and the retirement year and month
 * @throws DemographyError `demography.invalidInput` for a non-integer year, a month outside 1–12, a missing
 *   category for a woman, or a category that does not match the sex
 */
export function retirementAge(person: { sex: Sex; category?: RetirementCategory; birthYear: number; birthMonth: number; reform?: boolean }): RetirementAge {
  const category = person.category ?? (person.sex === 'male' ? 'male60' : undefined);
  const matches = category !== undefined && (category === 'male60') === (person.sex === 'male');
  if (!matches || !Number.isInteger(person.birthYear) || !Number.isInteger(person.birthMonth) || person.birthMonth < 1 || person.birthMonth > 12) {
    throw new DemographyError('demography.invalidInput.retirementAge', { ...person });
  }
  const p = RETIREMENT_REFORM_2025[category];
  const k = 12 * (person.birthYear - p.firstCohortYear) + (person.birthMonth - p.firstCohortMonth);
  const delayMonths = person.reform === false || k < 0 ? 0 : Math.min(p.maxDelayMonths, Math.floor(k / p.birthMonthsPerStep) + 1);
  const ageMonths = p.baseAgeMonths + delayMonths;
  const monthIndex = 12 * person.birthYear + (person.birthMonth - 1) + ageMonths;
  return { ageMonths, years: Math.floor(ageMonths / 12), months: ageMonths % 12, delayMonths, year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
}
