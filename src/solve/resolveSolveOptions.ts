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
    throw new SolveError('fund.unknown', `no fund '${o.fund}' in scenario '${assumptions.scenario.id}' (funds: ${ids})`, `情景中没有基金 '${o.fund}'（现有：${ids}）`);
  }
  let lever: LeverSpec;
  try {
    lever = findLever(o.lever, fund.scheme);
  } catch (e) {
    const [en, zh] = (e as Error).message.split(' / ');
    throw new SolveError('lever.unknown', en, zh ?? en);
  }
  const from = o.from ?? first;
  checkYear('from', from, first, endYear);
  const bounds: [number, number] = o.bounds ? [o.bounds[0], o.bounds[1]] : [lever.min, lever.max];
  if (!bounds.every(Number.isFinite) || !(bounds[0] < bounds[1])) {
    throw new SolveError('bounds.order', `bounds must be finite with lower < upper, found [${bounds.join(', ')}]`, `上下限须为有限数且下限小于上限，实际为 [${bounds.join(', ')}]`);
  }
  if (bounds[0] < lever.min || bounds[1] > lever.max) {
    throw new SolveError('bounds.range', `bounds [${bounds.join(', ')}] leave the natural range of ${lever.name}, [${lever.min}, ${lever.max}]`, `上下限 [${bounds.join(', ')}] 超出 ${lever.name} 的取值范围 [${lever.min}, ${lever.max}]`);
  }
  const m = o.maxChangePerYear ?? null;
  if (m !== null && !(m > 0 && Number.isFinite(m))) {
    throw new SolveError('maxChange', `the maximum change per year must be a positive number, found ${m}`, `每年最大调整幅度须为正数，实际为 ${m}`);
  }
  const direction = o.direction ?? 'min';
  if (direction !== 'min' && direction !== 'max') throw new SolveError('direction', `direction must be 'min' or 'max', found '${direction}'`, `方向须为 'min' 或 'max'，实际为 '${direction}'`);
  const target = resolveTarget(o.target, from, first, endYear);
  return { fund: fund.id, lever, target, from, endYear, bounds, maxChangePerYear: m, direction, currentValue: currentLeverValue(assumptions, fund.id, lever.name, from) };
}

function resolveTarget(t: SolveTarget, from: number, first: number, end: number): SolveTarget {
  if (t === null || typeof t !== 'object') throw new SolveError('target.kind', 'a target is required', '须给出目标');
  if (t.kind === 'minReserveMonths') {
    checkNumber('months', t.months);
    const fromYear = t.fromYear ?? from;
    const toYear = t.toYear ?? end;
    checkYear('target fromYear', fromYear, first, end);
    checkYear('target toYear', toYear, first, end);
    if (fromYear > toYear) throw new SolveError('target.period', `target period ${fromYear}–${toYear} ends before it starts`, `目标期间 ${fromYear}–${toYear} 起止颠倒`);
    return { kind: 'minReserveMonths', months: t.months, fromYear, toYear };
  }
  if (t.kind === 'bandAt') {
    checkYear('target year', t.year, first, end);
    checkNumber('lower', t.lower);
    checkNumber('upper', t.upper);
    if (!(t.lower < t.upper)) throw new SolveError('target.band', `band lower ${t.lower} must be below upper ${t.upper}`, `区间下限 ${t.lower} 须小于上限 ${t.upper}`);
    return { ...t };
  }
  if (t.kind === 'stableRatio') {
    const [y1, y2] = t.years ?? [];
    checkYear('first stable-ratio year', y1, first, end);
    checkYear('second stable-ratio year', y2, first, end);
    if (!(y1 < y2)) throw new SolveError('target.years', `stable-ratio years must be increasing, found ${y1}, ${y2}`, `稳定比率的两个年份须递增，实际为 ${y1}、${y2}`);
    return { kind: 'stableRatio', years: [y1, y2] };
  }
  if (t.kind === 'payAsYouGo') return { kind: 'payAsYouGo' };
  const kind = (t as { kind?: unknown }).kind;
  throw new SolveError('target.kind', `unknown target kind '${String(kind)}' (minReserveMonths, bandAt, stableRatio, payAsYouGo)`, `未知的目标类型 '${String(kind)}'`);
}

function checkYear(what: string, y: number, first: number, end: number): void {
  if (!Number.isInteger(y) || y < first || y > end) {
    throw new SolveError('year.range', `${what} must be a projected year ${first}–${end}, found ${y}`, `${what} 须为预测年份 ${first}–${end}，实际为 ${y}`);
  }
}

function checkNumber(what: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SolveError('target.value', `${what} must be a finite number, found ${v}`, `${what} 须为有限数，实际为 ${v}`);
}
