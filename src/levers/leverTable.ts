/**
 * The one table of levers: every parameter a solver, an adjustment, the rate rule, sensitivity
 * analysis or a random shock can move on validated assumptions. Everything else about levers is
 * derived from it — the per-scheme registry (leverRegistry: LEVERS, findLever), the names
 * (LEVER_NAMES, LeverName), the zh/en labels (leverLabels), the defaults of sensitivity analysis
 * (sensitivity/sensitivityItems), the scenario schema's lever enum and descriptions
 * (scenario/policySchema); the random shocks (SHOCK_TABLE below) take their arrays and bounds from
 * a lever where one moves the same arrays. Adding a lever that moves existing arrays is one entry
 * here; leverRegistry checks at compile time that the arrays exist on the scheme's assumptions.
 *
 * Kinds (how a value x acts from year `from` on; moveLever):
 * - `rate`:   the parameter is x in each year ≥ from                       (e.g. employer rate 0.06)
 * - `level`:  the path is rescaled so that its value in `from` is x; later years keep their growth
 *             (e.g. the individual premium: x yuan in `from`, then grown as the scenario grows it)
 * - `growth`: x is added to the annual growth of the path from `from` on — an extra growth factor
 *             (1 + x)^(y − from + 1) multiplies the level in year y (e.g. excess cost growth allowed)
 * - `amount`: a money amount per year set to x in each year ≥ from (e.g. a fixed treasury subsidy)
 */

/** A fund's scheme: `employee` (pooled fund), `resident` or `totals` (a fund given as totals only). */
export type Scheme = 'employee' | 'resident' | 'totals';
/** Every scheme, in the order fundcast lists them. */
export const SCHEMES = ['employee', 'resident', 'totals'] as const satisfies readonly Scheme[];

/** How a value of the lever acts on its arrays (see the file comment). */
export type LeverKind = 'rate' | 'level' | 'growth' | 'amount';

/**
 * A default change of sensitivity analysis: the lever moved relatively from the first projected
 * year on — `add` to a rate or an annual growth (growth levers compound), `multiply` a level — to
 * its low-cost and high-cost values (low cost = better for the fund). The sizes and their reasons:
 * sensitivity/sensitivityItems (DEFAULT_SENSITIVITY).
 */
export interface SensitivityDefault {
  move: 'add' | 'multiply';
  lowCost: number;
  highCost: number;
  label: { en: string; zh: string };
}

/** What a lever moves in the funds of one scheme. */
export interface LeverUse {
  /** the assumption arrays it moves (several for `growth` on spending); the first one is its value */
  arrays: readonly string[];
  /** the description for this scheme, when it differs from the lever's */
  description?: string;
  /** varied by default in sensitivity analysis of this scheme's funds, by this much */
  sensitivity?: SensitivityDefault;
}

/** One lever: its name, zh/en label, kind, unit, bounds, and what it moves in each scheme that has it. */
export interface LeverEntry {
  /** lever name used by scenarios, the CLI and the solver, e.g. `employer_rate` */
  name: string;
  label: { en: string; zh: string };
  kind: LeverKind;
  unit: string;
  description: string;
  /** natural bounds of the value */
  min: number;
  max: number;
  /** the rate rule (`rules.rate_adjustment`) may raise it */
  raisedByRule?: boolean;
  schemes: Partial<Record<Scheme, LeverUse>>;
}

const growthUnit = 'annual growth rate added (0.01 = 1 point)';
const extraGrowth = { kind: 'growth', unit: growthUnit, min: -0.5, max: 0.5 } as const;
const share = (unit: string) => ({ kind: 'rate', unit, min: 0, max: 1 }) as const;
const interest = { sensitivity: { move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'interest rate ±0.5 pt', zh: '利率±0.5个百分点' } } } as const;

/** Every lever, in the order error messages and listings name them. */
export const LEVER_TABLE = [
  { name: 'employer_rate', label: { en: 'employer contribution rate', zh: '单位缴费率' }, ...share('share of contribution base (0–1)'), description: 'Employer contribution rate', raisedByRule: true,
    schemes: { employee: { arrays: ['employerRate'] } } },
  { name: 'employee_rate', label: { en: 'employee contribution rate', zh: '个人缴费率' }, ...share('share of contribution base (0–1)'), description: 'Employee contribution rate (goes to individual accounts; moves the pooled fund only under no rule)', raisedByRule: true,
    schemes: { employee: { arrays: ['employeeRate'] } } },
  { name: 'retiree_rate', label: { en: 'retiree contribution rate', zh: '退休人员缴费率' }, ...share('share of average pension (0–1)'), description: 'Retiree contribution rate', raisedByRule: true,
    schemes: { employee: { arrays: ['retireeRate'] } } },
  { name: 'collection_rate', label: { en: 'collection rate', zh: '征缴率' }, ...share('share (0–1)'), description: 'Collection rate',
    schemes: { employee: { arrays: ['collectionRate'] } } },
  { name: 'retiree_credit_share', label: { en: 'retiree account credit share', zh: '退休人员个人账户划入比例' }, ...share('share of average pension (0–1)'), description: 'Retiree account credit paid from the pooled fund',
    schemes: { employee: { arrays: ['retireeCreditShare'] } } },
  { name: 'premium_per_head', label: { en: 'resident premium per head', zh: '居民人均个人缴费' }, kind: 'level', unit: 'yuan per person per year', description: 'Resident individual premium', min: 0, max: 1e6, raisedByRule: true,
    schemes: { resident: { arrays: ['premiumPerHead'], sensitivity: { move: 'multiply', lowCost: 1.05, highCost: 0.95, label: { en: 'premium per head ±5 %', zh: '人均个人缴费±5%' } } } } },
  { name: 'subsidy_per_head', label: { en: 'fiscal subsidy per head', zh: '财政人均补助' }, kind: 'level', unit: 'yuan per person per year', description: 'Per-capita fiscal subsidy', min: 0, max: 1e6, raisedByRule: true,
    schemes: { resident: { arrays: ['subsidyPerHead'], sensitivity: { move: 'multiply', lowCost: 1.05, highCost: 0.95, label: { en: 'subsidy per head ±5 %', zh: '人均财政补助±5%' } } } } },
  { name: 'excess_cost_growth', label: { en: 'excess cost growth', zh: '人均待遇超额增长率' }, ...extraGrowth, description: 'Extra annual growth of benefit spending per head',
    schemes: {
      employee: { arrays: ['spendPerActive', 'spendPerRetiree'], sensitivity: { move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'spending growth per head ±1 pt', zh: '人均支出增速±1个百分点' } } },
      resident: { arrays: ['spendPerInsured'], sensitivity: { move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'spending growth per head ±1 pt', zh: '人均支出增速±1个百分点' } } },
      totals: { arrays: ['spending'], description: 'Extra annual growth of expenditure', sensitivity: { move: 'add', lowCost: -0.01, highCost: 0.01, label: { en: 'expenditure growth ±1 pt', zh: '支出增速±1个百分点' } } },
    } },
  { name: 'fiscal_subsidy', label: { en: 'fiscal subsidy', zh: '财政补助' }, kind: 'amount', unit: 'units.money per year', description: 'Fiscal subsidy paid into the fund', min: 0, max: 1e15,
    schemes: { employee: { arrays: ['fiscalSubsidy'] }, resident: { arrays: ['fiscalSubsidy'], description: 'Fiscal subsidy paid into the fund (beyond per-head subsidies)' }, totals: { arrays: ['fiscalSubsidy'] } } },
  // a fund known only by its totals (totalsFlows): what can move is own income, expenditure growth and subsidy
  { name: 'income_multiplier', label: { en: 'income multiplier', zh: '收入调整系数' }, kind: 'rate', unit: 'multiple of projected own income (1 = as projected)', description: 'Own income scaled from a year on (e.g. 1.05: contribution rates or premiums 5% higher across the board)', min: 0, max: 10, raisedByRule: true,
    schemes: { totals: { arrays: ['incomeMultiplier'] } } },
  { name: 'income_growth', label: { en: 'income growth', zh: '收入增长率' }, ...extraGrowth, description: 'Extra annual growth of own income',
    schemes: { totals: { arrays: ['ownIncome'], sensitivity: { move: 'add', lowCost: 0.01, highCost: -0.01, label: { en: 'income growth ±1 pt', zh: '收入增速±1个百分点' } } } } },
  // economic and demographic assumptions, moved by sensitivity analysis (and usable by solvers and adjustments)
  { name: 'wage_growth', label: { en: 'wage growth', zh: '工资增长率' }, ...extraGrowth, description: 'Extra annual growth of the average contribution base (wages)',
    schemes: { employee: { arrays: ['contributionBase'], sensitivity: { move: 'add', lowCost: 0.01, highCost: -0.01, label: { en: 'wage (contribution base) growth ±1 pt', zh: '缴费基数增速±1个百分点' } } } } },
  { name: 'active_growth', label: { en: 'growth of active contributors', zh: '在职职工人数增长率' }, ...extraGrowth, description: 'Extra annual growth of the number of active contributors',
    schemes: { employee: { arrays: ['actives'], sensitivity: { move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'active contributors growth ±0.5 pt', zh: '在职职工人数增速±0.5个百分点' } } } } },
  { name: 'retiree_growth', label: { en: 'growth of retirees', zh: '退休人员人数增长率' }, ...extraGrowth, description: 'Extra annual growth of the number of retirees',
    schemes: { employee: { arrays: ['retirees'], sensitivity: { move: 'add', lowCost: -0.005, highCost: 0.005, label: { en: 'retirees growth ±0.5 pt', zh: '退休人员人数增速±0.5个百分点' } } } } },
  { name: 'insured_growth', label: { en: 'growth of insured residents', zh: '参保居民人数增长率' }, ...extraGrowth, description: 'Extra annual growth of the number of insured residents',
    schemes: { resident: { arrays: ['insured'], sensitivity: { move: 'add', lowCost: 0.005, highCost: -0.005, label: { en: 'insured residents growth ±0.5 pt', zh: '参保人数增速±0.5个百分点' } } } } },
  { name: 'interest_rate', label: { en: 'interest rate', zh: '利率' }, kind: 'rate', unit: 'annual rate (0.015 = 1.5%)', description: 'Interest rate earned on the balance', min: -0.1, max: 0.5,
    schemes: { employee: { arrays: ['interestRate'], ...interest }, resident: { arrays: ['interestRate'], ...interest }, totals: { arrays: ['interestRate'], ...interest } } },
] as const satisfies readonly LeverEntry[];

/** The name of a lever (one entry of LEVER_TABLE). */
export type LeverName = (typeof LEVER_TABLE)[number]['name'];
/** The name of a lever the rate rule may raise (`raisedByRule` in LEVER_TABLE). */
export type RuleLeverName = Extract<(typeof LEVER_TABLE)[number], { raisedByRule: true }>['name'];

/** One value per scheme, `f(scheme)`, as a record by scheme. */
export function perScheme<T>(f: (scheme: Scheme) => T): Record<Scheme, T> {
  const out = {} as Record<Scheme, T>;
  for (const scheme of SCHEMES) out[scheme] = f(scheme);
  return out;
}

/**
 * A scenario parameter a random shock may move, and how a shock s_t acts on the resolved per-year
 * arrays (after overlays and adjustments; index t = year − base year, t ≥ 1):
 *
 *   growth: the parameter is a growth rate g_t compounded into a level path A_t. The shocked
 *           growth is g̃_t = clamp(g_t + s_t, −0.99, 1) and the level becomes
 *           Ã_t = A_t · Π_{u=1..t} (1 + g̃_u)/(1 + g_u)  — exactly the level the engine would
 *           compound from g̃ (whatever else multiplies the path, e.g. an age-mix index or the
 *           contribution-base cap factor, is unchanged).
 *   add:    the parameter is a rate or share read directly: p̃_t = clamp(p_t + s_t, min, max),
 *           min and max the bounds of the lever that moves the same array (or the entry's own).
 *   scale:  the parameter is an amount: p̃_t = p_t · (1 + max(s_t, −1)).
 *
 * The arrays are the lever's when `lever` is given, else the entry's own `arrays`.
 */
export interface ShockEntry {
  /** path below the fund, e.g. 'contributions.base_growth' */
  path: string;
  scheme: Scheme | 'both';
  effect: 'growth' | 'add' | 'scale';
  /** the lever that moves the same arrays (its arrays, and for `add` its bounds) */
  lever?: string;
  /** the FundAssumptions arrays the parameter feeds, when no lever moves them */
  arrays?: readonly string[];
  /** bounds of an `add` without a lever */
  min?: number;
  max?: number;
  /** absent from the fund counts as 0 (a growth that may be shocked from zero) */
  defaultZero?: boolean;
  /** only in the aggregate members form */
  aggregateMembersOnly?: boolean;
}

/**
 * The scenario parameters a shock process may act on. A parameter not listed here cannot carry a
 * shock (an error, never ignored). Member growth is listed only for the aggregate members form: in
 * the age-detailed form member counts come from the population projection and stay deterministic.
 */
export const SHOCK_TABLE: readonly ShockEntry[] = [
  { path: 'members.active_growth', scheme: 'employee', effect: 'growth', lever: 'active_growth', aggregateMembersOnly: true },
  { path: 'members.retiree_growth', scheme: 'employee', effect: 'growth', lever: 'retiree_growth', aggregateMembersOnly: true },
  { path: 'contributions.base_growth', scheme: 'employee', effect: 'growth', lever: 'wage_growth' },
  { path: 'contributions.employer_rate', scheme: 'employee', effect: 'add', lever: 'employer_rate' },
  { path: 'contributions.employee_rate', scheme: 'employee', effect: 'add', lever: 'employee_rate' },
  { path: 'contributions.collection_rate', scheme: 'employee', effect: 'add', lever: 'collection_rate' },
  { path: 'contributions.retiree_rate', scheme: 'employee', effect: 'add', lever: 'retiree_rate' },
  { path: 'pension.growth', scheme: 'employee', effect: 'growth', arrays: ['pension'] },
  { path: 'individual_accounts.employer_share_to_accounts', scheme: 'employee', effect: 'add', arrays: ['employerShareToAccounts'], min: 0, max: 1 },
  { path: 'individual_accounts.retiree_credit_share', scheme: 'employee', effect: 'add', lever: 'retiree_credit_share' },
  { path: 'spending.active_growth', scheme: 'employee', effect: 'growth', arrays: ['spendPerActive'] },
  { path: 'spending.retiree_growth', scheme: 'employee', effect: 'growth', arrays: ['spendPerRetiree'] },
  { path: 'members.growth', scheme: 'resident', effect: 'growth', lever: 'insured_growth', aggregateMembersOnly: true },
  { path: 'spending.growth', scheme: 'resident', effect: 'growth', lever: 'excess_cost_growth' },
  { path: 'subsidy_per_head.indexed.growth', scheme: 'resident', effect: 'growth', lever: 'subsidy_per_head' },
  { path: 'premium_per_head.indexed.growth', scheme: 'resident', effect: 'growth', lever: 'premium_per_head' },
  { path: 'critical_illness_per_head.indexed.growth', scheme: 'resident', effect: 'growth', arrays: ['criticalIllnessPerHead'] },
  { path: 'subsidy_per_head.fixed', scheme: 'resident', effect: 'scale', lever: 'subsidy_per_head' },
  { path: 'premium_per_head.fixed', scheme: 'resident', effect: 'scale', lever: 'premium_per_head' },
  { path: 'critical_illness_per_head.fixed', scheme: 'resident', effect: 'scale', arrays: ['criticalIllnessPerHead'] },
  { path: 'income.growth', scheme: 'totals', effect: 'growth', lever: 'income_growth' },
  { path: 'expenditure.growth', scheme: 'totals', effect: 'growth', lever: 'excess_cost_growth' },
  // disposable income feeds the per-head amounts given as income shares (which ones: resolved per fund)
  { path: 'disposable_income.growth', scheme: 'resident', effect: 'growth', arrays: [] },
  { path: 'interest_rate', scheme: 'both', effect: 'add', lever: 'interest_rate' },
  { path: 'other_income_share', scheme: 'both', effect: 'add', arrays: ['otherIncomeShare'], min: 0, max: 1 },
  { path: 'fiscal_subsidy', scheme: 'both', effect: 'scale', lever: 'fiscal_subsidy' },
  { path: 'cost_control.excess_cost_growth', scheme: 'both', effect: 'growth', arrays: ['costMultiplier'], defaultZero: true },
];
