import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import type { FundResult } from '../results/types';
import { applyLeverPath } from './applyLeverPath';
import { describeTarget } from './describeTarget';
import { findBoundary, type Boundary } from './findBoundary';
import { formatLeverValue as fmt } from './formatLeverValue';
import { phasedPath } from './phasedPath';
import { projectOneFund } from './projectOneFund';
import { resolveSolveOptions } from './resolveSolveOptions';
import { solveFailure, solveQuestion } from './solveFailure';
import { solvePayAsYouGo } from './solvePayAsYouGo';
import { reserveBasis } from './reserveBasis';
import { targetConstraints, type TargetConstraint } from './targetConstraints';
import type { SolveOptions, SolveResult } from './types';

/**
 * Absolute tolerance on the solved lever value, in the lever's units — reached for every value
 * below about 1.1e9; above, a result's `tolerance` is the spacing of doubles there and says so.
 */
export const SOLVE_TOLERANCE = 1e-6;

/**
 * Rate solver: the lowest (direction 'min') or highest ('max') value x of a lever, within bounds,
 * such that the target holds when the lever follows `phasedPath(current, x, from, end, maxChange)`.
 *
 * Each target is one or two slacks g(x) ≥ 0 (`targetConstraints`), e.g. for a reserve floor
 *   g(x) = min over years y in the period of (M_y(x) − months).
 * Each g is expected monotone in x (a higher rate, a lower cost growth, … move every later
 * balance one way). `findBoundary` scans g on 9 points of the bounds, rejects a non-monotone g,
 * and narrows the cell where the target starts (or stops) holding to |Δx| ≤ 1e-6 by safeguarded
 * false position (whatever the width of the bounds: the stopping width scales with the bracket,
 * never with the bounds; `tolerance` reports a wider width only where doubles near the value
 * are farther apart than 1e-6). A months condition is searched through its money form
 * B − m·E′/12, monotone also in excess cost growth (`targetConstraints`). The feasible set is the intersection [A, B] of the constraints' sets; the answer
 * is A ('min') or B ('max'), or for an equation (stable ratio) its crossing. The returned x always
 * meets the target (it is re-projected and checked), and a point within 1e-6 on the other side
 * does not, unless x is a bound (`atBound`). Pay-as-you-go is solved year by year
 * (`solvePayAsYouGo`).
 *
 * Returns `{feasible: false, reason}` (English and Chinese) when no value within the bounds
 * works, when g is not monotone, or an equation has no root — never a value that fails.
 * Cost: about 9–30 projections of one fund per constraint. Throws a SolveError for invalid
 * options (see `resolveSolveOptions`).
 * @example solveLever(a, { fund: 'employee', lever: 'employer_rate', target: { kind: 'minReserveMonths', months: 6, toYear: 2035 } })
 */
export function solveLever(assumptions: Assumptions, options: SolveOptions): SolveResult {
  const o = resolveSolveOptions(assumptions, options);
  if (o.target.kind === 'payAsYouGo') return solvePayAsYouGo(assumptions, o, SOLVE_TOLERANCE);
  const constraints = targetConstraints(o.target);
  const [lo, hi] = o.bounds;
  const setting = (x: number) => ({ fund: o.fund, lever: o.lever.name, path: phasedPath(o.currentValue, x, o.from, o.endYear, o.maxChangePerYear) });
  const cache = new Map<number, { fund: FundResult; basis: number[] }>();
  const fundAt = (x: number) => {
    let f = cache.get(x);
    if (!f) {
      const moved = applyLeverPath(assumptions, setting(x));
      const fund = projectOneFund(moved, o.fund);
      cache.set(x, (f = { fund, basis: reserveBasis(moved, o.fund, fund) }));
    }
    return f;
  };
  const evaluate = (c: TargetConstraint, x: number) => { const f = fundAt(x); return c.evaluate(f.fund, f.basis); };
  const fail = (code: 'infeasible' | 'non_monotone' | 'no_crossing', en: string, zh: string, year: number | null = null) =>
    solveFailure(o, { code, en, zh, year }, cache.size, SOLVE_TOLERANCE);
  const goal = describeTarget(o.target);
  const within = { en: `${o.lever.name} in [${fmt(lo)}, ${fmt(hi)}] from ${o.from}${o.maxChangePerYear ? `, moving at most ${fmt(o.maxChangePerYear)} a year` : ''}`, zh: `${o.lever.name} 在 [${fmt(lo)}, ${fmt(hi)}] 内、自${o.from}年起${o.maxChangePerYear ? `、每年调整不超过 ${fmt(o.maxChangePerYear)}` : ''}` };

  const found: Boundary[] = constraints.map((c) => findBoundary((x) => evaluate(c, x).search, lo, hi, { tol: SOLVE_TOLERANCE }));
  for (const [i, b] of found.entries()) {
    if (b.kind === 'nonMonotone') {
      const pts = b.xs.map((x, j) => `${fmt(x)}→${fmt(b.slacks[j])}`).join(', ');
      return fail('non_monotone', `the target (${goal.en}) is not monotone in ${within.en} (slack: ${pts}); no value is reported — narrow the bounds`, `目标（${goal.zh}）随 ${within.zh} 的变化不单调（差值：${pts}），不给出结果——请缩小上下限`);
    }
    if (constraints[i].equation && (b.kind === 'all' || b.kind === 'none')) {
      return fail('no_crossing', `no value of ${within.en} meets the equation: ${goal.en}`, `${within.zh} 的取值均不能使${goal.zh}`);
    }
    if (b.kind === 'none') {
      const e = evaluate(constraints[i], b.best.x);
      const u = constraints[i].unit;
      const last = setting(b.best.x).path.at(-1)!;
      const reach = o.maxChangePerYear && last.value !== b.best.x
        ? { en: ` (phased in, it reaches only ${fmt(last.value)} by ${last.year})`, zh: `（分步调整，至${last.year}年仅达到 ${fmt(last.value)}）` }
        : { en: '', zh: '' };
      return fail('infeasible',
        `no value of ${within.en} meets the target (${goal.en}): the closest, ${fmt(b.best.x)}${reach.en}, misses it by ${fmt(-e.slack)} ${u.en}${e.year !== null ? ` in ${e.year}` : ''}`,
        `${within.zh} 的取值均达不到目标（${goal.zh}）：最接近的取值 ${fmt(b.best.x)}${reach.zh}${e.year !== null ? ` 在${e.year}年` : ''}仍差 ${fmt(-e.slack)} ${u.zh}`, e.year);
    }
  }
  let A = lo;
  let B = hi;
  let aBy = -1;
  let bBy = -1;
  found.forEach((b, i) => {
    if (b.kind === 'from' && b.x > A) [A, aBy] = [b.x, i];
    if (b.kind === 'upTo' && b.x < B) [B, bBy] = [b.x, i];
  });
  if (A > B) {
    return fail('infeasible', `no value of ${within.en} meets the target (${goal.en}): one condition needs ≥ ${fmt(A)}, the other ≤ ${fmt(B)}`, `${within.zh} 的取值均达不到目标（${goal.zh}）：一个条件要求不低于 ${fmt(A)}，另一个要求不高于 ${fmt(B)}`);
  }
  const equation = constraints.some((c) => c.equation);
  const byMin = equation ? aBy >= 0 : o.direction === 'min';
  const value = byMin ? A : B;
  const decidedBy = byMin ? aBy : bBy;
  const checks = constraints.map((c) => evaluate(c, value));
  if (checks.some((c) => !(c.slack >= 0))) {
    return fail('non_monotone', `re-projection at ${fmt(value)} does not meet the target (${goal.en}): the slack is not monotone in ${o.lever.name}`, `按 ${fmt(value)} 重新预测未达到目标（${goal.zh}）：差值随 ${o.lever.name} 的变化不单调`);
  }
  // the accuracy reached: 1e-6, or the spacing of doubles near a value above about 1.1e9
  const decided = decidedBy >= 0 ? found[decidedBy] : null;
  const tolerance = decided && (decided.kind === 'from' || decided.kind === 'upTo') ? Math.max(SOLVE_TOLERANCE, Math.abs(decided.x - decided.outside)) : SOLVE_TOLERANCE;
  const tightest = checks.reduce((m, c) => (c.slack < m.slack ? c : m), checks[0]);
  const s = setting(value);
  const solved = applyLeverPath(assumptions, s);
  return {
    feasible: true,
    ...solveQuestion(o),
    iterations: cache.size,
    tolerance,
    value,
    path: s.path,
    atBound: decidedBy >= 0 ? null : byMin ? 'lower' : 'upper',
    bindingYear: equation ? null : decidedBy >= 0 ? checks[decidedBy].year : tightest.year,
    assumptions: solved,
    result: project(solved),
  };
}
