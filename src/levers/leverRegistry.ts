import { FundcastError } from '../errors/FundcastError';
/**
 * The levers a solver or an adjustment can move directly on validated assumptions, by name.
 *
 * Kinds (how a value x acts from year `from` on):
 * - `rate`:   the parameter is x in each year ≥ from                       (e.g. employer rate 0.06)
 * - `level`:  the path is rescaled so that its value in `from` is x; later years keep their growth
 *             (e.g. the individual premium: x yuan in `from`, then grown as the scenario grows it)
 * - `growth`: x is added to the annual growth of the path from `from` on — an extra growth factor
 *             (1 + x)^(y − from + 1) multiplies the level in year y (e.g. excess cost growth allowed)
 * - `amount`: a money amount per year set to x in each year ≥ from (e.g. a fixed treasury subsidy)
 */
export interface LeverSpec {
  /** lever name used by the CLI and the solver, e.g. `employer_rate` */
  name: string;
  scheme: 'employee' | 'resident';
  kind: 'rate' | 'level' | 'growth' | 'amount';
  /** the assumption arrays the lever moves (several for `growth` on spending) */
  arrays: string[];
  unit: string;
  description: string;
  /** natural bounds of the value */
  min: number;
  max: number;
}

/**
 * Every named lever (e.g. `employer_rate`, `premium_per_head`): its scheme, kind (rate or level),
 * unit, bounds and the assumption arrays it moves. Solvers, adjustments and attribution look
 * levers up here.
 */
export const LEVERS: readonly LeverSpec[] = Object.freeze([
  { name: 'employer_rate', scheme: 'employee', kind: 'rate', arrays: ['employerRate'], unit: 'share of contribution base (0–1)', description: 'Employer contribution rate', min: 0, max: 1 },
  { name: 'employee_rate', scheme: 'employee', kind: 'rate', arrays: ['employeeRate'], unit: 'share of contribution base (0–1)', description: 'Employee contribution rate (goes to individual accounts; moves the pooled fund only under no rule)', min: 0, max: 1 },
  { name: 'retiree_rate', scheme: 'employee', kind: 'rate', arrays: ['retireeRate'], unit: 'share of average pension (0–1)', description: 'Retiree contribution rate', min: 0, max: 1 },
  { name: 'collection_rate', scheme: 'employee', kind: 'rate', arrays: ['collectionRate'], unit: 'share (0–1)', description: 'Collection rate', min: 0, max: 1 },
  { name: 'retiree_credit_share', scheme: 'employee', kind: 'rate', arrays: ['retireeCreditShare'], unit: 'share of average pension (0–1)', description: 'Retiree account credit paid from the pooled fund', min: 0, max: 1 },
  { name: 'premium_per_head', scheme: 'resident', kind: 'level', arrays: ['premiumPerHead'], unit: 'yuan per person per year', description: 'Resident individual premium', min: 0, max: 1e6 },
  { name: 'subsidy_per_head', scheme: 'resident', kind: 'level', arrays: ['subsidyPerHead'], unit: 'yuan per person per year', description: 'Per-capita fiscal subsidy', min: 0, max: 1e6 },
  { name: 'excess_cost_growth', scheme: 'employee', kind: 'growth', arrays: ['spendPerActive', 'spendPerRetiree'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of benefit spending per head', min: -0.5, max: 0.5 },
  { name: 'excess_cost_growth', scheme: 'resident', kind: 'growth', arrays: ['spendPerInsured'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of benefit spending per head', min: -0.5, max: 0.5 },
  { name: 'fiscal_subsidy', scheme: 'employee', kind: 'amount', arrays: ['fiscalSubsidy'], unit: 'units.money per year', description: 'Fiscal subsidy paid into the fund', min: 0, max: 1e15 },
  { name: 'fiscal_subsidy', scheme: 'resident', kind: 'amount', arrays: ['fiscalSubsidy'], unit: 'units.money per year', description: 'Fiscal subsidy paid into the fund (beyond per-head subsidies)', min: 0, max: 1e15 },
] satisfies LeverSpec[]);

/** The lever of that name for a scheme, or an error listing the levers available. */
export function findLever(name: string, scheme: 'employee' | 'resident'): LeverSpec {
  const lever = LEVERS.find((l) => l.name === name && l.scheme === scheme);
  if (!lever) {
    const names = LEVERS.filter((l) => l.scheme === scheme).map((l) => l.name);
    throw new FundcastError('levers.unknown', { name, scheme, names });
  }
  return lever;
}
