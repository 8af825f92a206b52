import { DemographyError } from './demographyError';

/**
 * Legislated minimum contribution period for a monthly basic pension (职工按月领取基本养老金最低缴费年限),
 * in months, by the calendar year in which the person reaches retirement age.
 *
 * Formula: 180 months (15 years) up to 2029; with the reform, from 2030 it rises by 6 months a
 * year: 180 + 6·min(10, year − 2029), reaching 240 months (20 years) in 2039.
 * Source: 国务院关于渐进式延迟法定退休年龄的办法 (attached to the NPC Standing Committee decision
 * of 2024-09-13), Article 2 and the attached table 提高最低缴费年限情况表: "从2030年1月1日起，
 * 将职工按月领取基本养老金最低缴费年限由十五年逐步提高至二十年，每年提高六个月". This is the
 * pension rule; the minimum years for contribution-free medical insurance in retirement are set
 * locally (commonly 20–30 years) and are not covered here.
 *
 * @param retirementYear calendar year of reaching retirement age (integer)
 * @param options `reform` (default true); false keeps 15 years
 * @returns minimum contribution period in months
 * @throws DemographyError `demography.invalidInput` for a non-integer year
 */
export function minimumContributionMonths(retirementYear: number, options: { reform?: boolean } = {}): number {
  if (!Number.isInteger(retirementYear)) {
    throw new DemographyError('demography.invalidInput.minimumContributionMonths', { retirementYear });
  }
  if (options.reform === false) return 180;
  return 180 + 6 * Math.min(10, Math.max(0, retirementYear - 2029));
}
