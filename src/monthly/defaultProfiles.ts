import type { DefaultProfileId } from './types';

/** One documented default seasonal profile: the monthly weights (summing to 1) and the spread assumed around them. */
export interface DefaultProfile {
  id: DefaultProfileId;
  /** w[k]: share of the year's flow that falls in month k (January = 0); Σ w = 1 */
  weights: readonly number[];
  /**
   * κ, the concentration of a Dirichlet model of the monthly shares around `weights`: the cumulative
   * share C_k then has sd √(C_k (1 − C_k) / (κ + 1)). A larger κ is a steadier line.
   */
  concentration: number;
  /** what the profile stands for, in English and Chinese */
  label: { en: string; zh: string };
}

/**
 * The default seasonal profiles, used for a line when the user's history has too few complete past
 * years to estimate one (docs/monthly.md, "Default profiles"). Both are ILLUSTRATIVE — no published
 * national monthly series was found to fit them to — and both are meant to be replaced by the user's
 * own months:
 *
 * - `even`: every month carries 1/12 of the year (C_k = (k + 1) / 12), with κ = 400 (sd of the
 *   mid-year share ≈ 0.025). The plain assumption for employee contributions and for spending, which
 *   run at a steady pace through the year.
 * - `resident_income_late`: resident income arrives late — premiums are collected in a campaign at
 *   the end of the year and fiscal subsidies are paid in instalments, the largest in the last quarter:
 *   weights 3, 3, 4, 4, 5, 8, 6, 6, 8, 10, 13, 30 % (about 50 % of the year by the end of September),
 *   with κ = 100 (sd of the mid-year share ≈ 0.05).
 */
export const DEFAULT_PROFILES: Readonly<Record<DefaultProfileId, DefaultProfile>> = {
  even: {
    id: 'even',
    weights: Array.from({ length: 12 }, () => 1 / 12),
    concentration: 400,
    label: { en: 'even through the year (illustrative)', zh: '全年均衡（示意）' },
  },
  resident_income_late: {
    id: 'resident_income_late',
    weights: [0.03, 0.03, 0.04, 0.04, 0.05, 0.08, 0.06, 0.06, 0.08, 0.1, 0.13, 0.3],
    concentration: 100,
    label: { en: 'resident income arriving late in the year (illustrative)', zh: '居民医保收入集中于年末（示意）' },
  },
};

/**
 * The default profile of a line when no history supports one: `resident_income_late` for the income
 * lines of a resident fund, `even` for everything else.
 * @example defaultProfileFor('resident', 'income.premium') // 'resident_income_late'
 */
export function defaultProfileFor(scheme: string, line: string): DefaultProfileId {
  return scheme === 'resident' && (line === 'income' || line.startsWith('income.')) ? 'resident_income_late' : 'even';
}
