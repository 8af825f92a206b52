import type { Scheme } from '../levers/leverRegistry';
/**
 * The parameters a shock process may move, and how a shock s_t acts on the resolved
 * per-year arrays (after overlays and adjustments; index t = year − base year, t ≥ 1):
 *
 *   growth: the parameter is a growth rate g_t compounded into a level path A_t. The shocked
 *           growth is g̃_t = clamp(g_t + s_t, −0.99, 1) and the level becomes
 *           Ã_t = A_t · Π_{u=1..t} (1 + g̃_u)/(1 + g_u)  — exactly the level the engine would
 *           compound from g̃ (whatever else multiplies the path, e.g. an age-mix index or the
 *           contribution-base cap factor, is unchanged).
 *   add:    the parameter is a rate or share read directly: p̃_t = clamp(p_t + s_t, min, max).
 *   scale:  the parameter is an amount: p̃_t = p_t · (1 + max(s_t, −1)).
 *
 * A parameter not listed here cannot carry a shock (an error, never ignored). Member growth is
 * listed only for the aggregate members form: in the age-detailed form member counts come from
 * the population projection and stay deterministic.
 */
export interface ShockTarget {
  /** path below the fund, e.g. 'contributions.base_growth' */
  path: string;
  scheme: Scheme | 'both';
  effect: 'growth' | 'add' | 'scale';
  /** the FundAssumptions arrays the parameter feeds */
  arrays: string[];
  /** bounds of the shocked value (the schema's bounds of the parameter) */
  min: number;
  max: number;
  /** absent from the fund counts as 0 (a growth that may be shocked from zero) */
  defaultZero?: boolean;
  /** only in the aggregate members form */
  aggregateMembersOnly?: boolean;
}

const growth = { effect: 'growth', min: -0.99, max: 1 } as const;
const share = { effect: 'add', min: 0, max: 1 } as const;

/**
 * The scenario parameters a shock process may act on, with the assumption arrays each moves, how
 * (growth or added value) and the bounds that keep results finite.
 */
export const SHOCK_TARGETS: readonly ShockTarget[] = Object.freeze([
  { path: 'members.active_growth', scheme: 'employee', ...growth, arrays: ['actives'], aggregateMembersOnly: true },
  { path: 'members.retiree_growth', scheme: 'employee', ...growth, arrays: ['retirees'], aggregateMembersOnly: true },
  { path: 'contributions.base_growth', scheme: 'employee', ...growth, arrays: ['contributionBase'] },
  { path: 'contributions.employer_rate', scheme: 'employee', ...share, arrays: ['employerRate'] },
  { path: 'contributions.employee_rate', scheme: 'employee', ...share, arrays: ['employeeRate'] },
  { path: 'contributions.collection_rate', scheme: 'employee', ...share, arrays: ['collectionRate'] },
  { path: 'contributions.retiree_rate', scheme: 'employee', ...share, arrays: ['retireeRate'] },
  { path: 'pension.growth', scheme: 'employee', ...growth, arrays: ['pension'] },
  { path: 'individual_accounts.employer_share_to_accounts', scheme: 'employee', ...share, arrays: ['employerShareToAccounts'] },
  { path: 'individual_accounts.retiree_credit_share', scheme: 'employee', ...share, arrays: ['retireeCreditShare'] },
  { path: 'spending.active_growth', scheme: 'employee', ...growth, arrays: ['spendPerActive'] },
  { path: 'spending.retiree_growth', scheme: 'employee', ...growth, arrays: ['spendPerRetiree'] },
  { path: 'members.growth', scheme: 'resident', ...growth, arrays: ['insured'], aggregateMembersOnly: true },
  { path: 'spending.growth', scheme: 'resident', ...growth, arrays: ['spendPerInsured'] },
  { path: 'subsidy_per_head.indexed.growth', scheme: 'resident', ...growth, arrays: ['subsidyPerHead'] },
  { path: 'premium_per_head.indexed.growth', scheme: 'resident', ...growth, arrays: ['premiumPerHead'] },
  { path: 'critical_illness_per_head.indexed.growth', scheme: 'resident', ...growth, arrays: ['criticalIllnessPerHead'] },
  { path: 'subsidy_per_head.fixed', scheme: 'resident', effect: 'scale', min: 0, max: Infinity, arrays: ['subsidyPerHead'] },
  { path: 'premium_per_head.fixed', scheme: 'resident', effect: 'scale', min: 0, max: Infinity, arrays: ['premiumPerHead'] },
  { path: 'critical_illness_per_head.fixed', scheme: 'resident', effect: 'scale', min: 0, max: Infinity, arrays: ['criticalIllnessPerHead'] },
  { path: 'income.growth', scheme: 'totals', ...growth, arrays: ['ownIncome'] },
  { path: 'expenditure.growth', scheme: 'totals', ...growth, arrays: ['spending'] },
  // disposable income feeds the per-head amounts given as income shares (which ones: resolved per fund)
  { path: 'disposable_income.growth', scheme: 'resident', ...growth, arrays: [] },
  { path: 'interest_rate', scheme: 'both', effect: 'add', min: -0.1, max: 0.5, arrays: ['interestRate'] },
  { path: 'other_income_share', scheme: 'both', ...share, arrays: ['otherIncomeShare'] },
  { path: 'fiscal_subsidy', scheme: 'both', effect: 'scale', min: 0, max: Infinity, arrays: ['fiscalSubsidy'] },
  { path: 'cost_control.excess_cost_growth', scheme: 'both', ...growth, arrays: ['costMultiplier'], defaultZero: true },
] satisfies ShockTarget[]);

/** The target for a parameter path in a fund of this scheme, or undefined. */
export function findShockTarget(path: string, scheme: Scheme): ShockTarget | undefined {
  return SHOCK_TARGETS.find((t) => t.path === path && (t.scheme === 'both' || t.scheme === scheme));
}
