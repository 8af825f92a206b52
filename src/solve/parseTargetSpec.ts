import { SolveError } from './SolveError';
import type { SolveTarget } from './types';

const NUMBER = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;

/**
 * Parses a target written on the command line:
 *
 *   min-months:6              reserve months ≥ 6 in every year from the lever's start to the end
 *   min-months:6:2025-2035    … in every year 2025–2035
 *   band:2035:6:9             reserve months within [6, 9] in 2035
 *   stable:2030:2060          balance ÷ expenditure equal in 2030 and 2060
 *   paygo                     current surplus 0 in every year (pay-as-you-go)
 *
 * Years are checked against the projection later, by the solver. Throws a SolveError naming the
 * accepted forms for anything else.
 * @example parseTargetSpec('band:2035:6:9') // {kind: 'bandAt', year: 2035, lower: 6, upper: 9}
 */
export function parseTargetSpec(spec: string): SolveTarget {
  const parts = spec.trim().split(':');
  const [kind, ...args] = parts;
  if (kind === 'paygo' && args.length === 0) return { kind: 'payAsYouGo' };
  if (kind === 'min-months' && (args.length === 1 || args.length === 2) && NUMBER.test(args[0])) {
    if (args.length === 1) return { kind: 'minReserveMonths', months: Number(args[0]) };
    const m = /^(\d{4})-(\d{4})$/.exec(args[1]);
    if (m) return { kind: 'minReserveMonths', months: Number(args[0]), fromYear: Number(m[1]), toYear: Number(m[2]) };
  }
  if (kind === 'band' && args.length === 3 && YEAR.test(args[0]) && NUMBER.test(args[1]) && NUMBER.test(args[2])) {
    return { kind: 'bandAt', year: Number(args[0]), lower: Number(args[1]), upper: Number(args[2]) };
  }
  if (kind === 'stable' && args.length === 2 && YEAR.test(args[0]) && YEAR.test(args[1])) {
    return { kind: 'stableRatio', years: [Number(args[0]), Number(args[1])] };
  }
  const forms = 'min-months:6, min-months:6:2025-2035, band:2035:6:9, stable:2030:2060, paygo';
  throw new SolveError('solve.target.spec', { spec, forms });
}
