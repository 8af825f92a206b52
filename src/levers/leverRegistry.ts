import type { EmployeeAssumptions, FundAssumptions, ResidentAssumptions, TotalsAssumptions } from '../assumptions/types';
import { FundcastError } from '../errors/FundcastError';
import { LEVER_TABLE, SCHEMES, SHOCK_TABLE, type LeverKind, type LeverName, type LeverUse, type Scheme } from './leverTable';

export { SCHEMES, type LeverName, type Scheme } from './leverTable';
export { LEVER_NAMES, RULE_LEVER_NAMES } from './leverNameLists';


/** One lever in the funds of one scheme: name, scheme, kind, the assumption arrays it moves, unit, description, bounds. */
export interface LeverSpec {
  /** lever name used by scenarios, the CLI and the solver, e.g. `employer_rate` */
  name: LeverName;
  scheme: Scheme;
  kind: LeverKind;
  /** the assumption arrays the lever moves (several for `growth` on spending); the first one is its value */
  arrays: readonly string[];
  unit: string;
  description: string;
  /** natural bounds of the value */
  min: number;
  max: number;
}

const useIn = (lever: (typeof LEVER_TABLE)[number], scheme: Scheme): LeverUse | undefined => (lever.schemes as Partial<Record<Scheme, LeverUse>>)[scheme];

/**
 * Every lever of every scheme (e.g. `employer_rate` of employee funds, `interest_rate` of each
 * scheme), derived from LEVER_TABLE — the registry solvers, adjustments, the rate rule, sensitivity
 * and attribution look levers up in (moveLever is the one function that moves them).
 */
export const LEVERS: readonly LeverSpec[] = Object.freeze(
  LEVER_TABLE.flatMap((l) =>
    SCHEMES.flatMap((scheme): LeverSpec[] => {
      const use = useIn(l, scheme);
      return use ? [{ name: l.name, scheme, kind: l.kind, arrays: use.arrays, unit: l.unit, description: use.description ?? l.description, min: l.min, max: l.max }] : [];
    }),
  ),
);


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

/** The assumption arrays of a scheme's funds (the keys whose values are Float64Array). */
type ArrayKey<T> = { [K in keyof T]-?: T[K] extends Float64Array ? K : never }[keyof T];
/** The arrays LEVER_TABLE names for a scheme. */
type TableArrays<S extends Scheme> = (typeof LEVER_TABLE)[number]['schemes'] extends infer U ? (U extends { readonly [K in S]: { readonly arrays: readonly (infer A)[] } } ? A : never) : never;
type Holds<T extends true> = T;
/**
 * Compile-time check (tsc fails here otherwise): every array LEVER_TABLE names is a Float64Array of
 * its scheme's assumptions, and the schemes are FundAssumptions' schemes.
 */
export type LeverTableChecked = Holds<
  [TableArrays<'employee'>, TableArrays<'resident'>, TableArrays<'totals'>, FundAssumptions['scheme'], Scheme] extends [ArrayKey<EmployeeAssumptions>, ArrayKey<ResidentAssumptions>, ArrayKey<TotalsAssumptions>, Scheme, FundAssumptions['scheme']] ? true : false
>;

/** A parameter a shock process may move: SHOCK_TABLE with the arrays and bounds it takes from its lever filled in. */
export interface ShockTarget {
  /** path below the fund, e.g. 'contributions.base_growth' */
  path: string;
  scheme: Scheme | 'both';
  effect: 'growth' | 'add' | 'scale';
  /** the FundAssumptions arrays the parameter feeds */
  arrays: string[];
  /** bounds of the shocked value: growth −0.99 … 1, add the lever's bounds, scale 0 … ∞ */
  min: number;
  max: number;
  /** absent from the fund counts as 0 (a growth that may be shocked from zero) */
  defaultZero?: boolean;
  /** only in the aggregate members form */
  aggregateMembersOnly?: boolean;
}

/** Bounds of a shocked growth rate g̃ (a fall of 99 % to a doubling in a year). */
const SHOCKED_GROWTH = { min: -0.99, max: 1 } as const;

/**
 * The lever a shock entry names: for one scheme its spec there, for `both` its spec in the first
 * scheme that has it (test/levers/leverTable checks that it moves the same arrays in each).
 * @throws FundcastError `levers.unknown` if no scheme the entry applies to has the lever
 */
function shockLever(name: string, scheme: Scheme | 'both'): LeverSpec {
  if (scheme !== 'both') return findLever(name, scheme);
  return LEVERS.find((l) => l.name === name) ?? findLever(name, SCHEMES[0]);
}

/**
 * The scenario parameters a shock process may act on (SHOCK_TABLE), with the assumption arrays each
 * moves, how (growth, added value or scale) and the bounds that keep results finite.
 */
export const SHOCK_TARGETS: readonly ShockTarget[] = Object.freeze(
  SHOCK_TABLE.map(({ path, scheme, effect, lever, arrays, min, max, defaultZero, aggregateMembersOnly }): ShockTarget => {
    const from = lever === undefined ? undefined : shockLever(lever, scheme);
    const bounds = effect === 'growth' ? SHOCKED_GROWTH : effect === 'scale' ? { min: 0, max: Infinity } : { min: from?.min ?? min!, max: from?.max ?? max! };
    return {
      path,
      scheme,
      effect,
      arrays: [...(from?.arrays ?? arrays ?? [])],
      ...bounds,
      ...(defaultZero ? { defaultZero } : {}),
      ...(aggregateMembersOnly ? { aggregateMembersOnly } : {}),
    };
  }),
);

/** The target for a parameter path in a fund of this scheme, or undefined. */
export function findShockTarget(path: string, scheme: Scheme): ShockTarget | undefined {
  return SHOCK_TARGETS.find((t) => t.path === path && (t.scheme === 'both' || t.scheme === scheme));
}
