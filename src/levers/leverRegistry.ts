import type { EmployeeAssumptions, FundAssumptions, ResidentAssumptions, TotalsAssumptions } from '../assumptions/types';
import { FundcastError } from '../errors/FundcastError';
import type { LeverName } from './leverName';

export { LEVER_NAMES, type LeverName } from './leverName';

/** The assumption arrays of a scheme's funds (the keys whose values are Float64Array). */
type ArrayKey<T> = { [K in keyof T]-?: T[K] extends Float64Array ? K : never }[keyof T];
export type EmployeeArray = ArrayKey<EmployeeAssumptions>;
export type ResidentArray = ArrayKey<ResidentAssumptions>;
export type TotalsArray = ArrayKey<TotalsAssumptions>;
/** A fund's scheme: `employee` (pooled fund), `resident` or `totals` (a fund given as totals only). */
export type Scheme = FundAssumptions['scheme'];

/**
 * The levers a solver, an adjustment or a rule can move on validated assumptions, by name — the
 * one registry of them (moveLever is the one function that moves them).
 *
 * Kinds (how a value x acts from year `from` on):
 * - `rate`:   the parameter is x in each year ≥ from                       (e.g. employer rate 0.06)
 * - `level`:  the path is rescaled so that its value in `from` is x; later years keep their growth
 *             (e.g. the individual premium: x yuan in `from`, then grown as the scenario grows it)
 * - `growth`: x is added to the annual growth of the path from `from` on — an extra growth factor
 *             (1 + x)^(y − from + 1) multiplies the level in year y (e.g. excess cost growth allowed)
 * - `amount`: a money amount per year set to x in each year ≥ from (e.g. a fixed treasury subsidy)
 */
interface LeverBase<S extends Scheme, A> {
  /** lever name used by scenarios, the CLI and the solver, e.g. `employer_rate` */
  name: LeverName;
  scheme: S;
  kind: 'rate' | 'level' | 'growth' | 'amount';
  /** the assumption arrays the lever moves (several for `growth` on spending); the first one is its value */
  arrays: readonly A[];
  unit: string;
  description: string;
  /** natural bounds of the value */
  min: number;
  max: number;
}
/** One lever of the registry: name, scheme, kind (rate or level), unit, bounds and the assumption arrays it moves. */
export type LeverSpec = LeverBase<'employee', EmployeeArray> | LeverBase<'resident', ResidentArray> | LeverBase<'totals', TotalsArray>;


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
  // economic and demographic assumptions, moved by sensitivity analysis (and usable by solvers and adjustments)
  { name: 'wage_growth', scheme: 'employee', kind: 'growth', arrays: ['contributionBase'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of the average contribution base (wages)', min: -0.5, max: 0.5 },
  { name: 'active_growth', scheme: 'employee', kind: 'growth', arrays: ['actives'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of the number of active contributors', min: -0.5, max: 0.5 },
  { name: 'retiree_growth', scheme: 'employee', kind: 'growth', arrays: ['retirees'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of the number of retirees', min: -0.5, max: 0.5 },
  { name: 'insured_growth', scheme: 'resident', kind: 'growth', arrays: ['insured'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of the number of insured residents', min: -0.5, max: 0.5 },
  { name: 'interest_rate', scheme: 'employee', kind: 'rate', arrays: ['interestRate'], unit: 'annual rate (0.015 = 1.5%)', description: 'Interest rate earned on the balance', min: -0.1, max: 0.5 },
  { name: 'interest_rate', scheme: 'resident', kind: 'rate', arrays: ['interestRate'], unit: 'annual rate (0.015 = 1.5%)', description: 'Interest rate earned on the balance', min: -0.1, max: 0.5 },
  { name: 'interest_rate', scheme: 'totals', kind: 'rate', arrays: ['interestRate'], unit: 'annual rate (0.015 = 1.5%)', description: 'Interest rate earned on the balance', min: -0.1, max: 0.5 },
  // a fund known only by its totals (totalsFlows): what can move is own income, expenditure growth and subsidy
  { name: 'income_multiplier', scheme: 'totals', kind: 'rate', arrays: ['incomeMultiplier'], unit: 'multiple of projected own income (1 = as projected)', description: 'Own income scaled from a year on (e.g. 1.05: contribution rates or premiums 5% higher across the board)', min: 0, max: 10 },
  { name: 'income_growth', scheme: 'totals', kind: 'growth', arrays: ['ownIncome'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of own income', min: -0.5, max: 0.5 },
  { name: 'excess_cost_growth', scheme: 'totals', kind: 'growth', arrays: ['spending'], unit: 'annual growth rate added (0.01 = 1 point)', description: 'Extra annual growth of expenditure', min: -0.5, max: 0.5 },
  { name: 'fiscal_subsidy', scheme: 'totals', kind: 'amount', arrays: ['fiscalSubsidy'], unit: 'units.money per year', description: 'Fiscal subsidy paid into the fund', min: 0, max: 1e15 },
] satisfies LeverSpec[]);

/** The lever of that name for a scheme, or undefined. */
export function lookupLever(name: string, scheme: Scheme): LeverSpec | undefined {
  return LEVERS.find((l) => l.name === name && l.scheme === scheme);
}

/** The names of the levers of a scheme, in registry order. */
export function leverNames(scheme: Scheme): LeverName[] {
  return LEVERS.filter((l) => l.scheme === scheme).map((l) => l.name);
}

/** The lever of that name for a scheme; throws `levers.unknown` listing the levers available. */
export function findLever(name: string, scheme: Scheme): LeverSpec {
  const lever = lookupLever(name, scheme);
  if (!lever) throw new FundcastError('levers.unknown', { name, scheme, names: leverNames(scheme) });
  return lever;
}

/** The arrays a lever moves on a fund, in the lever's order (the first one is the lever's value). */
export function leverArrays(fund: FundAssumptions, lever: LeverSpec): Float64Array[] {
  if (fund.scheme !== lever.scheme) throw new FundcastError('levers.unknown', { name: lever.name, scheme: fund.scheme, names: leverNames(fund.scheme) });
  return lever.arrays.map((key) => (fund as unknown as Record<string, Float64Array>)[key]);
}
