/** Every lever name (the registry, levers/leverRegistry, says what each one moves). */
export const LEVER_NAMES = ['employer_rate', 'employee_rate', 'retiree_rate', 'collection_rate', 'retiree_credit_share', 'premium_per_head', 'subsidy_per_head', 'excess_cost_growth', 'fiscal_subsidy', 'income_multiplier', 'income_growth', 'wage_growth', 'active_growth', 'retiree_growth', 'insured_growth', 'interest_rate'] as const;
/** The name of a lever (one of LEVER_NAMES). */
export type LeverName = (typeof LEVER_NAMES)[number];
