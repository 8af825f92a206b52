import { FundcastError, relocated } from '../errors/FundcastError';
import type { Assumptions } from '../assumptions/types';
import { findLever, type LeverSpec } from '../levers/leverRegistry';
import { currentLeverValue } from './currentLeverValue';
import { SolveError } from './SolveError';
import type { SolveOptions, SolveTarget } from './types';

/** Solve options checked against the assumptions, with every default filled in. */
export interface ResolvedSolveOptions {
  fund: string;
  lever: LeverSpec;
  target: SolveTarget;
  from: number;
  endYear: number;
  bounds: [number, number];
  maxChangePerYear: number | null;
  direction: 'min' | 'max';
  currentValue: number;
}

/**
 * Checks a solve request and fills its defaults:
 *   from = first projected year;  bounds = the lever's natural [min, max] from the registry;
 *   direction = 'min';  minReserveMonths period = from … end year.
 *
 * Throws a SolveError (English and Chinese) for: an unknown fund or lever, `from` outside the
 * projected years, bounds that are not finite, not increasing or outside the natural bounds, a
 * maximum change that is not positive, an unknown direction or target kind, and target years or
 * values that are not projected years / finite numbers in order.
 */
export function resolveSolveOptions(assumptions: Assumptions, o: SolveOptions): ResolvedSolveOptions {
  const { baseYear, endYear } = assumptions.timeline;
  const first = baseYear + 1;
  const fund = assumptions.funds.find((f) => f.id === o.fund);
  if (!fund) {
    const ids = assumptions.funds.map((f) => f.id).join(', ');
    throw new SolveError('solve.fund.unknown.resolveSolveOptions', { fund: o.fund, id: assumptions.scenario.id, ids });
  }
  let lever: LeverSpec;
  try {
    lever = findLever(o.lever, fund.scheme);
  } catch (e) {
    if (e instanceof FundcastError) throw new SolveError(...relocated(e, {}, e.path));
    throw e;
  }
  const from = o.from ?? first;
  checkYear('from', from, first, endYear);
  const bounds: [number, number] = o.bounds ? [o.bounds[0], o.bounds[1]] : [lever.min, lever.max];
  if (!bounds.every(Number.isFinite) || !(bounds[0] < bounds[1])) {
    throw new SolveError('solve.bounds.order', { bounds });
  }
  if (bounds[0] < lever.min || bounds[1] > lever.max) {
    throw new SolveError('solve.bounds.range', { bounds, name: lever.name, min: lever.min, max: lever.max });
  }
  const m = o.maxChangePerYear ?? null;
  if (m !== null && !(m > 0 && Number.isFinite(m))) {
    throw new SolveError('solve.maxChange', { m });
  }
  const direction = o.direction ?? 'min';
  if (direction !== 'min' && direction !== 'max') throw new SolveError('solve.direction', { direction });
  const target = resolveTarget(o.target, from, first, endYear);
  return { fund: fund.id, lever, target, from, endYear, bounds, maxChangePerYear: m, direction, currentValue: currentLeverValue(assumptions, fund.id, lever.name, from) };
}

function resolveTarget(t: SolveTarget, from: number, first: number, end: number): SolveTarget {
  if (t === null || typeof t !== 'object') throw new SolveError('solve.target.kind.resolveTarget', {});
  if (t.kind === 'minReserveMonths') {
    checkNumber('months', t.months);
    const fromYear = t.fromYear ?? from;
    const toYear = t.toYear ?? end;
    checkYear('target fromYear', fromYear, first, end);
    checkYear('target toYear', toYear, first, end);
    if (fromYear > toYear) throw new SolveError('solve.target.period', { fromYear, toYear });
    return { kind: 'minReserveMonths', months: t.months, fromYear, toYear };
  }
  if (t.kind === 'bandAt') {
    checkYear('target year', t.year, first, end);
    checkNumber('lower', t.lower);
    checkNumber('upper', t.upper);
    if (!(t.lower < t.upper)) throw new SolveError('solve.target.band', { lower: t.lower, upper: t.upper });
    return { ...t };
  }
  if (t.kind === 'stableRatio') {
    const [y1, y2] = t.years ?? [];
    checkYear('first stable-ratio year', y1, first, end);
    checkYear('second stable-ratio year', y2, first, end);
    if (!(y1 < y2)) throw new SolveError('solve.target.years', { y1, y2 });
    return { kind: 'stableRatio', years: [y1, y2] };
  }
  if (t.kind === 'payAsYouGo') return { kind: 'payAsYouGo' };
  const kind = (t as { kind?: unknown }).kind;
  throw new SolveError('solve.target.kind.unknown', { kind: String(kind) });
}

function checkYear(what: string, y: number, first: number, end: number): void {
  if (!Number.isInteger(y) || y < first || y > end) {
    throw new SolveError('solve.year.range.checkYear', { what, first, end, y });
  }
}

function checkNumber(what: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SolveError('solve.target.value', { what, v });
}
